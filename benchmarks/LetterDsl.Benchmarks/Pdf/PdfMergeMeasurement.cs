using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Linq;
using CoalitionLetters;
using LetterDsl.Pdf;

namespace LetterDsl.Benchmarks.Pdf;

/// <summary>
/// <c>merge-pdf files|single N</c>: merges the sample's appeal for N recipients to PDF, one file per recipient or one
/// file of all, and prints the wall time, the working set every tenth of the way, and the process's peak working set.
/// A mode of its own, one merge per process, because the peak working set belongs to the whole process.
/// </summary>
public static class PdfMergeMeasurement
{
    public static int Run(string mode, int count)
    {
        List<Recipient> sample = RecipientCsv.Read(Path.Combine(AppContext.BaseDirectory, "recipients.csv")).ToList();
        IEnumerable<Recipient> recipients = Enumerable.Range(0, count).Select(i => sample[i % sample.Count] with { Name = $"{sample[i % sample.Count].Name} {i}" });
        string output = Path.Combine(Path.GetTempPath(), "letterdsl-merge-" + Guid.NewGuid().ToString("N"));
        var samples = new List<string>();
        int step = Math.Max(1, count / 10);
        void Report(LetterMergeProgress progress)
        {
            if (progress.Written % step == 0)
            {
                using Process self = Process.GetCurrentProcess();
                samples.Add($"{progress.Written}: {self.WorkingSet64 / (1024 * 1024)} MB");
            }
        }

        // One letter first, so the time is the merge's and not the JIT's or the font cache's.
        MinisterLetters.For(sample[0]).ToPdf();
        var clock = Stopwatch.StartNew();
        if (mode == "single")
        {
            PdfMerge.WriteFile(recipients, MinisterLetters.For, Path.Combine(output, "letters.pdf"), progress: new Progress(Report));
        }
        else
        {
            var options = new LetterMergeOptions { OutputDirectory = output, FileNameTemplate = "{Country}-{Name}", Renderer = PdfFileRenderer.Default };
            LetterMerge.WriteFiles(recipients, MinisterLetters.For, options, new Progress(Report));
        }

        clock.Stop();
        long bytes = Directory.GetFiles(output).Sum(f => new FileInfo(f).Length);
        using Process process = Process.GetCurrentProcess();
        Console.WriteLine($"merge-pdf {mode} {count}: {clock.Elapsed.TotalSeconds:0.00} s wall, {clock.Elapsed.TotalMilliseconds / count:0.00} ms per letter, "
            + $"peak working set {process.PeakWorkingSet64 / (1024 * 1024)} MB, {Directory.GetFiles(output).Length} files, {bytes / 1024} KB");
        Console.WriteLine("working set after n letters: " + string.Join(", ", samples));
        Directory.Delete(output, recursive: true);
        return 0;
    }

    private sealed class Progress(Action<LetterMergeProgress> report) : IProgress<LetterMergeProgress>
    {
        public void Report(LetterMergeProgress value) => report(value);
    }
}
