using System.Linq;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using LetterDsl.Docx;
using LetterDsl.Rendering.Tests.Letters;

namespace LetterDsl.Rendering.Tests;

/// <summary>
/// A <c>@from</c>, <c>@to</c>, <c>@ref</c>, <c>@cc</c> or <c>@enclosure</c> line whose placeholders render empty is
/// left out in every format, and a part left with no lines is not written at all.
/// </summary>
public sealed class OptionalLineTests
{
    public static TheoryData<string?> Absent() => new() { null, string.Empty };

    [Theory]
    [MemberData(nameof(Absent))]
    public void Text_leaves_the_empty_lines_out(string? absent)
    {
        Assert.Equal(
            "Coalition for the ICC\n\n" +
            "December 7, 2020\n\n" +
            "Our ref.: CICC/2020/17\n\n" +
            "Ministry of Foreign Affairs\nThe Hague\n\n" +
            "Excellency,\n\nWe write to you about the coming session.\n\nSincerely,\n\n\n\nMelinda Reed\n\n" +
            "cc: Embassy\n",
            Letter(absent).ToText());
    }

    [Theory]
    [MemberData(nameof(Absent))]
    public void Markdown_leaves_the_empty_lines_out(string? absent)
    {
        Assert.Equal(
            "Coalition for the ICC\n\n" +
            "December 7, 2020\n\n" +
            "Our ref.: CICC/2020/17\n\n" +
            "Ministry of Foreign Affairs  \nThe Hague\n\n" +
            "Excellency,\n\nWe write to you about the coming session.\n\nSincerely,\n\n\n\nMelinda Reed\n\n" +
            "cc: Embassy\n",
            Letter(absent).ToMarkdown());
    }

    [Theory]
    [MemberData(nameof(Absent))]
    public void Html_leaves_the_empty_lines_out(string? absent)
    {
        IDocument html = new HtmlParser().ParseDocument(Letter(absent).ToHtml());

        Assert.Equal(["Coalition for the ICC"], Lines(html, ".letter-letterhead"));
        Assert.Equal(["Ministry of Foreign Affairs", "The Hague"], Lines(html, "address.letter-recipient"));
        Assert.Equal(["Our ref.: CICC/2020/17"], Lines(html, ".letter-references"));
        Assert.Equal(["cc: Embassy"], Lines(html, ".letter-cc"));
        Assert.Empty(html.QuerySelectorAll(".letter-enclosures"));
        Assert.DoesNotContain("Tel.", html.Body!.TextContent);
    }

    [Theory]
    [MemberData(nameof(Absent))]
    public void Word_leaves_the_empty_lines_out(string? absent)
    {
        using var document = new DocxDocument(Letter(absent).ToDocx());

        string[] paragraphs = document.Paragraphs.Select(DocxDocument.TextOf).Where(text => text.Length > 0).ToArray();
        Assert.Equal(
            [
                "Coalition for the ICC",
                "December 7, 2020",
                "Our ref.: CICC/2020/17",
                "Ministry of Foreign Affairs\nThe Hague",
                "Excellency,",
                "We write to you about the coming session.",
                "Sincerely,",
                "Melinda Reed",
                "cc: Embassy",
            ],
            paragraphs);
        Assert.Empty(document.ValidationErrors());
    }

    [Fact]
    public void Given_values_show_in_their_lines()
    {
        var letter = new OptionalLines { Phone = "+31 70 1234", Department = "Legal Department", TheirReference = "MFA/17", Copy = "Mission", Enclosure = "Agenda" };

        Assert.Equal(
            "Coalition for the ICC\nTel. +31 70 1234\n\n" +
            "December 7, 2020\n\n" +
            "Your ref.: MFA/17\nOur ref.: CICC/2020/17\n\n" +
            "Ministry of Foreign Affairs\nLegal Department\nThe Hague\n\n" +
            "Excellency,\n\nWe write to you about the coming session.\n\nSincerely,\n\n\n\nMelinda Reed\n\n" +
            "Enclosure: Agenda\n\n" +
            "cc:\nEmbassy\nMission\n",
            letter.ToText());
    }

    private static OptionalLines Letter(string? absent) =>
        new() { Phone = absent, Department = absent, TheirReference = absent, Copy = absent, Enclosure = absent };

    /// <summary>The lines of the one element matching <paramref name="selector"/>, split at its <c>&lt;br&gt;</c>s.</summary>
    private static string[] Lines(IDocument html, string selector)
    {
        IElement element = Assert.Single(html.QuerySelectorAll(selector));
        return element.InnerHtml.Split("<br>").Select(line => new HtmlParser().ParseFragment(line, element).Select(n => n.TextContent).Aggregate(string.Empty, string.Concat).Trim()).ToArray();
    }
}
