using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using LetterDsl.Generator.Diagnostics;
using LetterDsl.Generator.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using LetterDsl.Testing.Letters;

namespace LetterDsl.Generator.Tests.Diagnostics;

/// <summary>docs/diagnostics.md is checked: every Bad letter reports its ID, every Fixed letter builds clean, and the page, the help links and the release tracking agree with the descriptors.</summary>
public sealed class DiagnosticsPageTests
{
    private const string Path = "/letters/Example.letter";

    /// <summary>IDs whose sections explain, without a letter, why there is no example; each has its own test instead.</summary>
    private static readonly string[] s_withoutLetterExamples = { "LTR023", "LTR025", "LTR034", "LTR036", "LTR037" };

    public static TheoryData<string> SectionsWithExamples()
    {
        var data = new TheoryData<string>();
        foreach (var id in DiagnosticsPage.Sections.Keys.Where(id => !s_withoutLetterExamples.Contains(id)).OrderBy(id => id, StringComparer.Ordinal))
        {
            data.Add(id);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(SectionsWithExamples))]
    public void TheBadLetterReportsItsIdAndNothingElse(string id)
    {
        var bad = DiagnosticsPage.Example(DiagnosticsPage.Sections[id], "Bad:");
        Assert.True(bad is not null, $"The {id} section has no Bad: ```letter block.");

        var run = GeneratorHarness.RunLetter(bad, Path);

        var ids = run.GeneratorDiagnostics.Select(d => d.Id).Distinct().ToList();
        Assert.True(ids.SequenceEqual(new[] { id }), $"The {id} Bad letter reports [{string.Join(", ", ids)}]:\n" + string.Join("\n", run.GeneratorDiagnostics));
    }

    [Theory]
    [MemberData(nameof(SectionsWithExamples))]
    public void TheFixedLetterBuildsWithNoDiagnostics(string id)
    {
        var fixedLetter = DiagnosticsPage.Example(DiagnosticsPage.Sections[id], "Fixed:");
        Assert.True(fixedLetter is not null, $"The {id} section has no Fixed: ```letter block.");

        var run = GeneratorHarness.RunLetter(fixedLetter, Path);

        run.AssertClean();
        Assert.Single(run.Sources);
    }

    [Fact]
    public void EveryDescriptorHasASectionAndEverySectionADescriptor() =>
        Assert.Equal(
            DiagnosticDescriptors.All.Select(d => d.Id).OrderBy(id => id, StringComparer.Ordinal),
            DiagnosticsPage.Sections.Keys.OrderBy(id => id, StringComparer.Ordinal));

    [Fact]
    public void OnlyTheSectionsWithoutLetterExamplesLackThem()
    {
        var without = DiagnosticsPage.Sections
            .Where(s => DiagnosticsPage.Example(s.Value, "Bad:") is null || DiagnosticsPage.Example(s.Value, "Fixed:") is null)
            .Select(s => s.Key)
            .OrderBy(id => id, StringComparer.Ordinal);

        Assert.Equal(s_withoutLetterExamples, without);
    }

    [Fact]
    public void EveryHelpLinkPointsAtItsSection()
    {
        Assert.All(DiagnosticDescriptors.All, descriptor =>
        {
            var anchor = "#" + descriptor.Id.ToLowerInvariant();
            Assert.EndsWith("docs/diagnostics.md" + anchor, descriptor.HelpLinkUri, StringComparison.Ordinal);
            Assert.Contains("\n## " + descriptor.Id + "\n", DiagnosticsPage.Text, StringComparison.Ordinal);
            Assert.Contains($"| [{descriptor.Id}]({anchor}) | {descriptor.DefaultSeverity} | {descriptor.Title} |", DiagnosticsPage.Text, StringComparison.Ordinal);
        });
    }

    [Fact]
    public void EverySectionStatesTheDescriptorsTitleAndSeverity() =>
        Assert.All(DiagnosticDescriptors.All, descriptor =>
            Assert.StartsWith($"\n**{descriptor.Title}** · {descriptor.DefaultSeverity}\n", DiagnosticsPage.Sections[descriptor.Id], StringComparison.Ordinal));

    [Fact]
    public void UnshippedReleaseNotesListExactlyTheDescriptors()
    {
        var file = System.IO.Path.Combine(RepositoryPaths.Root, "src", "LetterDsl.Generator", "AnalyzerReleases.Unshipped.md");
        var rows = File.ReadAllLines(file)
            .Where(line => line.StartsWith("LTR", StringComparison.Ordinal))
            .Select(line => line.Split('|').Select(cell => cell.Trim()).ToArray())
            .Select(cells => (Id: cells[0], Category: cells[1], Severity: cells[2]))
            .ToList();

        Assert.Equal(
            DiagnosticDescriptors.All.Select(d => (d.Id, d.Category, d.DefaultSeverity.ToString())).OrderBy(r => r.Id, StringComparer.Ordinal),
            rows.OrderBy(r => r.Id, StringComparer.Ordinal));
    }
}
