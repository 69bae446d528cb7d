using System;
using System.IO;
using System.Threading;
using System.Threading.Tasks;

namespace LetterDsl.Cli.Tests.Infrastructure;

/// <summary>What one run of the tool did: its exit code, standard output (text and bytes) and standard error.</summary>
public sealed record CliRun(int ExitCode, string Out, string Error, byte[] BinaryOut)
{
    /// <summary>Runs the tool in-process through its entry point, with standard output as a terminal (so binary output is refused).</summary>
    public static CliRun InProcess(params string[] args) => Start(args, binaryOut: false, CancellationToken.None).GetAwaiter().GetResult();

    /// <summary>Runs the tool in-process with standard output redirected, as in a pipe.</summary>
    public static CliRun Piped(params string[] args) => Start(args, binaryOut: true, CancellationToken.None).GetAwaiter().GetResult();

    /// <summary>Starts the tool in-process; <paramref name="stop"/> stands in for Ctrl+C.</summary>
    public static async Task<CliRun> Start(string[] args, bool binaryOut, CancellationToken stop, TextWriter? output = null)
    {
        var text = output ?? new StringWriter();
        var error = new StringWriter();
        using var bytes = new MemoryStream();
        var console = CliConsole.ForWriters(text, error, binaryOut ? bytes : null, stop);
        var exitCode = await LetterDslCli.RunAsync(args, console);
        return new CliRun(exitCode, text.ToString()!, error.ToString(), bytes.ToArray());
    }

    /// <summary>Fails with everything the tool printed unless it exited with <paramref name="expected"/>.</summary>
    public CliRun ShouldExit(int expected)
    {
        Assert.True(ExitCode == expected, $"Expected exit code {expected}, got {ExitCode}.\nstdout:\n{Out}\nstderr:\n{Error}");
        // Every failure is a message: a stack trace line would start with "   at ".
        Assert.DoesNotContain("   at ", Error, StringComparison.Ordinal);
        return this;
    }
}
