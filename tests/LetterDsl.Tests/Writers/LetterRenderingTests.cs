using System;
using System.IO;
using LetterDsl.Tests.Fakes;
using LetterDsl.Testing;
using LetterDsl.Testing.Letters;

namespace LetterDsl.Tests.Writers;

public class LetterRenderingTests
{
    public static TheoryData<LetterFormat, string> FormatsAndSeeds() => new()
    {
        { LetterFormat.Markdown, SeedFiles.Letter2020 },
        { LetterFormat.Text, SeedFiles.Letter2020 },
        { LetterFormat.Html, SeedFiles.Letter2020 },
        { LetterFormat.Markdown, SeedFiles.Letter2010 },
        { LetterFormat.Text, SeedFiles.Letter2010 },
        { LetterFormat.Html, SeedFiles.Letter2010 },
    };

    [Theory]
    [MemberData(nameof(FormatsAndSeeds))]
    public void WriteTo_streams_the_same_output_as_the_string_methods(LetterFormat format, string seed)
    {
        FakeLetter letter = seed == SeedFiles.Letter2020 ? SeedLetters.Appeal2020() : SeedLetters.Kampala2010();
        var target = new StringWriter();

        letter.WriteTo(target, format);

        string expected = format switch
        {
            LetterFormat.Markdown => letter.ToMarkdown(),
            LetterFormat.Text => letter.ToText(),
            _ => letter.ToHtml(),
        };
        Assert.Equal(expected, target.ToString());
    }

    [Fact]
    public void Streaming_writers_with_options_match_the_string_methods()
    {
        FakeLetter letter = SeedLetters.Appeal2020();
        var options = new TextOptions { Width = 40 };
        var htmlOptions = new HtmlOptions { FragmentOnly = true };
        var text = new StringWriter();
        var html = new StringWriter();

        letter.WriteTo(text, options);
        letter.WriteTo(html, htmlOptions);

        Assert.Equal(letter.ToText(options), text.ToString());
        Assert.Equal(letter.ToHtml(htmlOptions), html.ToString());
    }

    [Fact]
    public void Streaming_hands_the_output_over_in_chunks()
    {
        var target = new CountingWriter();

        LetterRendering.WriteTo(SeedLetters.Appeal2020(), target, LetterFormat.Markdown);

        Assert.Equal(SeedLetters.Appeal2020().ToMarkdown(), target.ToString());
        Assert.True(target.Writes > 1, "the letter should be streamed in more than one chunk");
        Assert.True(target.LargestWrite <= 4096, $"largest chunk {target.LargestWrite}");
    }

    [Fact]
    public void Inline_renders_text_without_emphasis_and_breaks_as_spaces()
    {
        string inline = LetterDsl.Composition.LetterComposition.Inline("Hague", static (place, composer) =>
        {
            composer.BeginEmphasis(Emphasis.Bold);
            composer.WriteText("The ");
            composer.EndEmphasis(Emphasis.Bold);
            composer.WriteValue(place);
            composer.WriteSoftBreak();
            composer.BeginEmphasis(Emphasis.Italic);
            composer.WriteValue("7 *December*");
            composer.EndEmphasis(Emphasis.Italic);
            composer.WriteLineBreak();
            composer.WriteText("2020");
        });

        Assert.Equal("The Hague 7 *December* 2020", inline);
    }

    [Fact]
    public void Letter_properties_show_the_parts_as_plain_text()
    {
        FakeLetter letter = SeedLetters.Appeal2020();

        Assert.Equal("The Hague, 7 December 2020", letter.DateLine);
        Assert.Equal("Excellency,", letter.Salutation);
        Assert.Equal("Sincerely,", letter.Closing);
    }

    [Fact]
    public void Rendering_is_reentrant()
    {
        var outer = new NestingLetter(SeedLetters.Appeal2020());

        string markdown = outer.ToMarkdown();

        Assert.Equal("The Hague, 7 December 2020\n", markdown);
    }

    [Fact]
    public void Rejects_an_unknown_format()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => LetterRendering.WriteTo(SeedLetters.Appeal2020(), new StringWriter(), (LetterFormat)42));
    }

    [Fact]
    public void ToMarkdown_allocates_little_more_than_the_result()
    {
        FakeLetter letter = SeedLetters.Appeal2020();
        string result = letter.ToMarkdown();
        _ = letter.ToMarkdown();

        long before = GC.GetAllocatedBytesForCurrentThread();
        _ = letter.ToMarkdown();
        long allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        long resultBytes = 22 + (2L * result.Length);
        Assert.True(allocated < resultBytes + 1024, $"allocated {allocated} bytes for a {resultBytes}-byte result");
    }

    private sealed class CountingWriter : StringWriter
    {
        public int Writes { get; private set; }

        public int LargestWrite { get; private set; }

        public override void Write(char[] buffer, int index, int count)
        {
            Writes++;
            LargestWrite = Math.Max(LargestWrite, count);
            base.Write(buffer, index, count);
        }
    }

    /// <summary>Renders another letter's date line in the middle of its own rendering.</summary>
    private sealed class NestingLetter(FakeLetter inner) : ILetter
    {
        public string DateLine => inner.DateLine;

        public string Salutation => inner.Salutation;

        public string Closing => inner.Closing;

        public System.Collections.Generic.IReadOnlyList<Signatory> Signatories => inner.Signatories;

        public void Compose(LetterDsl.Composition.LetterComposer composer)
        {
            composer.BeginLetter(LetterDsl.Composition.LetterDefinition.Create("en-GB", "block"));
            composer.BeginLine(LetterDsl.Composition.LetterSection.Date);
            _ = inner.ToMarkdown();
            composer.WriteValue(inner.DateLine);
            composer.EndLine();
            composer.EndLetter();
        }

        public void Render(LetterWriter writer) => LetterRendering.Render(this, writer);

        public string ToText() => LetterRendering.ToText(this);

        public string ToMarkdown() => LetterRendering.ToMarkdown(this);

        public string ToHtml() => LetterRendering.ToHtml(this);

        public void WriteTo(TextWriter writer, LetterFormat format) => LetterRendering.WriteTo(this, writer, format);
    }
}
