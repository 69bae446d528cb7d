using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using LetterDsl.Generator.Tests.Infrastructure;

namespace LetterDsl.Generator.Tests.Reliability;

/// <summary>The real letters the reliability tests start from: the sample's and this project's test letters.</summary>
internal static class InputLetters
{
    private static readonly Lazy<IReadOnlyList<(string Name, string Text)>> s_all = new(Load);

    /// <summary>Each letter's file name and text, ordered by name so a seed picks the same letter everywhere.</summary>
    public static IReadOnlyList<(string Name, string Text)> All => s_all.Value;

    private static IReadOnlyList<(string Name, string Text)> Load()
    {
        var samples = Directory.GetFiles(Path.Combine(RepositoryPaths.Root, "samples", "CoalitionLetters", "Letters"), "*.letter");
        var tests = Directory.GetFiles(Path.Combine(RepositoryPaths.TestProject, "TestLetters"), "*.letter");
        var letters = samples.Concat(tests)
            .OrderBy(path => Path.GetFileName(path), StringComparer.Ordinal)
            .Select(path => (Path.GetFileName(path), File.ReadAllText(path)))
            .ToList();
        Assert.True(letters.Count >= 4, "Expected the sample and test letters, found " + letters.Count);
        return letters;
    }
}
