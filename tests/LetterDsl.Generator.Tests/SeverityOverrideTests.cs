using System.Linq;
using LetterDsl.Generator.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using LetterDsl.Testing.Letters;

namespace LetterDsl.Generator.Tests;

/// <summary>The per-file <c>letterdsl_diagnostic.ID.severity</c> key, which Roslyn does not apply to additional files by itself.</summary>
public sealed class SeverityOverrideTests
{
    private const string Path = "/letters/Undated.letter";
    private const string Key = "letterdsl_diagnostic.LTR002.severity";

    private static readonly string s_undated = string.Join("\n",
        "@letter Undated",
        "@namespace Tests",
        "@salutation Excellency,",
        "",
        "We write to you today.",
        "",
        "@closing Sincerely,",
        "@signatory Ada Lovelace",
        "");

    [Fact]
    public void WithoutAnOverrideAMissingDateIsAnError()
    {
        var diagnostic = Assert.Single(GeneratorHarness.RunLetter(s_undated, Path).GeneratorDiagnostics);

        Assert.Equal(("LTR002", DiagnosticSeverity.Error), (diagnostic.Id, diagnostic.Severity));
    }

    [Fact]
    public void SeverityNoneSilencesLTR002AndTheLetterRendersWithoutADateLine()
    {
        var run = GeneratorHarness.RunLetter(s_undated, Path, TestAnalyzerConfigOptionsProvider.Empty.WithFileOption(Path, Key, "none"));

        run.AssertClean();
        using var letters = run.Load();
        var letter = letters.Create("Tests.Undated");
        Assert.Equal("", letter.DateLine);
        Assert.StartsWith("Excellency,\n\nWe write to you today.\n", letter.ToMarkdown(), System.StringComparison.Ordinal);
    }

    [Fact]
    public void SeverityWarningDowngradesLTR002()
    {
        var run = GeneratorHarness.RunLetter(s_undated, Path, TestAnalyzerConfigOptionsProvider.Empty.WithFileOption(Path, Key, "warning"));

        var diagnostic = Assert.Single(run.GeneratorDiagnostics);
        Assert.Equal(("LTR002", DiagnosticSeverity.Warning), (diagnostic.Id, diagnostic.Severity));
        Assert.Single(run.Sources);
    }

    [Fact]
    public void AnOverrideForAnotherFileDoesNotApply()
    {
        var run = GeneratorHarness.RunLetter(s_undated, Path, TestAnalyzerConfigOptionsProvider.Empty.WithFileOption("/letters/Other.letter", Key, "none"));

        Assert.Equal("LTR002", Assert.Single(run.GeneratorDiagnostics).Id);
    }
}
