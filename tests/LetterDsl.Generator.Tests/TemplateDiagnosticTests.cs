using System.Linq;
using LetterDsl.Generator.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using LetterDsl.Testing.Letters;

namespace LetterDsl.Generator.Tests;

/// <summary>Mistakes in parameters and template syntax: each has its own ID at the exact place, and all of them are reported together.</summary>
public sealed class TemplateDiagnosticTests
{
    private const string Path = "/letters/Test.letter";

    // ProbeLetter.Text puts the header on line 3 and the body on line 7.
    private const int HeaderLine = 3;
    private const int BodyLine = 7;

    [Fact]
    public void UnknownParameterIsLTR005WithDidYouMean()
    {
        var run = Run("The {{ Session | ordinal }} session, not the {{ Sesion }}.", "@param Session: int");

        var diagnostic = Assert.Single(run.GeneratorDiagnostics);
        DiagnosticAssert.At(diagnostic, "LTR005", Path, BodyLine, "The {{ Session | ordinal }} session, not the {{ ".Length + 1, "Sesion".Length);
        Assert.Contains("'Sesion' is not a parameter", diagnostic.GetMessage(), System.StringComparison.Ordinal);
        Assert.Contains("did you mean 'Session'?", diagnostic.GetMessage(), System.StringComparison.Ordinal);
    }

    [Fact]
    public void UnclosedPlaceholderIsLTR017AtItsBraces()
    {
        var diagnostic = Assert.Single(Run("Held on {{ Date and never closed.", "@param Date: DateOnly").GeneratorDiagnostics.Where(d => d.Id != "LTR009"));

        DiagnosticAssert.At(diagnostic, "LTR017", Path, BodyLine, "Held on ".Length + 1, 2);
    }

    [Fact]
    public void EndWithoutBlockIsLTR018AtTheTag()
    {
        var diagnostic = Assert.Single(Run("Nothing is open here.\n{{ end }}").GeneratorDiagnostics);

        DiagnosticAssert.At(diagnostic, "LTR018", Path, BodyLine + 1, 1, "{{ end }}".Length);
    }

    [Fact]
    public void UnclosedBlockIsLTR019AtItsTag()
    {
        var diagnostic = Assert.Single(Run("Opening.\n\n{{ if Urgent }}\nThis is urgent.", "@param Urgent: bool").GeneratorDiagnostics);

        DiagnosticAssert.At(diagnostic, "LTR019", Path, BodyLine + 2, 1, "{{ if Urgent }}".Length);
        Assert.Contains("if Urgent", diagnostic.GetMessage(), System.StringComparison.Ordinal);
    }

    [Fact]
    public void EveryMistakeInALetterIsReported()
    {
        var letter = string.Join("\n",
            "@letter Probe",
            "@param Session: int",
            "@salutation Excellency,",
            "",
            "The {{ Sesion }} session opens {{ soon.",
            "{{ end }}",
            "",
            "{{ for item in Session }}",
            "- {{ item }}");

        var run = GeneratorHarness.RunLetter(letter, Path);

        var ids = run.GeneratorDiagnostics.Select(d => d.Id).OrderBy(id => id, System.StringComparer.Ordinal);
        Assert.Equal(new[] { "LTR002", "LTR003", "LTR004", "LTR005", "LTR017", "LTR018", "LTR019", "LTR054" }, ids);
        Assert.All(run.GeneratorDiagnostics, d => Assert.Equal(DiagnosticSeverity.Error, d.Severity));
    }

    [Fact]
    public void ACSharpErrorInAPlaceholderPointsAtTheLetter()
    {
        var run = Run("Dear {{ Recipient.Nmae }},", "@param Recipient: Recipient", "public sealed class Recipient { public string Name { get; init; } = \"\"; }");

        Assert.Empty(run.GeneratorDiagnostics);
        var error = Assert.Single(run.CompileDiagnostics, d => d.Severity == DiagnosticSeverity.Error);
        Assert.Equal("CS1061", error.Id);
        DiagnosticAssert.At(error, "CS1061", Path, BodyLine, DiagnosticAssert.MappedColumn("Dear {{ Recipient.".Length + 1), "Nmae".Length);
    }

    private static GeneratorRun Run(string body, string header = "", params string[] csharp) =>
        GeneratorHarness.RunLetter(ProbeLetter.Text(body, header), Path, options: null, csharp);
}
