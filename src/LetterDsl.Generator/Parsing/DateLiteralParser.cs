using System;
using System.Collections.Generic;
using System.Globalization;
using LetterDsl.Formatting;

namespace LetterDsl.Generator.Parsing;

/// <summary>
/// Reads a literal <c>@date</c> ("May 21, 2010", "7 December 2020", "7. Dezember 2020", "17 de noviembre de 2004",
/// "2020-12-07") and checks that the day exists, so "February 30, 2021" fails the build instead of the printed letter.
/// Month names come from the letter's <see cref="CultureConventions"/> and English, never from the machine's culture
/// data, so every build reads a letter the same way.
/// </summary>
internal static class DateLiteralParser
{
    // An abbreviation is the start of one month's name ("Dez.", "Sept", "juil."); shorter ones are too ambiguous.
    private const int MinimumAbbreviation = 3;

    private static readonly string[] s_english = CultureConventions.For("en-US").Months!;

    public static bool TryParse(string text, CultureConventions conventions, out (int Year, int Month, int Day) date, out string error)
    {
        date = default;
        error = "";
        var words = Words(text, conventions);
        int year, month, day;
        if (words.Count == 1 && TryIso(words[0], out year, out month, out day))
        {
            // ISO 8601: nothing culture-specific to read.
        }
        else if (words.Count == 3 && TryMonth(words[0], conventions, out month) && TryNumber(words[1], out day) && TryNumber(words[2], out year))
        {
            // "May 21, 2010"
        }
        else if (words.Count == 3 && TryDay(words[0], conventions, out day) && TryMonth(words[1], conventions, out month) && TryNumber(words[2], out year))
        {
            // "7 December 2020", "7. Dezember 2020", "1er décembre 2020"
        }
        else
        {
            error = MonthProblem(words, conventions) ?? "it is not in a recognised date form";
            return false;
        }

        if (year < 1 || year > 9999)
        {
            error = "the year must be between 1 and 9999";
            return false;
        }

        if (month < 1 || month > 12)
        {
            error = "the month must be between 1 and 12";
            return false;
        }

        var days = DateTime.DaysInMonth(year, month);
        if (day < 1 || day > days)
        {
            error = $"{s_english[month - 1]} {year.ToString(CultureInfo.InvariantCulture)} has {days.ToString(CultureInfo.InvariantCulture)} days";
            return false;
        }

        date = (year, month, day);
        return true;
    }

    /// <summary>
    /// The date's words without commas, a period that ends a word ("7." and "Dez."), and the words the culture's date
    /// pattern writes between the numbers and the month (the "de" of "d 'de' MMMM 'de' yyyy").
    /// </summary>
    private static List<string> Words(string text, CultureConventions conventions)
    {
        var joining = JoiningWords(conventions.DatePattern);
        var words = new List<string>();
        foreach (var word in text.Replace(",", " ").Replace(". ", " ").Split(new[] { ' ', '\t' }, StringSplitOptions.RemoveEmptyEntries))
        {
            if (!joining.Contains(word))
            {
                words.Add(word);
            }
        }

        return words;
    }

    /// <summary>The words in quotes in a .NET date pattern ("de" twice in "d 'de' MMMM 'de' yyyy").</summary>
    private static HashSet<string> JoiningWords(string? pattern)
    {
        var words = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var open = -1;
        for (var i = 0; pattern is not null && i < pattern.Length; i++)
        {
            if (pattern[i] != '\'')
            {
                continue;
            }

            if (open < 0)
            {
                open = i;
                continue;
            }

            foreach (var word in pattern.Substring(open + 1, i - open - 1).Split(' '))
            {
                if (word.Length > 0)
                {
                    words.Add(word);
                }
            }

            open = -1;
        }

        return words;
    }

    /// <summary>
    /// When the date has the shape of one written with the month's name but the name is not one LetterDsl reads, says
    /// which names it reads; a date in a language without conventions can always be written in English or ISO form.
    /// </summary>
    private static string? MonthProblem(List<string> words, CultureConventions conventions)
    {
        var names = words.FindAll(word => !TryDay(word, conventions, out _) && !TryNumber(word, out _));
        if (words.Count != 3 || names.Count != 1)
        {
            return null;
        }

        return conventions.Months is null
            ? $"'{names[0]}' is not an English month name, and LetterDsl reads no other month names for a culture without letter conventions"
            : $"'{names[0]}' is not a month name in '{conventions.Name}' or in English";
    }

    private static bool TryIso(string text, out int year, out int month, out int day)
    {
        year = month = day = 0;
        var parts = text.Split('-');
        return parts.Length == 3 && parts[0].Length == 4 && parts[1].Length == 2 && parts[2].Length == 2
            && TryNumber(parts[0], out year) && TryNumber(parts[1], out month) && TryNumber(parts[2], out day);
    }

    private static bool TryNumber(string text, out int value) =>
        int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out value);

    /// <summary>A day of the month: "7", "7." or the culture's way of writing the first ("1er", "1º").</summary>
    private static bool TryDay(string text, CultureConventions conventions, out int day)
    {
        if (conventions.FirstDay is { } first && string.Equals(text, first, StringComparison.OrdinalIgnoreCase))
        {
            day = 1;
            return true;
        }

        return TryNumber(text.TrimEnd('.'), out day);
    }

    private static bool TryMonth(string text, CultureConventions conventions, out int month)
    {
        var word = text.TrimEnd('.');
        month = 0;
        return (conventions.Months is { } names && TryMonth(word, names, out month)) || TryMonth(word, s_english, out month);
    }

    /// <summary>A month by its name or by the start of exactly one name, without regard to case.</summary>
    private static bool TryMonth(string word, string[] names, out int month)
    {
        month = Array.FindIndex(names, name => string.Equals(name, word, StringComparison.OrdinalIgnoreCase)) + 1;
        if (month != 0 || word.Length < MinimumAbbreviation)
        {
            return month != 0;
        }

        for (var i = 0; i < names.Length; i++)
        {
            if (word.Length < names[i].Length && string.Compare(names[i], 0, word, 0, word.Length, StringComparison.OrdinalIgnoreCase) == 0)
            {
                if (month != 0)
                {
                    // The start of two names ("jui" of "juin" and "juillet") names neither.
                    month = 0;
                    return false;
                }

                month = i + 1;
            }
        }

        return month != 0;
    }
}
