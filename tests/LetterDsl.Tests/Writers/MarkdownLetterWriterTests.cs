using System.Collections.Generic;
using System.Text.RegularExpressions;
using LetterDsl.Tests.Fakes;
using Markdig;
using LetterDsl.Testing;
using LetterDsl.Testing.Letters;

namespace LetterDsl.Tests.Writers;

public class MarkdownLetterWriterTests
{
    [Fact]
    public void The_2020_letter_reproduces_its_seed()
    {
        string markdown = SeedLetters.Appeal2020().ToMarkdown();

        Assert.Equal(SeedNormalizer.Normalize(SeedFiles.Read(SeedFiles.Letter2020)), SeedNormalizer.Normalize(markdown));
    }

    [Fact]
    public void The_2010_letter_with_two_signatories_reproduces_its_seed()
    {
        string markdown = SeedLetters.Kampala2010().ToMarkdown();

        Assert.Equal(SeedNormalizer.Normalize(SeedFiles.Read(SeedFiles.Letter2010)), SeedNormalizer.Normalize(markdown));
    }

    [Fact]
    public void The_2020_letter_keeps_its_two_lists_apart_and_ends_with_one_line_feed()
    {
        string markdown = SeedLetters.Appeal2020().ToMarkdown();

        Assert.Contains("and its cornerstone principles;\n\n- The opportunity provided", markdown);
        Assert.Contains("Sincerely,\n\n\n\nMelinda Reed  \nActing Convenor  \nCoalition for the International Criminal Court\n", markdown);
        Assert.EndsWith("Court\n", markdown);
        Assert.False(markdown.EndsWith("\n\n", System.StringComparison.Ordinal));
        Assert.DoesNotContain("\r", markdown);
    }

    [Fact]
    public void Lays_out_every_block_kind()
    {
        var letter = new FakeLetter("7 December 2020", "Dear Minister,", "Intro.\n\n3. three\n9. four\n\n1. again\n- bullet\n\nEnd.", "Yours,",
            new Signatory("A. Writer", null, "Org"), new Signatory("B. Writer", "", null))
        {
            Recipients = ["H.E. the Minister", "Ministry of Justice"],
            Subject = "The 19th session",
            CarbonCopies = ["Embassy", "Mission"],
            Enclosures = ["Agenda"],
            Postscript = "See you there.",
        };

        Assert.Equal(
            "7 December 2020\n\n" +
            "H.E. the Minister  \nMinistry of Justice\n\n" +
            "**The 19th session**\n\n" +
            "Dear Minister,\n\n" +
            "Intro.\n\n" +
            "3. three\n4. four\n\n" +
            "1. again\n\n" +
            "- bullet\n\n" +
            "End.\n\n" +
            "Yours,\n\n\n\n" +
            "A. Writer  \nOrg\n\n\n\n" +
            "B. Writer\n\n" +
            "Enclosure: Agenda\n\n" +
            "cc:  \nEmbassy  \nMission\n\n" +
            "P.S. See you there.\n",
            letter.ToMarkdown());
    }

    [Fact]
    public void Writes_emphasis_and_breaks()
    {
        var letter = new FakeLetter("d", "s", "A **bold** and *italic* line  \nnext\nwrapped\n\n- item  \nmore\nlazy", "c", new Signatory("N"));

        string markdown = letter.ToMarkdown();

        Assert.Contains("A **bold** and *italic* line  \nnext\nwrapped\n\n- item  \n  more\n  lazy\n", markdown);
    }

    [Theory]
    [InlineData("**bold**", "\\*\\*bold\\*\\*")]
    [InlineData("- item", "\\- item")]
    [InlineData("+ item", "\\+ item")]
    [InlineData("# Heading", "\\# Heading")]
    [InlineData("===", "\\===")]
    [InlineData("1. item", "1\\. item")]
    [InlineData("2020) item", "2020\\) item")]
    [InlineData("21.05.2010", "21.05.2010")]
    [InlineData("[x](javascript:alert(1))", "\\[x\\](javascript:alert(1))")]
    [InlineData("<b>bold</b>", "\\<b\\>bold\\</b\\>")]
    [InlineData("a_b`c|d~e\\f", "a\\_b\\`c\\|d\\~e\\\\f")]
    [InlineData("line\n- item", "line - item")]
    [InlineData("line\r\n# head", "line  # head")]
    [InlineData("a\u2028b\u0085c\u007Fd\te", "a b c d\te")]
    [InlineData("x - y # 1. z", "x - y # 1. z")]
    public void Escapes_values_at_the_start_of_a_paragraph(string value, string expected)
    {
        string markdown = RenderParagraphOfValue(value);

        Assert.Equal(expected, ParagraphLine(markdown));
    }

