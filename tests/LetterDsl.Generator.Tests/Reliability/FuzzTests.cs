using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Linq;
using Xunit.Abstractions;

namespace LetterDsl.Generator.Tests.Reliability;

/// <summary>
/// Mutates the sample and test letters and runs the generator on each mutant. Every case derives its own
/// <see cref="Random"/> from the seed and its index, so a failure names the one case to replay.
/// </summary>
/// <remarks>
/// <c>LETTERDSL_FUZZ_CASES</c> sets the number of cases (default 2,000), <c>LETTERDSL_FUZZ_SEED</c> the seed, and
/// <c>LETTERDSL_FUZZ_CASE</c> runs the one case with that index. <c>LETTERDSL_FUZZ_REPORT</c> names a file to
/// write the run's figures to. See docs/reliability.md.
/// </remarks>
public sealed class FuzzTests
{
    public const int DefaultSeed = 20201207;
    public const int DefaultCases = 2_000;
    private const int MaxReportedFailures = 10;

    private readonly ITestOutputHelper _output;

    public FuzzTests(ITestOutputHelper output) => _output = output;

    [Fact]
    public void GeneratorSurvivesMutatedLetters()
    {
        var seed = FuzzSettings.Int("LETTERDSL_FUZZ_SEED") ?? DefaultSeed;
        var only = FuzzSettings.Int("LETTERDSL_FUZZ_CASE");
        var cases = FuzzSettings.Int("LETTERDSL_FUZZ_CASES") ?? DefaultCases;
        var inputs = InputLetters.All;
        foreach (var (name, text) in inputs)
        {
            // Warms up the JIT and the consumer compilation, so the first case is not timed with them.
            Assert.Empty(GeneratorFuzzer.Generate("/fuzz/" + name, text).Problems);
        }

        var stats = new FuzzStatistics();
        var batch = new CompileBatch();
        var failures = new List<string>();
        var total = Stopwatch.StartNew();
        var last = only is { } single ? single + 1 : cases;
        for (var index = only ?? 0; index < last && failures.Count < MaxReportedFailures; index++)
        {
            var fuzzCase = CreateCase(seed, index, inputs);
            var result = GeneratorFuzzer.Generate(fuzzCase.Path, fuzzCase.Text);
            stats.Add(result);
            var problems = result.Accepted ? result.Problems.Concat(GeneratorFuzzer.CheckSyntax(fuzzCase.Path, fuzzCase.Text, result.Trees)).ToList() : result.Problems;
            if (problems.Count > 0)
            {
                failures.Add(fuzzCase.Describe(problems));
            }
            else if (result.Accepted && !batch.Add(fuzzCase, result.Trees))
            {
                stats.CompiledBefore++;
            }

            if (batch.Count == CompileBatch.Size || (index + 1 == last && batch.Count > 0))
            {
                var compileTime = Stopwatch.StartNew();
                var checks = batch.Count;
                failures.AddRange(batch.Compile().Select(failure => failure.Case.Describe(failure.Problems)));
                stats.AddCompile(checks, compileTime.Elapsed);
            }
        }

        total.Stop();
        var summary = stats.Summary(seed, total.Elapsed);
        _output.WriteLine(summary);
        FuzzSettings.Report("LETTERDSL_FUZZ_REPORT", summary);

        Assert.True(failures.Count == 0, string.Join("\n\n", failures) + "\n\n" + summary);
        Assert.Equal(last - (only ?? 0), stats.Cases);
        Assert.Equal(stats.Accepted, stats.CompileChecks + stats.CompiledBefore);
    }

    /// <summary>Case <paramref name="index"/>: its own <see cref="Random"/> picks a letter and mutates it.</summary>
    private static FuzzCase CreateCase(int seed, int index, IReadOnlyList<(string Name, string Text)> inputs)
    {
        var random = new Random(unchecked((seed * 1_000_003) + index));
        var (name, original) = inputs[random.Next(inputs.Count)];
        var operations = new List<string>();
        var text = LetterMutator.Mutate(original, random, operations);
        return new FuzzCase(seed, index, name, operations, text);
    }
}
