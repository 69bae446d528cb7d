using System.Linq;
using System.Text;
using LetterDsl.Generator.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using LetterDsl.Testing.Letters;

namespace LetterDsl.Generator.Tests.Reliability;

/// <summary>The generator bugs the fuzz and limit tests found, each pinned by the smallest letter that showed it.</summary>
public sealed class FuzzFindingsTests
{
    [Theory]
    [InlineData("\u0085")]
    [InlineData("\u2028")]
    [InlineData("\u2029")]
    [InlineData("\0")]
    [InlineData("\uD800")]
    public void ASummaryWithALineSeparatorStaysInItsDocComment(string separator)
    {
        var header = "@summary Before" + separator + "public class Evil { } after.";

        GeneratorHarness.RunLetter(ProbeLetter.Text("Body.", header)).AssertClean();
    }

    [Fact]
    public void AnErrorPastColumn65536MapsToItsLineInTheLetter()
    {
        var line = new StringBuilder().Append('x', 70_000).Append(" {{ Name.Missing }} end.").ToString();
        var text = ProbeLetter.Text(line, "@param Name: string");

        var run = GeneratorHarness.RunLetter(text, "/letters/Long.letter");

        Assert.Empty(run.GeneratorDiagnostics);
        var error = Assert.Single(run.CompileDiagnostics, d => d.Severity == DiagnosticSeverity.Error);
        Assert.Equal("CS1061", error.Id);
        var span = error.Location.GetMappedLineSpan();
        Assert.Equal("/letters/Long.letter", span.Path);
        Assert.Equal(text.Split('\n').ToList().IndexOf(line), span.StartLinePosition.Line);
    }
}
