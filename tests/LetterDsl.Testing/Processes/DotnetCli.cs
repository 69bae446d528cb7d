using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Text;

namespace LetterDsl.Testing;

/// <summary>The outcome of one <c>dotnet</c> invocation: its exit code and everything it printed, interleaved.</summary>
public sealed record DotnetResult(string Command, int ExitCode, string Output)
{
    /// <summary>Fails with the full output unless the command succeeded, so a broken build explains itself.</summary>
    public DotnetResult ShouldSucceed()
    {
        Assert.True(ExitCode == 0, $"'{Command}' exited with {ExitCode}:\n{Output}");
        return this;
    }
}

/// <summary>
/// Runs the real <c>dotnet</c> CLI the way a user or CI does: no build servers or reused nodes that outlive the
/// test, no telemetry or banners, and a hard time limit after which the whole process tree is killed.
/// </summary>
public static class DotnetCli
{
    private static readonly TimeSpan DefaultTimeout = TimeSpan.FromMinutes(4);

    // Set by the `dotnet test` host for its own MSBuild; a child build must locate its SDK afresh.
    private static readonly string[] InheritedVariablesToDrop =
    {
        "MSBuildExtensionsPath", "MSBuildSDKsPath", "MSBUILD_EXE_PATH", "MSBuildLoadMicrosoftTargetsReadOnly",
    };

    public static DotnetResult Run(string workingDirectory, params string[] arguments) =>
        Run(workingDirectory, DefaultTimeout, arguments);

    public static DotnetResult Run(string workingDirectory, TimeSpan timeout, params string[] arguments)
    {
        var start = new ProcessStartInfo(DotnetPath())
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        foreach (var name in InheritedVariablesToDrop)
        {
            start.Environment.Remove(name);
        }

        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        start.Environment["DOTNET_NOLOGO"] = "1";
        start.Environment["DOTNET_SKIP_FIRST_TIME_EXPERIENCE"] = "1";
        start.Environment["MSBUILDDISABLENODEREUSE"] = "1";
        start.Environment["DOTNET_CLI_USE_MSBUILD_SERVER"] = "0";
        // A compiler server would outlive the test and hold its redirected output open.
        start.Environment["UseSharedCompilation"] = "false";

        var command = "dotnet " + string.Join(" ", arguments);
        var output = new StringBuilder();
        using var process = new Process { StartInfo = start };
        DataReceivedEventHandler append = (_, e) =>
        {
            if (e.Data is not null)
            {
                lock (output)
                {
                    output.Append(e.Data).Append('\n');
                }
            }
        };
        process.OutputDataReceived += append;
        process.ErrorDataReceived += append;
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();

        if (!process.WaitForExit(timeout))
        {
            process.Kill(entireProcessTree: true);
            process.WaitForExit();
            lock (output)
            {
                throw new TimeoutException($"'{command}' in {workingDirectory} did not finish within {timeout}:\n{output}");
            }
        }

        // The parameterless overload waits for the redirected streams to drain.
        process.WaitForExit();
        lock (output)
        {
            return new DotnetResult(command, process.ExitCode, output.ToString());
        }
    }

    /// <summary>Arguments every build gets: classic console logging that tests can parse, and no lingering nodes.</summary>
    public static IEnumerable<string> BuildSwitches => new[] { "-tl:off", "-nodeReuse:false" };

    private static string DotnetPath()
    {
        // The CLI that runs the tests exports its own path; use the same SDK for the builds under test.
        var host = Environment.GetEnvironmentVariable("DOTNET_HOST_PATH");
        return !string.IsNullOrEmpty(host) && File.Exists(host) ? host : "dotnet";
    }
}
