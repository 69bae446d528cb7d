using System.Collections.Generic;
using System.Linq;
using LetterDsl.Benchmarks.Generation;
using LetterDsl.Generator;
using Microsoft.CodeAnalysis;

namespace LetterDsl.Benchmarks.Tests;

/// <summary>The generator benchmarks measure what they say: the workload generates every letter, and its edits re-run only what they must.</summary>
public class IncrementalGeneratorTests
{
    private const int LetterCount = 20;
    private readonly GeneratorWorkload _workload = new(LetterCount, trackSteps: true);

    [Fact]
    public void ColdRunGeneratesEveryLetterWithoutErrors()
    {
        GeneratorRunResult result = _workload.RunCold().GetRunResult().Results.Single();

        Assert.Empty(result.Diagnostics.Where(static d => d.Severity >= DiagnosticSeverity.Warning));
        Assert.Equal(LetterCount, result.GeneratedSources.Length);
        Assert.All(result.GeneratedSources, static source => Assert.True(source.SourceText.Length > 7_000));
    }

    [Fact]
    public void UnrelatedCSharpEditReparsesNoLetter()
    {
        GeneratorRunResult result = _workload.RunAfterCSharpEdit(_workload.RunCold()).GetRunResult().Results.Single();

        Assert.Equal(Enumerable.Repeat(IncrementalStepRunReason.Cached, LetterCount), Reasons(result, TrackingNames.Parse));
        Assert.All(Reasons(result, TrackingNames.Emit), static reason => Assert.Equal(IncrementalStepRunReason.Cached, reason));
    }

    [Fact]
    public void LetterEditReparsesAndReemitsOnlyThatLetter()
    {
        GeneratorRunResult result = _workload.RunAfterLetterEdit(_workload.RunCold()).GetRunResult().Results.Single();

        Assert.Equal(1, Reasons(result, TrackingNames.Parse).Count(static reason => reason == IncrementalStepRunReason.Modified));
        Assert.Equal(LetterCount - 1, Reasons(result, TrackingNames.Parse).Count(static reason => reason == IncrementalStepRunReason.Cached));
        Assert.Equal(1, Reasons(result, TrackingNames.Emit).Count(static reason => reason == IncrementalStepRunReason.Modified));
        Assert.Equal(LetterCount - 1, Reasons(result, TrackingNames.Emit).Count(static reason => reason is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged));
    }

    private static List<IncrementalStepRunReason> Reasons(GeneratorRunResult result, string step) =>
        result.TrackedSteps[step].SelectMany(static run => run.Outputs).Select(static output => output.Reason).ToList();
}
