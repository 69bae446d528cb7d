using System;
using System.Linq;
using System.Threading;
using LetterDsl.Generator.Model;
using LetterDsl.Generator.Parsing;
using LetterDsl.Generator.Tests.Infrastructure;
using LetterDsl.Testing.Letters;

namespace LetterDsl.Generator.Tests.Diagnostics;

/// <summary>The diagnostics with no example letter in docs/diagnostics.md: the problem cap (LTR037) and the generator's own failure (LTR034).</summary>
public sealed class DiagnosticLimitTests
{
    private const string Path = "/letters/Test.letter";

    [Fact]
    public void PastTwoHundredProblemsOneLTR037EndsTheList()
    {
        var body = string.Join("\n", Enumerable.Repeat("{{ Nope }}", 250));

        var diagnostics = GeneratorHarness.RunLetter(ProbeLetter.Text(body), Path).GeneratorDiagnostics;

        Assert.Equal(ParseContext.MaxDiagnostics + 1, diagnostics.Length);
        Assert.All(diagnostics.Take(ParseContext.MaxDiagnostics), d => Assert.Equal("LTR005", d.Id));

        // At the first problem left out: the 201st placeholder, on the 201st body line (the body starts on line 7).
        var last = diagnostics[ParseContext.MaxDiagnostics];
        DiagnosticAssert.At(last, "LTR037", Path, 7 + ParseContext.MaxDiagnostics, "{{ ".Length + 1, "Nope".Length);
        Assert.Equal("The letter has more than 200 problems; only the first 200 are listed. Fix those and build again.", last.GetMessage());
    }

    [Fact]
    public void TwoHundredProblemsAreListedWithoutLTR037()
    {
        var body = string.Join("\n", Enumerable.Repeat("{{ Nope }}", ParseContext.MaxDiagnostics));

        var diagnostics = GeneratorHarness.RunLetter(ProbeLetter.Text(body), Path).GeneratorDiagnostics;

        Assert.Equal(ParseContext.MaxDiagnostics, diagnostics.Length);
        Assert.DoesNotContain(diagnostics, d => d.Id == "LTR037");
    }

    /// <summary>
    /// No letter text is known to make the parser fail, so this feeds it an input the reader never produces (no
    /// text at all) to show that a failure becomes LTR034 on the file instead of an exception out of the generator.
    /// </summary>
    [Fact]
    public void AnExceptionInTheParserBecomesLTR034AtTheStartOfTheFile()
    {
        var input = new LetterInput(Path, null!, new LetterFileOptions(null, null, EquatableArray<string>.Empty));

        var result = LetterParser.Parse(input, CancellationToken.None);

        Assert.Null(result.Spec);
        var diagnostic = Assert.Single(result.Diagnostics).ToDiagnostic(Microsoft.CodeAnalysis.DiagnosticSeverity.Error);
        DiagnosticAssert.At(diagnostic, "LTR034", Path, 1, 1, 0);
        Assert.StartsWith("LetterDsl could not process this letter (NullReferenceException: ", diagnostic.GetMessage(), StringComparison.Ordinal);
        Assert.EndsWith("please report it. The rest of the project still builds.", diagnostic.GetMessage(), StringComparison.Ordinal);
    }

    [Fact]
    public void CancellationIsNotTurnedIntoLTR034()
    {
        var input = new LetterInput(Path, ProbeLetter.Text("Text."), new LetterFileOptions(null, null, EquatableArray<string>.Empty));

        Assert.Throws<OperationCanceledException>(() => LetterParser.Parse(input, new CancellationToken(canceled: true)));
    }
}