    [Theory]
    [InlineData("**bold**")]
    [InlineData("*it*")]
    [InlineData("- item")]
    [InlineData("1. item")]
    [InlineData("# Heading")]
    [InlineData("[x](javascript:alert(1))")]
    [InlineData("<b>bold</b>")]
    [InlineData("<script>alert(1)</script>")]
    [InlineData("line\n- item\n\n# head")]
    [InlineData("> quote")]
    [InlineData("`code`")]
    [InlineData("---")]
    [InlineData("text  \nafter two spaces")]
    public void Values_never_create_structure(string value)
    {
        // Date, salutation and closing are three paragraphs; the body adds one paragraph, or a list of two items.
        AssertStructure(RenderParagraphOfValue(value), paragraphs: 4, items: 0);
        AssertStructure(RenderValueAfterSoftBreak(value), paragraphs: 4, items: 0);
        AssertStructure(RenderListItemOfValue(value), paragraphs: 3, items: 2);
    }

    [Fact]
    public void Trailing_spaces_of_a_value_do_not_make_a_hard_break()
    {
        var events = new List<BodyEvent>
        {
            new(BodyOp.Paragraph), new(BodyOp.Value, "value  "), new(BodyOp.SoftBreak), new(BodyOp.Text, "next"),
            new(BodyOp.EndBlock),
        };

        string markdown = new FakeLetter("en-GB", "d", "s", events, "c", [new Signatory("N")]).ToMarkdown();

        Assert.Contains("\n\nvalue\nnext\n\n", markdown);
    }

    [Fact]
    public void Spaces_before_the_end_of_emphasis_move_after_its_marker()
    {
        var letter = new FakeLetter("d", "s", "**bold **text", "c", new Signatory("N"));

        Assert.Contains("\n\n**bold** text\n\n", letter.ToMarkdown());
    }

    [Fact]
    public void Signatory_values_are_escaped()
    {
        var letter = new FakeLetter("d", "s", "Body.", "c", new Signatory("**N**", "- T", "<O>"));

        Assert.Contains("\\*\\*N\\*\\*  \n\\- T  \n\\<O\\>\n", letter.ToMarkdown());
    }

    internal static string RenderParagraphOfValue(string value) => Render(new(BodyOp.Paragraph), new(BodyOp.Value, value), new(BodyOp.EndBlock));

    private static string RenderValueAfterSoftBreak(string value) =>
        Render(new(BodyOp.Paragraph), new(BodyOp.Text, "Start"), new(BodyOp.SoftBreak), new(BodyOp.Value, value), new(BodyOp.EndBlock));

    private static string RenderListItemOfValue(string value) =>
        Render(new(BodyOp.ListItem, Kind: ListKind.Bulleted, Number: 1), new(BodyOp.Text, "x"), new(BodyOp.EndBlock),
            new(BodyOp.ListItem, Kind: ListKind.Bulleted, Number: 1), new(BodyOp.Value, value), new(BodyOp.EndBlock));

    private static string Render(params BodyEvent[] body)
    {
        var letter = new FakeLetter("en-GB", "Date", "Dear,", body, "Yours,", []);
        return letter.ToMarkdown();
    }

    private static string ParagraphLine(string markdown) => markdown.Split("\n\n")[2];

    private static void AssertStructure(string markdown, int paragraphs, int items)
    {
        string html = Markdown.ToHtml(markdown);
        var tags = new HashSet<string>();
        foreach (Match match in Regex.Matches(html, "<([a-zA-Z][a-zA-Z0-9]*)"))
        {
            tags.Add(match.Groups[1].Value);
        }

        tags.ExceptWith(["p", "ul", "li"]);
        Assert.True(tags.Count == 0, $"Unexpected elements {string.Join(", ", tags)} in:\n{html}");
        Assert.Equal(paragraphs, CountOccurrences(html, "<p>"));
        Assert.Equal(items, CountOccurrences(html, "<li>"));
    }

    private static int CountOccurrences(string text, string part) => (text.Length - text.Replace(part, string.Empty).Length) / part.Length;
}
