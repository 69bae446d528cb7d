using System;
using CoalitionLetters.Letters;

namespace LetterDsl.Benchmarks.Rendering;

/// <summary>The values the 2020 seed letter is rendered with, read from the generated letter so every renderer gets the same ones.</summary>
public sealed record Asp2020Values(
    LetterCulture Culture,
    int Session,
    string Place,
    DateOnly Date,
    DateRange HagueDates,
    DateRange? NewYorkDates,
    Signatory Signatory)
{
    /// <summary>The values of <paramref name="letter"/>, with its culture (<c>@culture en-GB</c>).</summary>
    public static Asp2020Values From(Asp19Appeal letter) => new(
        LetterCulture.Get("en-GB"),
        letter.Session,
        letter.Place,
        letter.Date,
        letter.HagueDates,
        letter.NewYorkDates,
        letter.Signatories[0]);
}
