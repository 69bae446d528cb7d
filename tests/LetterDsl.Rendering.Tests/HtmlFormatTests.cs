using System.Linq;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using CoalitionLetters;
using LetterDsl.Testing;

namespace LetterDsl.Rendering.Tests;

public class HtmlFormatTests
{
    private static readonly HtmlParser Parser = new();

    [Fact]
    public void The_2020_letter_is_an_article_with_date_salutation_paragraphs_and_closing()
    {
        IDocument document = Parser.ParseDocument(SeedLetters.Asp2020().ToHtml());

        IElement article = Assert.Single(document.QuerySelectorAll("article.letter"));
        Assert.Equal("en-GB", article.GetAttribute("lang"));
        Assert.Equal("The Hague, 7 December 2020", article.QuerySelector("p.letter-date")!.TextContent);
        Assert.Equal("Excellency,", article.QuerySelector("p.letter-salutation")!.TextContent);
        Assert.Equal("Sincerely,", article.QuerySelector("p.letter-closing")!.TextContent);
        Assert.Equal(7, article.QuerySelectorAll("p:not([class])").Length);
        Assert.Contains("@page { size: A4;", document.QuerySelector("style")!.TextContent);
    }

    [Fact]
    public void The_2020_letter_has_its_two_lists_with_three_and_twelve_items()
    {
        IDocument document = Parser.ParseDocument(SeedLetters.Asp2020().ToHtml());

        int[] items = document.QuerySelectorAll("article.letter > ul").Select(list => list.Children.Count(c => c.LocalName == "li")).ToArray();
        Assert.Equal(new[] { 3, 12 }, items);
        Assert.Empty(document.QuerySelectorAll("ol"));
    }

    [Fact]
    public void The_2020_letters_bold_spans_are_strong_elements()
    {
        IDocument document = Parser.ParseDocument(SeedLetters.Asp2020().ToHtml());

        string[] strong = document.QuerySelectorAll("article.letter strong").Select(e => e.TextContent).ToArray();
        Assert.Equal(SeedText.BoldSpans(SeedFiles.Letter2020), strong);
    }

    [Fact]
    public void The_signature_block_has_one_column_per_signatory()
    {
        IDocument appeal = Parser.ParseDocument(SeedLetters.Asp2020().ToHtml());
        IDocument kampala = Parser.ParseDocument(SeedLetters.Kampala2010().ToHtml());

        IElement signatory = Assert.Single(appeal.QuerySelectorAll(".letter-signatures > .letter-signatory"));
        Assert.Equal("Melinda Reed", signatory.QuerySelector(".letter-signatory-name")!.TextContent);
        Assert.Equal(
            new[] { "Acting Convenor", "Coalition for the International Criminal Court" },
            signatory.QuerySelectorAll(".letter-signatory-line").Select(e => e.TextContent));
        Assert.Equal(
            new[] { "Doris Mpoumou", "Andres Serbin" },
            kampala.QuerySelectorAll(".letter-signatures > .letter-signatory .letter-signatory-name").Select(e => e.TextContent));
    }

    [Fact]
    public void The_2010_letter_has_its_italic_name_as_em()
    {
        IDocument document = Parser.ParseDocument(SeedLetters.Kampala2010().ToHtml());

        Assert.Equal("International Coalition for the Responsibility to Protect", Assert.Single(document.QuerySelectorAll("em")).TextContent);
    }

    [Fact]
    public void A_fragment_is_the_article_alone()
    {
        string fragment = SeedLetters.Asp2020().ToHtml(new HtmlOptions { FragmentOnly = true });

        Assert.StartsWith("<article class=\"letter\"", fragment, System.StringComparison.Ordinal);
        Assert.DoesNotContain("<html", fragment);
        Assert.DoesNotContain("<style", fragment);
    }

    [Fact]
    public void The_recipient_block_and_numbered_list_of_the_personalised_letter()
    {
        IDocument document = Parser.ParseDocument(MinisterLetters.For(Recipients.Sample).ToHtml());

        IElement address = Assert.Single(document.QuerySelectorAll("address.letter-recipient"));
        Assert.Equal(2, address.QuerySelectorAll("br").Length);
        Assert.Equal("H.E. Ms. Amara OkonjoMinister of Foreign AffairsArcadia", address.TextContent.Replace("\n", string.Empty));
        Assert.Equal(3, document.QuerySelectorAll("ol > li").Length);
        Assert.Equal("The 19th session of the Assembly of States Parties to the Rome Statute", document.QuerySelector(".letter-subject strong")!.TextContent);
    }

    [Fact]
    public void Values_are_escaped_so_markup_in_them_stays_text()
    {
        var recipient = Recipients.Sample with { Name = "<img src=x onerror=\"alert(1)\">", Country = "<script>alert(1)</script>" };

        IDocument document = Parser.ParseDocument(MinisterLetters.For(recipient).ToHtml());

        Assert.Empty(document.QuerySelectorAll("img"));
        Assert.Empty(document.QuerySelectorAll("script"));
        Assert.Contains("H.E. Ms. <img src=x onerror=\"alert(1)\">", document.QuerySelector("address")!.TextContent);
        Assert.Contains("<script>alert(1)</script>", document.QuerySelector("address")!.TextContent);
    }
}
