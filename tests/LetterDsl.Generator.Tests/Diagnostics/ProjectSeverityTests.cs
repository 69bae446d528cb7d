using System;
using System.Collections.Generic;
using System.Linq;
using LetterDsl.Generator.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using LetterDsl.Testing.Letters;

namespace LetterDsl.Generator.Tests.Diagnostics;

/// <summary>
/// Severities set project-wide. A <c>.globalconfig</c>'s <c>dotnet_diagnostic.ID.severity</c> reaches the compilation
/// as specific diagnostic options, which Roslyn applies to the generator's diagnostics itself; LetterDsl's own key
/// also works there. An invalid value of LetterDsl's key is LTR036.
/// </summary>
public sealed class ProjectSeverityTests
{
    private const string Path = "/letters/Test.letter";

    private static readonly string s_unusedParameter = ProbeLetter.Text("Text.", "@param Session: int");

    // The probe letter without its @date line; its @salutation, where LTR002 is reported, is then on line 4.
    private static readonly string s_undated = ProbeLetter.Text("We write to you today.").Replace("@date 2020-12-07\n", "");

    [Fact]
    public void DotnetDiagnosticErrorRaisesTheUnusedParameterWarning()
    {
        var run = RunWithSpecificOptions(s_unusedParameter, ("LTR009", ReportDiagnostic.Error));

        var diagnostic = Assert.Single(run.GeneratorDiagnostics);
        DiagnosticAssert.At(diagnostic, "LTR009", Path, 3, 8, "Session".Length, DiagnosticSeverity.Error);
    }

    [Fact]
    public void DotnetDiagnosticNoneRemovesTheMissingDateAndTheLetterRenders()
    {
        var run = RunWithSpecificOptions(s_undated, ("LTR002", ReportDiagnostic.Suppress));

        run.AssertClean();
        using var letters = run.Load();
        Assert.Equal("", letters.Create(ProbeLetter.TypeName).DateLine);
    }

    [Fact]
    public void DotnetDiagnosticAppliesOnTopOfLetterDslsOwnKey()
    {
        var options = TestAnalyzerConfigOptionsProvider.Empty.WithFileOption(Path, "letterdsl_diagnostic.LTR009.severity", "suggestion");

        var run = RunWithSpecificOptions(s_unusedParameter, options, ("LTR009", ReportDiagnostic.Error));

        Assert.Equal(DiagnosticSeverity.Error, Assert.Single(run.GeneratorDiagnostics).Severity);
    }

    [Fact]
    public void WhatLetterDslsOwnKeyTurnsOffStaysOff()
    {
        // LetterDsl does not report a diagnostic set to none, so no dotnet_diagnostic setting can raise it again.
        var options = TestAnalyzerConfigOptionsProvider.Empty.WithFileOption(Path, "letterdsl_diagnostic.LTR009.severity", "none");

        var run = RunWithSpecificOptions(s_unusedParameter, options, ("LTR009", ReportDiagnostic.Error));

        Assert.Empty(run.GeneratorDiagnostics);
    }

    [Fact]
    public void LetterDslsOwnKeyInAGlobalConfigAppliesToEveryLetter()
    {
        var options = TestAnalyzerConfigOptionsProvider.Empty.WithGlobal("letterdsl_diagnostic.LTR009.severity", "error");

        var run = GeneratorHarness.Run(
            new[] { new InMemoryAdditionalText(Path, s_unusedParameter), new InMemoryAdditionalText("/letters/Other.letter", s_unusedParameter.Replace("@letter Probe", "@letter Other")) },
            options);

        Assert.Equal(2, run.GeneratorDiagnostics.Length);
        Assert.All(run.GeneratorDiagnostics, d => Assert.Equal(("LTR009", DiagnosticSeverity.Error), (d.Id, d.Severity)));
    }

    [Fact]
    public void AnEditorConfigSectionWinsOverLetterDslsKeyInAGlobalConfig()
    {
        var options = TestAnalyzerConfigOptionsProvider.Empty
            .WithGlobal("letterdsl_diagnostic.LTR009.severity", "error")
            .WithFileOption(Path, "letterdsl_diagnostic.LTR009.severity", "none");

        Assert.Empty(GeneratorHarness.RunLetter(s_unusedParameter, Path, options).GeneratorDiagnostics);
    }

    [Fact]
    public void AnInvalidSeverityValueIsLTR036AndTheDefaultSeverityStays()
    {
        var options = TestAnalyzerConfigOptionsProvider.Empty.WithFileOption(Path, "letterdsl_diagnostic.LTR002.severity", "off");

        var diagnostics = GeneratorHarness.RunLetter(s_undated, Path, options).GeneratorDiagnostics.OrderBy(d => d.Id, StringComparer.Ordinal).ToList();

        Assert.Equal(new[] { "LTR002", "LTR036" }, diagnostics.Select(d => d.Id));
        DiagnosticAssert.At(diagnostics[0], "LTR002", Path, 4, 1, "@salutation".Length);
        DiagnosticAssert.At(diagnostics[1], "LTR036", Path, 1, 1, 0, DiagnosticSeverity.Warning);
        Assert.Equal("'off' is not a valid severity for 'letterdsl_diagnostic.LTR002.severity'; use error, warning, suggestion, silent, none or default.", diagnostics[1].GetMessage());
    }

    [Fact]
    public void AnInvalidSeverityValueIsReportedEvenWhenItsDiagnosticDoesNotOccur()
    {
        var options = TestAnalyzerConfigOptionsProvider.Empty.WithFileOption(Path, "letterdsl_diagnostic.LTR009.severity", "eror");

        var diagnostic = Assert.Single(GeneratorHarness.RunLetter(ProbeLetter.Text("We write to you today."), Path, options).GeneratorDiagnostics);

        DiagnosticAssert.At(diagnostic, "LTR036", Path, 1, 1, 0, DiagnosticSeverity.Warning);
        Assert.Contains("'eror'", diagnostic.GetMessage(), StringComparison.Ordinal);
    }

    private static GeneratorRun RunWithSpecificOptions(string letter, params (string Id, ReportDiagnostic Report)[] settings) =>
        RunWithSpecificOptions(letter, TestAnalyzerConfigOptionsProvider.Empty, settings);

    /// <summary>Runs the generator on a compilation whose options carry <paramref name="settings"/>, as the compiler builds them from a .globalconfig.</summary>
    private static GeneratorRun RunWithSpecificOptions(string letter, TestAnalyzerConfigOptionsProvider options, params (string Id, ReportDiagnostic Report)[] settings)
    {
        var compilation = GeneratorHarness.CreateCompilation();
        compilation = compilation.WithOptions(compilation.Options.WithSpecificDiagnosticOptions(settings.Select(s => new KeyValuePair<string, ReportDiagnostic>(s.Id, s.Report))));
        return GeneratorHarness.Run(GeneratorHarness.CreateDriver(new[] { new InMemoryAdditionalText(Path, letter) }, options), compilation);
    }
}
