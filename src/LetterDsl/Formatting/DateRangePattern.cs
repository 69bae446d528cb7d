using System.Collections.Generic;

namespace LetterDsl.Formatting;

/// <summary>
/// How a culture's letter date pattern collapses for a range. Deriving this from the pattern, rather than
/// listing cultures, gives "14-16 December 2020" for en-GB, "December 14-16, 2020" for en-US and
/// "14.-16. Dezember 2020" for de-DE from one rule.
/// </summary>
/// <param name="SameMonth">The cut around the day, for two days of one month; <see langword="null"/> when the
/// pattern has no day of the month.</param>
/// <param name="SameYear">The cut around the day and month, for two months of one year; <see langword="null"/>
/// when the year or era sits between them, so the dates must be written in full.</param>
internal sealed record DateRangePattern(PatternSplit? SameMonth, PatternSplit? SameYear)
{
    /// <summary>Finds the collapsible parts of <paramref name="datePattern"/>.</summary>
    public static DateRangePattern Create(string datePattern)
    {
        List<DatePatternToken> tokens = DatePattern.Tokenize(datePattern);
        int day = tokens.FindIndex(t => t.IsDayOfMonth);
        int month = tokens.FindIndex(t => t.IsMonth);
        if (day < 0 || month < 0)
        {
            return new DateRangePattern(null, null);
        }

        int dayEnd = day;
        while (dayEnd + 1 < tokens.Count && DatePattern.AttachesToDay(datePattern, tokens[dayEnd + 1]))
        {
            dayEnd++;
        }

        PatternSplit sameMonth = PatternSplit.Cut(datePattern, tokens[day].Start, tokens[dayEnd].End);

        int first = month < day ? month : day;
        int last = month > dayEnd ? month : dayEnd;
        bool yearBetween = tokens.GetRange(first, last - first + 1).Exists(t => t.IsYearOrEra);
        PatternSplit? sameYear = yearBetween
            ? null
            : PatternSplit.Cut(datePattern, tokens[first].Start, tokens[last].End);

        return new DateRangePattern(sameMonth, sameYear);
    }

    /// <summary>These cuts with the day of the month written as <paramref name="firstDay"/>, for ends on the first of a month.</summary>
    public DateRangePattern WithFirstDay(string firstDay)
        => new(SameMonth?.WithFirstDay(firstDay), SameYear?.WithFirstDay(firstDay));
}
