using System.IO;
using CoalitionLetters;
using LetterDsl.Benchmarks.Rendering;
using LetterDsl.Testing;

namespace LetterDsl.Benchmarks.Tests;

/// <summary>The render benchmarks compare like with like: every Markdown renderer produces the same letter.</summary>
public class RenderOutputTests
{
    private readonly RenderBenchmarks _benchmarks = new();

    [Fact]
    public void EveryMarkdownRendererProducesTheGeneratedMarkdown()
    {
        string generated = _benchmarks.GeneratedToMarkdown();

        Assert.Equal(generated, _benchmarks.GeneratedWriteTo().ToString());
        Assert.Equal(generated, _benchmarks.HandWrittenStringCreate());
        Assert.Equal(generated, _benchmarks.HandWrittenStringBuilder());
        Assert.Equal(generated, _benchmarks.HandlebarsNet());
        Assert.Equal(generated, _benchmarks.Fluid());
        Assert.Equal(generated, _benchmarks.Scriban());
    }

    [Fact]
    public void TheHtmlAndTextBaselinesRenderTheGeneratedDocuments()
    {
        var html = new HtmlRenderBenchmarks();
        var text = new TextRenderBenchmarks();

        Assert.Equal(html.GeneratedToHtml(), html.HandWritten());
        Assert.Equal(text.GeneratedToText(), text.HandWritten());
    }

    [Fact]
    public void TheCutBaselinesRefillTheirValues()
    {
        Asp2020Values values = Asp2020Values.From(SeedLetters.Asp2020());
        var html = new CutLetter(SeedLetters.Asp2020().ToHtml(), values, html: true);
        var changed = values with { Place = "<Kampala>", Session = 21 };

        string refilled = html.Render(changed);

        Assert.Contains("&lt;Kampala&gt;, 7 December 2020", refilled);
        Assert.Contains("the 21st session", refilled);
        Assert.DoesNotContain("19th", refilled);
    }

    [Fact]
    public void ReusedWriterHoldsOnlyTheLastRender()
    {
        string first = _benchmarks.GeneratedWriteTo().ToString();

        Assert.Equal(first, _benchmarks.GeneratedWriteTo().ToString());
    }

    [Fact]
    public void GeneratedMarkdownIsTheSeedLetter()
    {
        string seed = File.ReadAllText(Path.Combine(RepositoryRoot.Path, "seeds", "004_ab4f09f7c5eb413a.txt"));

        Assert.Equal(SeedNormalizer.Normalize(seed), SeedNormalizer.Normalize(_benchmarks.GeneratedToMarkdown()));
    }

    [Fact]
    public void HtmlBenchmarkRendersTheSameDocumentAsStreaming()
    {
        var streamed = new StringWriter();
        SeedLetters.Asp2020().WriteTo(streamed, LetterFormat.Html);

        string html = new HtmlRenderBenchmarks().GeneratedToHtml();

        Assert.Equal(streamed.ToString(), html);
        Assert.Contains("<li><strong>Unconditional commitment</strong> to the ICC", html);
    }

    [Fact]
    public void HandWrittenRenderersFollowTheValues()
    {
        Asp2020Values values = Asp2020Values.From(SeedLetters.Asp2020()) with { Session = 21, NewYorkDates = null, Place = "*Kampala*" };
        var handlebars = new HandlebarsLetter(values.Culture);

        string expected = new CoalitionLetters.Letters.Asp19Appeal
        {
            Session = 21,
            Place = "*Kampala*",
            Date = values.Date,
            HagueDates = values.HagueDates,
        }.ToMarkdown();

        Assert.Contains("21st session", expected);
        Assert.StartsWith("\\*Kampala\\*, ", expected);
        Assert.Equal(expected, HandWrittenLetter.WithStringCreate(values));
        Assert.Equal(expected, HandWrittenLetter.WithStringBuilder(values));
        Assert.Equal(expected, handlebars.Render(values));
        Assert.Equal(expected, new FluidLetter(values.Culture).Render(values));
        Assert.Equal(expected, new ScribanLetter(values.Culture).Render(values));
    }
}
