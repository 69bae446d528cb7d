using BenchmarkDotNet.Attributes;
using Microsoft.CodeAnalysis;

namespace LetterDsl.Benchmarks.Generation;

/// <summary>
/// The generator in-process over 1, 100 and 1,000 letters: a cold run (a new driver, as when a project opens), and
/// the re-runs the IDE makes on a keystroke, in a letter or in an unrelated C# file, from an already warm driver.
/// </summary>
/// <remarks>
/// A fixed, shorter job than BenchmarkDotNet's default: with the default, a cold run over 1,000 letters let the
/// whole command take over 15 minutes on two busy cores, most of it spent adding iterations to settle the noise.
/// </remarks>
[MemoryDiagnoser]
[SimpleJob(launchCount: 1, warmupCount: 5, iterationCount: 20)]
public class GeneratorBenchmarks
{
    private GeneratorWorkload _workload = null!;
    private GeneratorDriver _warm = null!;

    [Params(1, 100, 1000)]
    public int Letters { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _workload = new GeneratorWorkload(Letters, trackSteps: false);
        _warm = _workload.RunCold();
    }

    [Benchmark(Description = "Cold run")]
    public GeneratorDriver Cold() => _workload.RunCold();

    [Benchmark(Description = "Re-run after editing one letter")]
    public GeneratorDriver EditOneLetter() => _workload.RunAfterLetterEdit(_warm);

    [Benchmark(Description = "Re-run after editing an unrelated .cs file")]
    public GeneratorDriver EditUnrelatedCSharp() => _workload.RunAfterCSharpEdit(_warm);
}
