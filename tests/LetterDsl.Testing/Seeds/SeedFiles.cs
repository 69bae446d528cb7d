using System;
using System.IO;

namespace LetterDsl.Testing;

/// <summary>Finds the seed letters in the repository's <c>seeds/</c> folder.</summary>
public static class SeedFiles
{
    public const string Letter2010 = "000_6f2720748feaff1f.txt";
    public const string Letter2020 = "004_ab4f09f7c5eb413a.txt";

    public static string Read(string name) => File.ReadAllText(Path.Combine(Directory(), name));

    /// <summary>The body of a seed: the lines after the first line equal to <paramref name="salutation"/> and
    /// before the first later line equal to <paramref name="closing"/>.</summary>
    public static string Body(string name, string salutation, string closing)
    {
        string text = Read(name).Replace("\r\n", "\n");
        int start = text.IndexOf("\n" + salutation + "\n", StringComparison.Ordinal);
        int end = text.IndexOf("\n" + closing + "\n", start + 1, StringComparison.Ordinal);
        if (start < 0 || end < 0)
        {
            throw new InvalidOperationException($"{name} has no '{salutation}' … '{closing}' body.");
        }

        start += salutation.Length + 2;
        return text[start..end];
    }

    private static string Directory() => Path.Combine(LetterDsl.Testing.RepositoryRoot.Path, "seeds");
}
