using System.Collections.Generic;
using System.Globalization;
using System.IO;
using LetterDsl.Generator.Tests.Infrastructure;
using LetterDsl.Testing;
using LetterDsl.Testing.Letters;

namespace LetterDsl.Generator.Tests;

/// <summary>
/// The generated source of the sample's letters and of a letter that uses every construct, against checked-in
/// snapshots. The letters get fixed fake paths, so the #line directives are the same on every machine.
/// </summary>
public sealed class SnapshotTests
{
    private const string ProjectDirectory = "/CoalitionLetters/";

    private static string SnapshotDirectory => Path.Combine(RepositoryPaths.TestProject, "Snapshots");

    [Theory]
    [InlineData("Asp19Appeal.letter", "Asp19Appeal")]
    [InlineData("KampalaReviewConference.letter", "KampalaReviewConferenceLetter")]
    public void SampleLetterSourceMatchesSnapshot(string fileName, string className)
    {
        var run = GeneratorHarness.RunLetter(
            File.ReadAllText(RepositoryPaths.SampleLetter(fileName)),
            ProjectDirectory + "Letters/" + fileName,
            TestAnalyzerConfigOptionsProvider.ForProject("CoalitionLetters", ProjectDirectory));

        run.AssertClean();
        Snapshot.Match(run.Source(className), SnapshotDirectory, className, ".cs");
    }

    [Fact]
    public void FeatureTourSourceMatchesSnapshot()
    {
        var run = RunFeatureTour();

        run.AssertClean();
        Snapshot.Match(run.Source("FeatureTour"), SnapshotDirectory, "FeatureTour", ".cs");
    }

    [Theory]
    [InlineData("tr-TR")]
    [InlineData("fr-FR")]
    [InlineData("ar-SA")]
    public void SourceIsByteIdenticalUnderAnyCurrentCulture(string cultureName)
    {
        var invariant = RunUnder(CultureInfo.InvariantCulture);
        var other = RunUnder(CultureInfo.GetCultureInfo(cultureName));

        Assert.Equal(invariant, other);
    }

    [Fact]
    public void FeatureTourRendersTextThatNeedsEscapingVerbatim()
    {
        using var letters = RunFeatureTour().Load();
        var letter = letters.Create("Tests.Letters.FeatureTour", new Dictionary<string, object?>
        {
            ["Date"] = new System.DateOnly(2020, 12, 7),
            ["Session"] = 19,
            ["Recipient"] = "The Minister",
            ["Urgent"] = true,
            ["Note"] = null,
            ["Items"] = new[] { "alpha", "beta" },
        });

        var text = letter.ToText();

        Assert.Contains("After a hard break: \"quotes\", back\\slash \\n, \"\"\"triple\"\"\", */ and naïve café – 日本 🎉.", text);
        Assert.Contains("Ada \"Countess\" Lovelace", text);
        Assert.Contains("Coalition \"Letters\" \\ Co", text);
        Assert.Contains("Genève, 7 December 2020", text);
    }

    private static string RunUnder(CultureInfo culture)
    {
        var (current, currentUi) = (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture);
        CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = culture;
        try
        {
            return RunFeatureTour().Source("FeatureTour");
        }
        finally
        {
            (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture) = (current, currentUi);
        }
    }

    private static GeneratorRun RunFeatureTour() =>
        GeneratorHarness.RunLetter(File.ReadAllText(RepositoryPaths.TestLetter("FeatureTour.letter")), "/letters/FeatureTour.letter");
}
