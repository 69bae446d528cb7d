using System;
using LetterDsl.Testing.Letters;

namespace LetterDsl.Rendering.Tests.Generated;

/// <summary><c>{{ if }}…{{ else }}…{{ end }}</c> inline and around blocks, for each kind of condition.</summary>
public sealed class ConditionalTests
{
    [Fact]
    public void InlineIfElseOnABool()
    {
        using var letters = ProbeLetter.Compile("This is {{ if Urgent }}urgent{{ else }}routine{{ end }}.", "@param Urgent: bool");

        Assert.Equal("This is urgent.", letters.Create(("Urgent", true)).MarkdownBody());
        Assert.Equal("This is routine.", letters.Create(("Urgent", false)).MarkdownBody());
    }

    [Fact]
    public void BlockIfElseWrapsWholeParagraphs()
    {
        using var letters = ProbeLetter.Compile(
            "Opening.\n\n{{ if Urgent }}\nPlease reply at once.\n\nWe count on you.\n{{ else }}\nReply at your convenience.\n{{ end }}\n\nClosing words.",
            "@param Urgent: bool");

        Assert.Equal("Opening.\n\nPlease reply at once.\n\nWe count on you.\n\nClosing words.", letters.Create(("Urgent", true)).MarkdownBody());
        Assert.Equal("Opening.\n\nReply at your convenience.\n\nClosing words.", letters.Create(("Urgent", false)).MarkdownBody());
    }

    [Fact]
    public void ANullableValueIsTrueWhenGiven()
    {
        using var letters = ProbeLetter.Compile(
            "In The Hague{{ if NewYorkDates }} and in New York from {{ NewYorkDates }}{{ end }}.",
            "@culture en-GB\n@param NewYorkDates: DateRange?");

        var dates = new DateRange(new DateOnly(2020, 12, 17), new DateOnly(2020, 12, 23));
        Assert.Equal("In The Hague and in New York from 17-23 December 2020.", letters.Create(("NewYorkDates", dates)).MarkdownBody());
        Assert.Equal("In The Hague.", letters.Create(("NewYorkDates", null)).MarkdownBody());
    }

    [Fact]
    public void AStringIsTrueWhenNotEmpty()
    {
        using var letters = ProbeLetter.Compile("Note: {{ if Note }}{{ Note }}{{ else }}none{{ end }}.", "@param Note: string?");

        Assert.Equal("Note: see annex.", letters.Create(("Note", "see annex")).MarkdownBody());
        Assert.Equal("Note: none.", letters.Create(("Note", "")).MarkdownBody());
        Assert.Equal("Note: none.", letters.Create(("Note", null)).MarkdownBody());
    }

    [Fact]
    public void IfNotNegates()
    {
        using var letters = ProbeLetter.Compile("We {{ if not Attending }}regret that we cannot{{ else }}will{{ end }} attend.", "@param Attending: bool");

        Assert.Equal("We regret that we cannot attend.", letters.Create(("Attending", false)).MarkdownBody());
        Assert.Equal("We will attend.", letters.Create(("Attending", true)).MarkdownBody());
    }

    [Fact]
    public void InlineForRepeatsItsContentPerItem()
    {
        using var letters = ProbeLetter.Compile("Members:{{ for c in Items }} {{ c }};{{ end }} all present.", "@param Items: IReadOnlyList<string>");

        Assert.Equal("Members: Kenya; Peru; all present.", letters.Create(("Items", new[] { "Kenya", "Peru" })).MarkdownBody());
        Assert.Equal("Members: all present.", letters.Create(("Items", Array.Empty<string>())).MarkdownBody());
    }

    [Fact]
    public void BlockForRepeatsBulletsAndReadsMembersOfTheItem()
    {
        var body = ProbeLetter.MarkdownBody(
            "{{ for s in Signers }}\n- {{ s.Name }}, {{ s.Title }}\n{{ end }}",
            "@param Signers: IReadOnlyList<Signatory>",
            ("Signers", new[] { new Signatory("Doris Mpoumou", "Director"), new Signatory("Andres Serbin", "Chair") }));

        Assert.Equal("- Doris Mpoumou, Director\n- Andres Serbin, Chair", body);
    }

    [Fact]
    public void BlocksNestInsideLoops()
    {
        using var letters = ProbeLetter.Compile(
            "{{ for c in Items }}\n{{ if Named }}\n- {{ c }}\n{{ else }}\n- a member\n{{ end }}\n{{ end }}",
            "@param Items: IReadOnlyList<string>\n@param Named: bool");

        Assert.Equal("- Kenya\n- Peru", letters.Create(("Items", new[] { "Kenya", "Peru" }), ("Named", true)).MarkdownBody());
        Assert.Equal("- a member\n- a member", letters.Create(("Items", new[] { "Kenya", "Peru" }), ("Named", false)).MarkdownBody());
    }
}
