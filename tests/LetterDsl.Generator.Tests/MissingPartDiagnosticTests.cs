using System.Linq;
using LetterDsl.Generator.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using LetterDsl.Testing.Letters;

namespace LetterDsl.Generator.Tests;

/// <summary>LTR001–LTR004: a letter without its salutation, date, signatory or closing fails at an exact place in the .letter file.</summary>
public sealed class MissingPartDiagnosticTests
{
    private const string Path = "/letters/Test.letter";

    private static readonly string[] s_complete =
    {
        "@letter Probe",
        "@date 2020-12-07",
        "@salutation Excellency,",
        "",
        "We write to you today.",
        "",
        "@closing Sincerely,",
        "@signatory Ada Lovelace",
        "@signatory Grace Hopper",
    };

    [Fact]
    public void TheCompleteLetterHasNoDiagnostics() =>
        Assert.Empty(GeneratorHarness.RunLetter(string.Join("\n", s_complete), Path).GeneratorDiagnostics);

    [Fact]
    public void NoSalutationIsLTR001AtTheFirstBodyLine() =>
        AssertAt(SingleDiagnosticWithout("@salutation"), "LTR001", line: 4, column: 1, length: "We write to you today.".Length);

    [Fact]
    public void NoDateIsLTR002AtTheSalutation() =>
        AssertAt(SingleDiagnosticWithout("@date"), "LTR002", line: 2, column: 1, length: "@salutation".Length);

    [Fact]
    public void NoSignatoryIsLTR003AtTheClosing() =>
        AssertAt(SingleDiagnosticWithout("@signatory"), "LTR003", line: 7, column: 1, length: "@closing".Length);

    [Fact]
    public void NoClosingIsLTR004AtTheFirstSignatory() =>
        AssertAt(SingleDiagnosticWithout("@closing"), "LTR004", line: 7, column: 1, length: "@signatory".Length);

    [Theory]
    [InlineData("@salutation Excellency,", "@salutaton Excellency,", "@salutation")]
    [InlineData("@date 2020-12-07", "@dat 2020-12-07", "@date")]
    [InlineData("@closing Sincerely,", "@closng Sincerely,", "@closing")]
    [InlineData("@signatory Ada Lovelace", "@signatry Ada Lovelace", "@signatory")]
    public void AMisspelledRequiredDirectiveIsOneMistake(string line, string misspelled, string meant)
    {
        var lines = s_complete.Where(l => l != "@signatory Grace Hopper").Select(l => l == line ? misspelled : l);

        var diagnostic = Assert.Single(GeneratorHarness.RunLetter(string.Join("\n", lines), Path).GeneratorDiagnostics);

        Assert.Equal("LTR006", diagnostic.Id);
        Assert.EndsWith($"did you mean '{meant}'?", diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture), System.StringComparison.Ordinal);
    }

    [Fact]
    public void MessagesWithoutArgumentsShowSingleBraces()
    {
        var message = SingleDiagnosticWithout("@date").GetMessage(System.Globalization.CultureInfo.InvariantCulture);

        Assert.Contains("'@date {{ Date }}'", message, System.StringComparison.Ordinal);
        Assert.DoesNotContain("{{{{", message, System.StringComparison.Ordinal);
    }

    [Fact]
    public void NoClosingAndNoSignatoryPointAtTheLastLine()
    {
        var byId = RunWithout("@closing", "@signatory").GeneratorDiagnostics.OrderBy(d => d.Id, System.StringComparer.Ordinal).ToList();
        Assert.Equal(new[] { "LTR003", "LTR004" }, byId.Select(d => d.Id));
        AssertAt(byId[0], "LTR003", line: 5, column: 1, length: "We write to you today.".Length);
        AssertAt(byId[1], "LTR004", line: 5, column: 1, length: "We write to you today.".Length);
    }

    private static Diagnostic SingleDiagnosticWithout(string directive) => Assert.Single(RunWithout(directive).GeneratorDiagnostics);

    /// <summary>Runs the complete letter with every line removed that starts with one of <paramref name="directives"/>.</summary>
    private static GeneratorRun RunWithout(params string[] directives)
    {
        var lines = s_complete.Where(line => !directives.Any(d => line.StartsWith(d + " ", System.StringComparison.Ordinal)));
        return GeneratorHarness.RunLetter(string.Join("\n", lines) + "\n", Path);
    }

    private static void AssertAt(Diagnostic diagnostic, string id, int line, int column, int length) =>
        DiagnosticAssert.At(diagnostic, id, Path, line, column, length);
}
