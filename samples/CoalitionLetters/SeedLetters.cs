using System;
using System.Collections.Generic;
using CoalitionLetters.Letters;
using LetterDsl;

namespace CoalitionLetters;

/// <summary>The seed letters with the values they were sent with.</summary>
public static class SeedLetters
{
    /// <summary>The ICRtoP letter of 21 May 2010 about the Kampala Review Conference.</summary>
    public static KampalaReviewConferenceLetter Kampala2010() => new()
    {
        Date = new DateOnly(2010, 5, 21),
        ConferenceDates = new DateRange(new DateOnly(2010, 5, 31), new DateOnly(2010, 6, 11)),
    };

    /// <summary>The Coalition for the ICC's appeal of 7 December 2020 before the 19th Assembly session.</summary>
    public static Asp19Appeal Asp2020() => new()
    {
        Session = 19,
        Date = new DateOnly(2020, 12, 7),
        HagueDates = new DateRange(new DateOnly(2020, 12, 14), new DateOnly(2020, 12, 16)),
        NewYorkDates = new DateRange(new DateOnly(2020, 12, 17), new DateOnly(2020, 12, 23)),
    };

    /// <summary>Both letters, oldest first.</summary>
    public static IEnumerable<ILetter> All()
    {
        yield return Kampala2010();
        yield return Asp2020();
    }
}
