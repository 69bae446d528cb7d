using System;
using System.IO;
using LetterDsl.Testing;

namespace LetterDsl.Cli.Tests.Infrastructure;

/// <summary>A fresh folder for one test, deleted afterwards, shielded from any Directory.Build.* above the temp folder.</summary>
public sealed class TempFolder : IDisposable
{
    public TempFolder()
    {
        Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "letterdsl-cli-tests", Guid.NewGuid().ToString("N")[..12]);
        Directory.CreateDirectory(Path);
        File.WriteAllText(System.IO.Path.Combine(Path, "Directory.Build.props"), "<Project />\n");
        File.WriteAllText(System.IO.Path.Combine(Path, "Directory.Build.targets"), "<Project />\n");
    }

    public string Path { get; }

    /// <summary>Writes <paramref name="content"/> to <paramref name="relativePath"/>, creating folders, and returns the full path.</summary>
    public string Write(string relativePath, string content) => LetterDsl.Testing.ConsumerFiles.Write(Path, relativePath, content);

    public void Dispose()
    {
        try
        {
            Directory.Delete(Path, recursive: true);
        }
        catch (IOException)
        {
            // A build server may still hold a file for a moment; the OS cleans the temp folder eventually.
        }
        catch (UnauthorizedAccessException)
        {
        }
    }
}
