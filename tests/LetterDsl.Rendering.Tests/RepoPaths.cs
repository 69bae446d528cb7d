using System.IO;
using LetterDsl.Testing;

namespace LetterDsl.Rendering.Tests;

/// <summary>Paths in the repository the tests run from.</summary>
public static class RepoPaths
{
    /// <summary>The folder that holds <c>LetterDsl.sln</c>.</summary>
    public static string Root => RepositoryRoot.Path;

    public static string Docs => Path.Combine(Root, "docs");

    public static string SampleRecipients => Path.Combine(Root, "samples", "CoalitionLetters", "recipients.csv");
}
