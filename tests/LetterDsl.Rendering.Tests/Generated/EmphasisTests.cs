using LetterDsl.Testing.Letters;

namespace LetterDsl.Rendering.Tests.Generated;

/// <summary><c>**bold**</c>, <c>*italic*</c> and stars that are not emphasis.</summary>
public sealed class EmphasisTests
{
    [Fact]
    public void DoubleStarsAreBoldAndSingleStarsItalic()
    {
        using var letters = ProbeLetter.Compile("A **firm** and *lasting* commitment.");
        var letter = letters.Create();

        Assert.Equal("A **firm** and *lasting* commitment.", letter.MarkdownBody());
        Assert.Equal("A firm and lasting commitment.", letter.TextBody());
        Assert.Contains("A <strong>firm</strong> and <em>lasting</em> commitment.", letter.ToHtml(), System.StringComparison.Ordinal);
    }

    [Fact]
    public void TripleStarsAreBoldAndItalic()
    {
        using var letters = ProbeLetter.Compile("A ***vital*** step.");
        var letter = letters.Create();

        Assert.Equal("A vital step.", letter.TextBody());
        Assert.Matches("A (<strong><em>vital</em></strong>|<em><strong>vital</strong></em>) step\\.", letter.ToHtml());
    }

    [Fact]
    public void TripleStarsBeforePunctuationAreBoldAndItalic()
    {
        using var letters = ProbeLetter.Compile("A ***vital***, urgent step.");
        var letter = letters.Create();

        Assert.Equal("A vital, urgent step.", letter.TextBody());
        Assert.Matches("A (<strong><em>vital</em></strong>|<em><strong>vital</strong></em>), urgent step\\.", letter.ToHtml());
    }

    [Fact]
    public void EmphasisMayEndBeforePunctuationAndNest()
    {
        using var letters = ProbeLetter.Compile("*a **b** c*, **d**; e.");
        var letter = letters.Create();

        Assert.Equal("*a **b** c*, **d**; e.", letter.MarkdownBody());
        Assert.Equal("a b c, d; e.", letter.TextBody());
        Assert.Contains("<em>a <strong>b</strong> c</em>, <strong>d</strong>; e.", letter.ToHtml(), System.StringComparison.Ordinal);
    }

    [Fact]
    public void AnUnpairedStarStaysLiteral()
    {
        using var letters = ProbeLetter.Compile("We counted 5 * 3 delegations, and one * more.");
        var letter = letters.Create();

        Assert.Equal("We counted 5 * 3 delegations, and one * more.", letter.MarkdownBody());
        Assert.Equal("We counted 5 * 3 delegations, and one * more.", letter.TextBody());
    }

    [Fact]
    public void EmphasisMayWrapAPlaceholder()
    {
        var body = ProbeLetter.MarkdownBody("The **{{ Session | ordinal }} session** opens.", "@param Session: int", ("Session", 19));

        Assert.Equal("The **19th session** opens.", body);
    }
}
