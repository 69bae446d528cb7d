using System.IO;
using LetterDsl.Testing;

namespace LetterDsl.Cli.Tests.Infrastructure;

/// <summary>Paths of the sample app and its letters, which the tool's output is compared with.</summary>
public static class Samples
{
    /// <summary>The configuration these tests were built in (Debug or Release), and so the sample and the tool too.</summary>
    public static string Configuration { get; } = new DirectoryInfo(System.AppContext.BaseDirectory).Parent!.Name;

    public static string Project { get; } = Path.Combine(RepositoryRoot.Path, "samples", "CoalitionLetters", "CoalitionLetters.csproj");

    public static string LettersFolder { get; } = Path.Combine(RepositoryRoot.Path, "samples", "CoalitionLetters", "Letters");

    public static string Asp19Appeal { get; } = Path.Combine(LettersFolder, "Asp19Appeal.letter");

    public static string Kampala { get; } = Path.Combine(LettersFolder, "KampalaReviewConference.letter");

    public static string MinisterAppeal { get; } = Path.Combine(LettersFolder, "MinisterAppeal.letter");
}
