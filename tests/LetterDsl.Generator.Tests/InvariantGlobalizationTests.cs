using System;
using System.Diagnostics;
using System.IO;
using System.Text;
using LetterDsl.Generator.Tests.Infrastructure;

namespace LetterDsl.Generator.Tests;

/// <summary>
/// A compiler may run in globalization-invariant mode (containers often do), where .NET knows no culture data. The
/// generator must check cultures and read literal dates there exactly as with full ICU: this runs the culture probe
/// letters through the generator in a child process in that mode and compares with this process.
/// </summary>
public sealed class InvariantGlobalizationTests
{
    private static readonly TimeSpan s_timeout = TimeSpan.FromSeconds(60);

    [Fact]
    public void TheGeneratorReportsAndEmitsTheSameWithoutCultureData()
    {
        Assert.False(CultureProbe.InvariantGlobalization, "The test process itself should have full culture data to compare with.");
        var expected = CultureProbe.Describe();

        var output = RunProbeInInvariantMode();

        Assert.StartsWith("invariant: True\n\n", output, StringComparison.Ordinal);
        Assert.Equal(expected, output.Substring("invariant: True\n\n".Length));
    }

    [Fact]
    public void TheProbeCoversDatesInEveryLanguageAndEachKindOfCultureDiagnostic()
    {
        var description = CultureProbe.Describe();

        // Each literal date in another language was read, and each culture check reported what it should.
        Assert.Contains("new global::System.DateOnly(2020, 12, 7)", description, StringComparison.Ordinal);
        Assert.Contains("new global::System.DateOnly(2004, 11, 17)", description, StringComparison.Ordinal);
        Assert.Contains("new global::System.DateOnly(2004, 12, 1)", description, StringComparison.Ordinal);
        Assert.Contains("LTR060 Warning", description, StringComparison.Ordinal);
        Assert.Contains("LTR015 Error", description, StringComparison.Ordinal);
        Assert.Contains("LTR016 Error", description, StringComparison.Ordinal);
        Assert.Contains("LTR042 Error", description, StringComparison.Ordinal);
    }

    private static string RunProbeInInvariantMode()
    {
        var assembly = typeof(CultureProbe).Assembly.Location;
        var outputFile = Path.Combine(Path.GetTempPath(), "letterdsl-culture-probe-" + Guid.NewGuid().ToString("N") + ".txt");
        var host = Environment.GetEnvironmentVariable("DOTNET_HOST_PATH");
        var start = new ProcessStartInfo(!string.IsNullOrEmpty(host) && File.Exists(host) ? host : "dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in new[] { "exec", assembly, CultureProbe.Command, outputFile })
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment["DOTNET_SYSTEM_GLOBALIZATION_INVARIANT"] = "1";
        try
        {
            using var process = Process.Start(start)!;
            var stderr = process.StandardError.ReadToEndAsync();
            var stdout = process.StandardOutput.ReadToEndAsync();
            if (!process.WaitForExit(s_timeout))
            {
                process.Kill(entireProcessTree: true);
                Assert.Fail($"The culture probe did not finish within {s_timeout}.");
            }

            process.WaitForExit();
            Assert.True(process.ExitCode == 0, $"The culture probe exited with {process.ExitCode}:\n{stdout.Result}\n{stderr.Result}");
            return File.ReadAllText(outputFile, Encoding.UTF8);
        }
        finally
        {
            File.Delete(outputFile);
        }
    }
}
