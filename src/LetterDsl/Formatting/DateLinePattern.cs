using System;

namespace LetterDsl.Formatting;

/// <summary>
/// A place–date line pattern ("{place}, le {date}", a culture's <see cref="CultureConventions.DateLine"/> or a letter's
/// <c>@label dateline</c>) cut at its two placeholders: <see cref="Before"/>, the first of the place and the date,
/// <see cref="Between"/>, the second, <see cref="After"/>.
/// </summary>
/// <remarks>The generator compiles this file too, to check <c>@label dateline</c> at build time with the rule the runtime applies.</remarks>
/// <param name="Before">The text before the first placeholder.</param>
/// <param name="Between">The text between the placeholders (", le ").</param>
/// <param name="After">The text after the second placeholder (the period of Brazilian "Brasília, 2 de fevereiro de 2018.").</param>
/// <param name="PlaceFirst">Whether the place comes before the date.</param>
internal sealed record DateLinePattern(string Before, string Between, string After, bool PlaceFirst)
{
    public const string Place = "{place}";
    public const string Date = "{date}";

    /// <summary>What is wrong with <paramref name="pattern"/>, or <see langword="null"/>: it needs <c>{place}</c> and <c>{date}</c> once each.</summary>
    public static string? Problem(string pattern)
    {
        int place = pattern.IndexOf(Place, StringComparison.Ordinal);
        int date = pattern.IndexOf(Date, StringComparison.Ordinal);
        bool once = place >= 0 && date >= 0
            && pattern.IndexOf(Place, place + 1, StringComparison.Ordinal) < 0
            && pattern.IndexOf(Date, date + 1, StringComparison.Ordinal) < 0;
        return once ? null : "the 'dateline' label needs '{place}' and '{date}' once each, such as '{place}, den {date}'";
    }

    /// <summary>Cuts <paramref name="pattern"/> at its placeholders.</summary>
    /// <exception cref="ArgumentException">The pattern does not hold <c>{place}</c> and <c>{date}</c> once each.</exception>
    public static DateLinePattern Parse(string pattern)
    {
        if (pattern is null)
        {
            throw new ArgumentNullException(nameof(pattern));
        }

        if (Problem(pattern) is { } problem)
        {
            throw new ArgumentException($"In '{pattern}', {problem}.", nameof(pattern));
        }

        int place = pattern.IndexOf(Place, StringComparison.Ordinal);
        int date = pattern.IndexOf(Date, StringComparison.Ordinal);
        bool placeFirst = place < date;
        int first = placeFirst ? place : date;
        int firstEnd = first + (placeFirst ? Place : Date).Length;
        int second = placeFirst ? date : place;
        int secondEnd = second + (placeFirst ? Date : Place).Length;
        return new DateLinePattern(
            pattern.Substring(0, first),
            pattern.Substring(firstEnd, second - firstEnd),
            pattern.Substring(secondEnd),
            placeFirst);
    }
}
