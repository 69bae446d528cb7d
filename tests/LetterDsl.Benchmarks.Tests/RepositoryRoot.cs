using System;
using System.IO;

namespace LetterDsl.Benchmarks.Tests;

/// <summary>Finds the repository from the test's output folder, for the seed letters.</summary>
internal static class RepositoryRoot
{
    public static string Path { get; } = Find();

    private static string Find()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(System.IO.Path.Combine(directory.FullName, "LetterDsl.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException("LetterDsl.sln was not found above " + AppContext.BaseDirectory + ".");
    }
}
