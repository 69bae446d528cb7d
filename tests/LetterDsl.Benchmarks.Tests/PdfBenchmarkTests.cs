using System;
using System.IO;
using System.Text;
using LetterDsl.Benchmarks.Pdf;

namespace LetterDsl.Benchmarks.Tests;

/// <summary>The PDF benchmarks measure what they say: each row renders the 2020 seed in its format, and the merge mode runs.</summary>
public class PdfBenchmarkTests
{
    [Fact]
    public void ThePdfAndDocxRowsRenderTheLetterInTheirFormats()
    {
        var benchmarks = new PdfBenchmarks();
        benchmarks.Setup();
        try
        {
            Assert.StartsWith("%PDF-", Encoding.ASCII.GetString(benchmarks.ToPdf(), 0, 5), StringComparison.Ordinal);
            Assert.Equal("PK", Encoding.ASCII.GetString(benchmarks.ToDocx(), 0, 2));
        }
        finally
        {
            benchmarks.Cleanup();
        }
    }

    [Fact]
    public void TheMergeModeMergesAndReportsTimeAndMemory()
    {
        var output = new StringWriter();
        TextWriter console = Console.Out;
        Console.SetOut(output);
        try
        {
            Assert.Equal(0, PdfMergeMeasurement.Run("files", 20));
            Assert.Equal(0, PdfMergeMeasurement.Run("single", 20));
        }
        finally
        {
            Console.SetOut(console);
        }

        Assert.Contains("merge-pdf files 20:", output.ToString(), StringComparison.Ordinal);
        Assert.Contains("20 files", output.ToString(), StringComparison.Ordinal);
        Assert.Contains("merge-pdf single 20:", output.ToString(), StringComparison.Ordinal);
        Assert.Contains("1 files", output.ToString(), StringComparison.Ordinal);
    }
}
