using System;
using System.IO;

namespace LetterDsl.Rendering.Tests;

/// <summary>Paths in the repository the tests run from.</summary>
public static class RepoPaths
{
    /// <summary>The folder that holds <c>LetterDsl.sln</c>.</summary>
    public static string Root { get; } = FindRoot();

    public static string Docs => Path.Combine(Root, "docs");

    public static string SampleRecipients => Path.Combine(Root, "samples", "CoalitionLetters", "recipients.csv");

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "LetterDsl.sln")))
            {
                return dir.FullName;
            }
        }

        throw new DirectoryNotFoundException("No LetterDsl.sln above " + AppContext.BaseDirectory);
    }
}
