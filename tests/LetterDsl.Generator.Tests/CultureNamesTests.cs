using System;
using System.IO;
using System.Linq;
using LetterDsl.Formatting;
using LetterDsl.Generator.Parsing;
using LetterDsl.Generator.Tests.Infrastructure;

namespace LetterDsl.Generator.Tests;

/// <summary>The culture list compiled into the generator, which <c>@culture</c> is checked against on every machine.</summary>
public sealed class CultureNamesTests
{
    private static readonly string[] s_listed = File.ReadAllLines(Path.Combine(RepositoryPaths.Root, "src", "LetterDsl.Generator", "Parsing", "CultureNames.txt"))
        .Where(line => line.Length > 0 && line[0] != '#')
        .ToArray();

    [Fact]
    public void TheListIsSortedWithoutDuplicatesAndHoldsEveryCultureWithConventions()
    {
        Assert.Equal(s_listed.Order(StringComparer.Ordinal), s_listed);
        Assert.Equal(s_listed.Length, s_listed.Distinct(StringComparer.OrdinalIgnoreCase).Count());
        Assert.All(CultureNames.Common, name => Assert.Contains(name, s_listed));
        Assert.Equal(CultureConventions.All.Count - 1, CultureNames.Common.Count());
    }

    [Theory]
    [InlineData("en-GB", "en-GB")]
    [InlineData("EN-gb", "en-GB")]
    [InlineData("de-AT", "de-AT")]
    [InlineData("zh-Hant-TW", "zh-Hant-TW")]
    [InlineData("fr", "fr")]
    public void AListedNameIsKnownAndSpelledAsListed(string name, string canonical)
    {
        Assert.True(CultureNames.TryGetCanonical(name, out var actual));
        Assert.Equal(canonical, actual);
    }

    [Theory]
    [InlineData("en-UK")]
    [InlineData("xx-YY")]
    [InlineData("klingon")]
    [InlineData("")]
    public void AnyOtherNameIsUnknown(string name) => Assert.False(CultureNames.TryGetCanonical(name, out _));
}
