using LetterDsl.Testing.Letters;

namespace LetterDsl.Rendering.Tests.Generated;

/// <summary>Whitespace control, the <c>{{{{</c> and <c>@@</c> escapes, and <c>@*</c> comments.</summary>
public sealed class EscapeAndWhitespaceTests
{
    [Fact]
    public void TildesTrimTheWhitespaceBesideATag()
    {
        var body = ProbeLetter.MarkdownBody("Left {{~ Count }} right, left {{ Count ~}} right, both {{~ Count ~}} sides.", "@param Count: int", ("Count", 3));

        Assert.Equal("Left3 right, left 3right, both3sides.", body);
    }

    [Fact]
    public void ATildeTrimsALineBreakToo()
    {
        var body = ProbeLetter.MarkdownBody("Sessions:\n{{~ Count }} in total.", "@param Count: int", ("Count", 19));

        Assert.Equal("Sessions:19 in total.", body);
    }

    [Fact]
    public void FourBracesWriteTwo()
    {
        Assert.Equal("Write {{ Name }} to insert a name.", ProbeLetter.MarkdownBody("Write {{{{ Name }} to insert a name."));
    }

    [Fact]
    public void DoubleAtStartsALineWithALiteralAt()
    {
        Assert.Equal("Write to us at\n@coalition on social media.", ProbeLetter.MarkdownBody("Write to us at\n@@coalition on social media."));
    }

    [Fact]
    public void AtStarLinesAreComments()
    {
        Assert.Equal("Shown.\nAlso shown.", ProbeLetter.MarkdownBody("Shown.\n@* not shown, even with {{ Unknown }} in it\nAlso shown."));
    }
}
