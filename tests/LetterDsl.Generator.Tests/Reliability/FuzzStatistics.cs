using System;
using System.Collections.Generic;
using System.Globalization;
using System.Runtime.InteropServices;

namespace LetterDsl.Generator.Tests.Reliability;

/// <summary>The figures of a fuzz run, as docs/reliability.md records them.</summary>
internal sealed class FuzzStatistics
{
    private readonly List<double> _milliseconds = new();

    public int Cases => _milliseconds.Count;

    public int Accepted { get; private set; }

    public int CompileChecks { get; private set; }

    /// <summary>Accepted cases whose generated code equals that of an earlier case that compiled, apart from the path in its #line directives.</summary>
    public int CompiledBefore { get; set; }

    public TimeSpan CompileTime { get; private set; }

    public void AddCompile(int cases, TimeSpan elapsed)
    {
        CompileChecks += cases;
        CompileTime += elapsed;
    }

    public void Add(FuzzResult result)
    {
        _milliseconds.Add(result.Elapsed.TotalMilliseconds);
        if (result.Accepted)
        {
            Accepted++;
        }
    }

    public string Summary(int seed, TimeSpan total)
    {
        var sorted = new List<double>(_milliseconds);
        sorted.Sort();
        double Percentile(double p) => sorted.Count == 0 ? 0 : sorted[Math.Min(sorted.Count - 1, (int)Math.Ceiling(p * sorted.Count) - 1)];
        return string.Format(
            CultureInfo.InvariantCulture,
            "fuzz seed {0}: {1} cases, {2} accepted, {3} rejected, {4} compiled ({12:F1} s) and {13} identical to code compiled before; per case median {5:F2} ms, p99 {6:F2} ms, max {7:F1} ms; total {8:F1} s on {9} ({10} cores, {11})",
            seed,
            Cases,
            Accepted,
            Cases - Accepted,
            CompileChecks,
            Percentile(0.5),
            Percentile(0.99),
            sorted.Count == 0 ? 0 : sorted[sorted.Count - 1],
            total.TotalSeconds,
            RuntimeInformation.OSDescription,
            Environment.ProcessorCount,
            RuntimeInformation.FrameworkDescription,
            CompileTime.TotalSeconds,
            CompiledBefore);
    }
}
