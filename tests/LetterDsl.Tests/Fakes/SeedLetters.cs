using LetterDsl.Testing;
using LetterDsl.Testing.Letters;

namespace LetterDsl.Tests.Fakes;

/// <summary>The two seed letters rebuilt as <see cref="FakeLetter"/>s; their bodies are read from the seed files.</summary>
public static class SeedLetters
{
    public static FakeLetter Appeal2020() => new(
        "The Hague, 7 December 2020",
        "Excellency,",
        SeedFiles.Body(SeedFiles.Letter2020, "Excellency,", "Sincerely,"),
        "Sincerely,",
        new Signatory("Melinda Reed", "Acting Convenor", "Coalition for the International Criminal Court"));

    public static FakeLetter Kampala2010() => new(
        "May 21, 2010",
        "Excellency,",
        SeedFiles.Body(SeedFiles.Letter2010, "Excellency,", "Sincerely,"),
        "Sincerely,",
        new Signatory("Doris Mpoumou", "Director", "ICRtoP"),
        new Signatory("Andres Serbin", "Chair", "ICRtoP"));
}
