using System.Linq;
using LetterDsl.Generator.Tests.Infrastructure;
using Microsoft.CodeAnalysis;

namespace LetterDsl.Generator.Tests;

/// <summary>LTR001–LTR004: a letter without its salutation, date, signatory or closing fails at an exact place in the .letter file.</summary>
public sealed class MissingPartDiagnosticTests
{
    private const string Path = "/letters/Test.letter";

    [Fact]
    public void NoSalutationIsLTR001AtTheFirstBodyLine()
    {
        var diagnostic = SingleDiagnostic(
            "@letter Probe",
            "@date 2020-12-07",
            "",
            "We write to you today.",
            "",
            "@closing Sincerely,",
            "@signatory Ada Lovelace");

        AssertAt(diagnostic, "LTR001", line: 4, column: 1, length: "We write to you today.".Length);
    }

    [Fact]
    public void NoDateIsLTR002AtTheSalutation()
    {
        var diagnostic = SingleDiagnostic(
            "@letter Probe",
            "",
            "@salutation Excellency,",
            "",
            "We write to you today.",
            "",
            "@closing Sincerely,",
            "@signatory Ada Lovelace");

        AssertAt(diagnostic, "LTR002", line: 3, column: 1, length: "@salutation".Length);
    }

    [Fact]
    public void NoSignatoryIsLTR003AtTheClosing()
    {
        var diagnostic = SingleDiagnostic(
            "@letter Probe",
            "@date 2020-12-07",
            "@salutation Excellency,",
            "",
            "We write to you today.",
            "",
            "@closing Sincerely,");

        AssertAt(diagnostic, "LTR003", line: 7, column: 1, length: "@closing".Length);
    }

    [Fact]
    public void NoClosingIsLTR004AtTheFirstSignatory()
    {
        var diagnostic = SingleDiagnostic(
            "@letter Probe",
            "@date 2020-12-07",
            "@salutation Excellency,",
            "",
            "We write to you today.",
            "",
            "@signatory Ada Lovelace",
            "@signatory Grace Hopper");

        AssertAt(diagnostic, "LTR004", line: 7, column: 1, length: "@signatory".Length);
    }

    [Fact]
    public void NoClosingAndNoSignatoryPointAtTheLastLine()
    {
        var run = GeneratorHarness.RunLetter(string.Join("\n", "@letter Probe", "@date 2020-12-07", "@salutation Excellency,", "", "We write to you today.", "", ""), Path);

        var byId = run.GeneratorDiagnostics.OrderBy(d => d.Id, System.StringComparer.Ordinal).ToList();
        Assert.Equal(new[] { "LTR003", "LTR004" }, byId.Select(d => d.Id));
        AssertAt(byId[0], "LTR003", line: 5, column: 1, length: "We write to you today.".Length);
        AssertAt(byId[1], "LTR004", line: 5, column: 1, length: "We write to you today.".Length);
    }

    private static Diagnostic SingleDiagnostic(params string[] lines) =>
        Assert.Single(GeneratorHarness.RunLetter(string.Join("\n", lines) + "\n", Path).GeneratorDiagnostics);

    private static void AssertAt(Diagnostic diagnostic, string id, int line, int column, int length) =>
        DiagnosticAssert.At(diagnostic, id, Path, line, column, length);
}
