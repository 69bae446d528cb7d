using System;
using System.Diagnostics;
using System.IO;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Filters;
using BenchmarkDotNet.Jobs;
using CoalitionLetters;
using CoalitionLetters.Letters;
using LetterDsl.Docx;
using LetterDsl.Pdf;

namespace LetterDsl.Benchmarks.Pdf;

/// <summary>
/// The 2020 seed letter (two pages) as a printable document three ways in one run: <c>ToPdf()</c> (the baseline),
/// <c>ToDocx()</c>, and headless Chromium printing the letter's <c>ToHtml()</c> to PDF, the way to a PDF before
/// LetterDsl.Pdf. The Chromium row runs only where <c>/usr/bin/chromium</c> is installed.
/// </summary>
[MemoryDiagnoser]
[Config(typeof(ChromiumWhereInstalled))]
public class PdfBenchmarks
{
    public const string Chromium = "/usr/bin/chromium";

    private readonly Asp19Appeal _letter = SeedLetters.Asp2020();
    private string _work = "";
    private string _html = "";

    [GlobalSetup]
    public void Setup()
    {
        _work = Path.Combine(Path.GetTempPath(), "letterdsl-bench-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(_work);
        _html = Path.Combine(_work, "letter.html");
        File.WriteAllText(_html, _letter.ToHtml());
    }

    [GlobalCleanup]
    public void Cleanup() => Directory.Delete(_work, recursive: true);

    /// <summary>LetterDsl.Pdf, in-process.</summary>
    [Benchmark(Baseline = true, Description = "ToPdf()")]
    public byte[] ToPdf() => _letter.ToPdf();

    /// <summary>LetterDsl.Docx, for comparison with the other page format.</summary>
    [Benchmark(Description = "ToDocx()")]
    public byte[] ToDocx() => _letter.ToDocx();

    /// <summary>Headless Chromium printing the same letter's HTML to PDF: a process per letter, as a merge would run it.</summary>
    [Benchmark(Description = "Chromium --print-to-pdf of ToHtml()")]
    public long ChromiumPrintToPdf()
    {
        string pdf = Path.Combine(_work, "letter.pdf");
        var start = new ProcessStartInfo(Chromium) { RedirectStandardError = true, RedirectStandardOutput = true, UseShellExecute = false };
        foreach (string argument in new[]
        {
            "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking",
            "--disable-component-update", "--disable-sync", "--user-data-dir=" + Path.Combine(_work, "profile"),
            "--no-pdf-header-footer", "--print-to-pdf=" + pdf, new Uri(_html).AbsoluteUri,
        })
        {
            start.ArgumentList.Add(argument);
        }

        using Process process = Process.Start(start)!;
        process.StandardOutput.ReadToEnd();
        process.StandardError.ReadToEnd();
        process.WaitForExit();
        return new FileInfo(pdf).Length;
    }

    /// <summary>Runs the Chromium row only where Chromium is installed, and each row with a short fixed job: a Chromium
    /// print takes about a second, and BenchmarkDotNet's default job would run it for minutes.</summary>
    private sealed class ChromiumWhereInstalled : ManualConfig
    {
        public ChromiumWhereInstalled()
        {
            AddJob(Job.Default.WithLaunchCount(1).WithWarmupCount(3).WithIterationCount(15));
            AddFilter(new SimpleFilter(benchmark => benchmark.Descriptor.WorkloadMethod.Name != nameof(ChromiumPrintToPdf) || File.Exists(Chromium)));
        }
    }
}
