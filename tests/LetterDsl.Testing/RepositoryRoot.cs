using System;
using System.IO;

namespace LetterDsl.Testing;

/// <summary>
/// Finds the repository the tests were built from, by walking up from the test binaries to the folder with
/// <c>LetterDsl.sln</c>. Not from [CallerFilePath]: a CI build (ContinuousIntegrationBuild) maps it to "/_/".
/// </summary>
public static class RepositoryRoot
{
    /// <summary>The folder that holds <c>LetterDsl.sln</c>.</summary>
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

        throw new DirectoryNotFoundException("LetterDsl.sln was not found above " + AppContext.BaseDirectory + ".");
    }
}
