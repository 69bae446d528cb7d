using LetterDsl.Testing.Letters;

namespace LetterDsl.Rendering.Tests.Generated;

/// <summary>Paragraphs, line breaks and lists, rendered through the generated code.</summary>
public sealed class ParagraphAndListTests
{
    [Fact]
    public void BlankLinesSeparateParagraphs()
    {
        using var letters = ProbeLetter.Compile("First paragraph.\n\n\nSecond paragraph.");
        var letter = letters.Create();

        Assert.Equal("First paragraph.\n\nSecond paragraph.", letter.MarkdownBody());
        Assert.Contains("<p>First paragraph.</p>", letter.ToHtml(), System.StringComparison.Ordinal);
        Assert.Contains("<p>Second paragraph.</p>", letter.ToHtml(), System.StringComparison.Ordinal);
    }

    [Fact]
    public void ASoftWrappedLineStaysInItsParagraph()
    {
        using var letters = ProbeLetter.Compile("One sentence that\nwraps onto a second line.");
        var letter = letters.Create();

        Assert.Equal("One sentence that\nwraps onto a second line.", letter.MarkdownBody());
        Assert.Equal("One sentence that wraps onto a second line.", letter.TextBody());
    }

    [Fact]
    public void TwoTrailingSpacesMakeAHardBreak()
    {
        using var letters = ProbeLetter.Compile("The Hague  \nNetherlands");
        var letter = letters.Create();

        Assert.Equal("The Hague  \nNetherlands", letter.MarkdownBody());
        Assert.Equal("The Hague\nNetherlands", letter.TextBody());
        Assert.Contains("The Hague<br", letter.ToHtml(), System.StringComparison.Ordinal);
    }

    [Fact]
    public void DashLinesAreBullets()
    {
        using var letters = ProbeLetter.Compile("We ask for:\n\n- cooperation;\n- independence.");
        var letter = letters.Create();

        Assert.Equal("We ask for:\n\n- cooperation;\n- independence.", letter.MarkdownBody());
        Assert.Contains("<li>cooperation;</li>", letter.ToHtml(), System.StringComparison.Ordinal);
    }

    [Fact]
    public void NumberedItemsAreNumberedInOrderWhateverTheSourceSays()
    {
        Assert.Equal("1. first\n2. second\n3. third", ProbeLetter.MarkdownBody("1. first\n1. second\n7. third"));
    }

    [Fact]
    public void NumberedItemsInsideAForContinueTheNumbering()
    {
        var body = ProbeLetter.MarkdownBody(
            "1. Opening\n{{ for c in Items }}\n1. {{ c }}\n{{ end }}\n1. Closing",
            "@param Items: IReadOnlyList<string>",
            ("Items", new[] { "cooperation", "universality" }));

        Assert.Equal("1. Opening\n2. cooperation\n3. universality\n4. Closing", body);
    }

    [Fact]
    public void ABlankLineBetweenItemsMakesTwoLists()
    {
        using var letters = ProbeLetter.Compile("1. one\n2. two\n\n3. three\n\n- a\n\n- b");
        var letter = letters.Create();

        Assert.Equal("1. one\n2. two\n\n3. three\n\n- a\n\n- b", letter.MarkdownBody());
        var html = letter.ToHtml();
        Assert.Equal(2, Occurrences(html, "<ol"));
        Assert.Equal(2, Occurrences(html, "<ul"));
    }

    private static int Occurrences(string text, string value) => (text.Length - text.Replace(value, "", System.StringComparison.Ordinal).Length) / value.Length;
}
