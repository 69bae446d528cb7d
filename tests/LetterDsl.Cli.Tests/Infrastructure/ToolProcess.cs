using System;
using System.Diagnostics;
using System.IO;
using System.Text;
using System.Threading.Tasks;
using LetterDsl.Testing;

namespace LetterDsl.Cli.Tests.Infrastructure;

/// <summary>
/// The built tool, <c>dotnet LetterDsl.Cli.dll</c>, run as a process the way a user runs it: standard output kept as
/// bytes, so a test can compare them with a letter's own rendering, and standard error as text.
/// </summary>
public sealed class ToolProcess : IDisposable
{
    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(1);

    private readonly Process _process;
    private readonly MemoryStream _out = new();
    private readonly StringBuilder _error = new();
    private readonly Task _outCopied;

    private ToolProcess(Process process)
    {
        _process = process;
        _outCopied = CopyOut();
        _process.ErrorDataReceived += (_, e) =>
        {
            if (e.Data is not null)
            {
                lock (_error)
                {
                    _error.Append(e.Data).Append('\n');
                }
            }
        };
        _process.BeginErrorReadLine();
    }

    /// <summary>The tool built beside this test assembly's configuration (Debug or Release).</summary>
    public static string ToolPath { get; } = Path.Combine(
        RepositoryRoot.Path, "src", "LetterDsl.Cli", "bin", Samples.Configuration, "net10.0", "LetterDsl.Cli.dll");

    public int Id => _process.Id;

    public static ToolProcess Start(string workingDirectory, params string[] arguments)
    {
        var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host ? host : "dotnet")
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(ToolPath);
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        return new ToolProcess(Process.Start(start)!);
    }

    /// <summary>Standard output so far, as UTF-8 text.</summary>
    public string OutText()
    {
        lock (_out)
        {
            return Encoding.UTF8.GetString(_out.ToArray());
        }
    }

    /// <summary>Waits for the tool to exit; returns its exit code, standard output's bytes and standard error.</summary>
    public async Task<(int ExitCode, byte[] Out, string Error)> Exit()
    {
        var exited = _process.WaitForExitAsync();
        Assert.True(await Task.WhenAny(exited, Task.Delay(Timeout)) == exited, $"The tool did not exit within {Timeout}:\n{OutText()}");
        await _outCopied;
        _process.WaitForExit();
        lock (_out)
        {
            lock (_error)
            {
                return (_process.ExitCode, _out.ToArray(), _error.ToString());
            }
        }
    }

    public void Dispose()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
        }

        _process.Dispose();
    }

    private async Task CopyOut()
    {
        var buffer = new byte[4096];
        int read;
        while ((read = await _process.StandardOutput.BaseStream.ReadAsync(buffer)) > 0)
        {
            lock (_out)
            {
                _out.Write(buffer, 0, read);
            }
        }
    }
}
