using System;
using BenchmarkDotNet.Running;
using LetterDsl.Benchmarks.Pdf;

namespace LetterDsl.Benchmarks;

/// <summary>
/// Runs the benchmarks BenchmarkDotNet's command line selects: <c>--filter '*'</c> runs every one. <c>merge-pdf
/// files|single N</c> measures a merge of N letters to PDF instead (wall time and peak working set).
/// </summary>
public static class Program
{
    public static int Main(string[] args)
    {
        if (args.Length == 3 && args[0] == "merge-pdf" && args[1] is "files" or "single" && int.TryParse(args[2], out int count) && count > 0)
        {
            return PdfMergeMeasurement.Run(args[1], count);
        }

        BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
        return 0;
    }
}
