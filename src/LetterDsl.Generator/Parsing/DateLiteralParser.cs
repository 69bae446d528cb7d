using System;
using System.Globalization;

namespace LetterDsl.Generator.Parsing;

/// <summary>
/// Reads a literal <c>@date</c> ("May 21, 2010", "7 December 2020", "7. Dezember 2020", "2020-12-07") and checks
/// that the day exists, so "February 30, 2021" fails the build instead of the printed letter.
/// </summary>
internal static class DateLiteralParser
{
    public static bool TryParse(string text, CultureInfo culture, out (int Year, int Month, int Day) date, out string error)
    {
        date = default;
        error = "";
        var words = text.Replace(",", " ").Replace(". ", " ").Split(new[] { ' ', '\t' }, StringSplitOptions.RemoveEmptyEntries);
        int year, month, day;
        if (words.Length == 1 && TryIso(words[0], out year, out month, out day))
        {
            // ISO 8601: nothing culture-specific to read.
        }
        else if (words.Length == 3 && TryMonth(words[0], culture, out month) && TryNumber(words[1], out day) && TryNumber(words[2], out year))
        {
            // "May 21, 2010"
        }
        else if (words.Length == 3 && TryNumber(words[0].TrimEnd('.'), out day) && TryMonth(words[1], culture, out month) && TryNumber(words[2], out year))
        {
            // "7 December 2020", "7. Dezember 2020"
        }
        else
        {
            error = "it is not in a recognised date form";
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
            var monthName = CultureInfo.InvariantCulture.DateTimeFormat.GetMonthName(month);
            error = $"{monthName} {year.ToString(CultureInfo.InvariantCulture)} has {days.ToString(CultureInfo.InvariantCulture)} days";
            return false;
        }

        date = (year, month, day);
        return true;
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

    private static bool TryMonth(string text, CultureInfo culture, out int month)
    {
        foreach (var format in new[] { culture.DateTimeFormat, CultureInfo.InvariantCulture.DateTimeFormat })
        {
            for (month = 1; month <= 12; month++)
            {
                if (string.Compare(format.GetMonthName(month), text, culture, CompareOptions.IgnoreCase) == 0
                    || string.Compare(format.GetAbbreviatedMonthName(month).TrimEnd('.'), text.TrimEnd('.'), culture, CompareOptions.IgnoreCase) == 0
                    || string.Compare(format.MonthGenitiveNames[month - 1], text, culture, CompareOptions.IgnoreCase) == 0)
                {
                    return true;
                }
            }
        }

        month = 0;
        return false;
    }
}
