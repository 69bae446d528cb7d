using System;
using CoalitionLetters.Letters;
using LetterDsl;

namespace CoalitionLetters;

/// <summary>The personalised appeal for the mail merge, with the session's values.</summary>
public static class MinisterLetters
{
    /// <summary>The appeal to <paramref name="recipient"/> before the 19th session.</summary>
    public static MinisterAppeal For(Recipient recipient) => new()
    {
        Recipient = recipient,
        Session = 19,
        Date = new DateOnly(2020, 12, 7),
        HagueDates = new DateRange(new DateOnly(2020, 12, 14), new DateOnly(2020, 12, 16)),
    };
}
