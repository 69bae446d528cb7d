using System;
using System.Collections.Concurrent;
using System.Globalization;
using LetterDsl.Formatting;

namespace LetterDsl;

/// <summary>
/// How a letter writes dates, date ranges and ordinals in one culture (<c>@culture</c>). Instances are
/// immutable and safe to share between threads. Nothing here reads <see cref="CultureInfo.CurrentCulture"/>:
/// a letter renders the same on every machine. For the cultures LetterDsl has conventions for (see
/// <c>docs/letter-format.md</c>, "Cultures"), the letter date, the month names and the ordinals come from LetterDsl's
/// own table rather than from the machine's culture data, which differs between ICU versions.
/// </summary>
public sealed class LetterCulture : IFormatProvider
{
    private static readonly ConcurrentDictionary<string, LetterCulture> Cache = new(StringComparer.Ordinal);

    private readonly string _datePattern;
    private readonly string _firstDayPattern;
    private readonly DateRangePattern _rangePattern;
    private readonly DateRangePattern _firstDayRangePattern;
    private LetterCulture? _gregorian;

    private LetterCulture(CultureInfo culture, CultureConventions conventions, string rangeSeparator = "-", string crossRangeSeparator = " - ")
    {
        Conventions = conventions;
        Culture = conventions.Months is { } months ? WithMonthNames(culture, months) : culture;
        _datePattern = conventions.DatePattern ?? DatePattern.WithoutWeekday(culture.DateTimeFormat.LongDatePattern);
        _rangePattern = DateRangePattern.Create(_datePattern);
        (_firstDayPattern, _firstDayRangePattern) = conventions.FirstDay is { } firstDay
            ? (DatePattern.WithFirstDay(_datePattern, firstDay), _rangePattern.WithFirstDay(firstDay))
            : (_datePattern, _rangePattern);
        RangeSeparator = rangeSeparator;
        CrossRangeSeparator = crossRangeSeparator;
    }

    private LetterCulture(LetterCulture source, string rangeSeparator, string crossRangeSeparator)
    {
        Conventions = source.Conventions;
        Culture = source.Culture;
        _datePattern = source._datePattern;
        _firstDayPattern = source._firstDayPattern;
        _rangePattern = source._rangePattern;
        _firstDayRangePattern = source._firstDayRangePattern;
        RangeSeparator = rangeSeparator;
        CrossRangeSeparator = crossRangeSeparator;
    }

    /// <summary>The invariant culture, which writes dates as en-US does ("May 21, 2010") and English ordinals.</summary>
    public static LetterCulture Invariant { get; } = new(CultureInfo.InvariantCulture, CultureConventions.For("en-US"));

    /// <summary>The .NET culture behind this one, used for numbers and for dates with an explicit format. For a culture
    /// with conventions its month names are LetterDsl's.</summary>
    public CultureInfo Culture { get; }

    /// <summary>The culture's name ("en-GB"); empty for <see cref="Invariant"/>.</summary>
    public string Name => Culture.Name;

    /// <summary>The separator between two days of one month ("14-16 December 2020"). Default <c>"-"</c>.</summary>
    public string RangeSeparator { get; }

    /// <summary>The separator between dates in different months or years ("May 31 - June 11, 2010"). Default <c>" - "</c>.</summary>
    public string CrossRangeSeparator { get; }

    /// <summary>Returns the letter culture for <paramref name="cultureName"/> ("en-GB"), created once per name.</summary>
    /// <exception cref="CultureNotFoundException">.NET does not know <paramref name="cultureName"/>.</exception>
    public static LetterCulture Get(string cultureName)
    {
        ArgumentNullException.ThrowIfNull(cultureName);
        return Cache.GetOrAdd(cultureName, static name => name.Length == 0
            ? Invariant
            : new LetterCulture(CultureInfo.GetCultureInfo(name, predefinedOnly: true), CultureConventions.For(name)));
    }

    /// <summary>Returns a copy of this culture that separates ranges with the given strings.</summary>
    /// <param name="sameMonth">Replaces <see cref="RangeSeparator"/>.</param>
    /// <param name="crossMonth">Replaces <see cref="CrossRangeSeparator"/>.</param>
    public LetterCulture WithRangeSeparators(string sameMonth, string crossMonth)
    {
        ArgumentNullException.ThrowIfNull(sameMonth);
        ArgumentNullException.ThrowIfNull(crossMonth);
        return new LetterCulture(this, sameMonth, crossMonth);
    }

    /// <summary>Returns the formatting data of <see cref="Culture"/>, so a letter culture can be passed
    /// wherever .NET takes an <see cref="IFormatProvider"/>.</summary>
    public object? GetFormat(Type? formatType) => Culture.GetFormat(formatType);

    /// <summary>Formats <paramref name="date"/>.</summary>
    /// <param name="date">The date.</param>
    /// <param name="format">Empty for the letter date style (en-GB "7 December 2020", en-US "May 21, 2010",
    /// de-DE "7. Dezember 2020", fr-FR "1er décembre 2020"; for a culture without conventions, its long date
    /// without the weekday), or a .NET date format ("d MMMM yyyy") applied with <see cref="Culture"/>.</param>
    /// <exception cref="FormatException"><paramref name="format"/> is not a valid format for a <see cref="DateOnly"/>
    /// (a placeholder in a letter writes the letter date style instead).</exception>
    public string FormatDate(DateOnly date, ReadOnlySpan<char> format = default)
        => FormatBuffer.ToString(
            new FormatRequest<DateOnly>(this, date, format.ToString()),
            static (in FormatRequest<DateOnly> request, Span<char> destination, out int charsWritten)
                => request.Culture.TryFormatDate(request.Value, destination, out charsWritten, request.Format));

    /// <summary>Formats <paramref name="date"/> into <paramref name="destination"/>, as <see cref="FormatDate"/> does.</summary>
    /// <returns><see langword="false"/> when <paramref name="destination"/> is too small.</returns>
    /// <exception cref="FormatException"><paramref name="format"/> is not a valid format for a <see cref="DateOnly"/>.</exception>
    public bool TryFormatDate(DateOnly date, Span<char> destination, out int charsWritten, ReadOnlySpan<char> format = default)
        => Shows(date.ToDateTime(TimeOnly.MinValue))
            ? date.TryFormat(destination, out charsWritten, format.IsEmpty ? PatternFor(date) : format, Culture)
            : Gregorian.TryFormatDate(date, destination, out charsWritten, format);

    /// <summary>Formats a date and time (a <see cref="DateTime"/> or <see cref="DateTimeOffset"/>, whose clock time is
    /// <paramref name="clock"/>) in a .NET format with <see cref="Culture"/>.</summary>
    internal bool TryFormatWithTime<T>(T value, DateTime clock, Span<char> destination, out int charsWritten, ReadOnlySpan<char> format)
        where T : ISpanFormattable
        => Shows(clock)
            ? value.TryFormat(destination, out charsWritten, format, Culture)
            : Gregorian.TryFormatWithTime(value, clock, destination, out charsWritten, format);

    /// <summary>
    /// Formats <paramref name="range"/>, writing the month and year once when both ends share them:
    /// en-GB "14-16 December 2020" and "30 November - 2 December 2020", en-US "May 31 - June 11, 2010".
    /// Ends in different years are written in full; a one-day range is just the date.
    /// </summary>
    /// <param name="range">The range.</param>
    /// <param name="format">Empty for <see cref="RangeSeparator"/> and <see cref="CrossRangeSeparator"/>, or a
    /// separator to use for every range; in double quotes (<c>"\" to \""</c>) it may start or end with spaces.</param>
    public string FormatDateRange(DateRange range, ReadOnlySpan<char> format = default)
        => FormatBuffer.ToString(new FormatRequest<DateRange>(this, range, format.ToString()), ValueFormatters.TryFormatDateRange);

    /// <summary>Formats <paramref name="range"/> into <paramref name="destination"/>, as <see cref="FormatDateRange"/> does.</summary>
    /// <returns><see langword="false"/>, with <paramref name="charsWritten"/> 0, when <paramref name="destination"/> is too small.</returns>
    public bool TryFormatDateRange(DateRange range, Span<char> destination, out int charsWritten, ReadOnlySpan<char> format = default)
    {
        if (!Shows(range.Start.ToDateTime(TimeOnly.MinValue)) || !Shows(range.End.ToDateTime(TimeOnly.MinValue)))
        {
            return Gregorian.TryFormatDateRange(range, destination, out charsWritten, format);
        }

        var output = new SpanAppender(destination);
        bool written = range.Start == range.End
            ? output.TryAppend(range.Start, PatternFor(range.Start), Culture)
            : TryAppendRange(ref output, range, Unquote(format));
        charsWritten = written ? output.Position : 0;
        return written;
    }

    /// <summary>
    /// Formats <paramref name="number"/> as an ordinal: English "1st 2nd 3rd 11th 21st", French "1er 19e",
    /// German "19.", Spanish and European Portuguese "19.º", Italian and Brazilian Portuguese "19º", Dutch "19e".
    /// Languages without conventions get the number and a period, as German writes it.
    /// A negative number takes the suffix of its absolute value ("-21st").
    /// </summary>
    public string FormatOrdinal(long number)
        => FormatBuffer.ToString(new FormatRequest<long>(this, number, null), ValueFormatters.TryFormatOrdinal);

    /// <summary>Formats an ordinal into <paramref name="destination"/>, as <see cref="FormatOrdinal"/> does.</summary>
    /// <returns><see langword="false"/>, with <paramref name="charsWritten"/> 0, when <paramref name="destination"/> is too small.</returns>
    public bool TryFormatOrdinal(long number, Span<char> destination, out int charsWritten)
    {
        // Computed without negating, which would overflow for long.MinValue.
        ulong magnitude = number < 0 ? (ulong)(-(number + 1)) + 1 : (ulong)number;
        var output = new SpanAppender(destination);
        bool written = output.TryAppend(number, Culture) && output.TryAppend(OrdinalSuffix.For(Conventions.Ordinal, magnitude));
        charsWritten = written ? output.Position : 0;
        return written;
    }

    /// <summary>The culture's row of conventions: its own, its language's, or the row for every other language.</summary>
    internal CultureConventions Conventions { get; }

    /// <summary>The letter culture for a provider handed to a .NET formatting method.</summary>
    internal static LetterCulture From(IFormatProvider? provider) => provider switch
    {
        LetterCulture letterCulture => letterCulture,
        CultureInfo culture => Get(culture.Name),
        _ => Invariant,
    };

    /// <summary>
    /// This culture with the Gregorian calendar, for the dates its own calendar cannot show: ar-SA's Umm al-Qura calendar
    /// covers 1900 to 2077, fa-IR's Persian calendar starts in 622. The culture's month names and patterns stay; a culture
    /// without a Gregorian calendar writes such dates as the invariant culture does.
    /// </summary>
    private LetterCulture Gregorian => _gregorian ??= CreateGregorian();

    private bool Shows(DateTime value)
    {
        Calendar calendar = Culture.DateTimeFormat.Calendar;
        return value >= calendar.MinSupportedDateTime && value <= calendar.MaxSupportedDateTime;
    }

    private LetterCulture CreateGregorian()
    {
        GregorianCalendar? gregorian = null;
        foreach (Calendar calendar in Culture.OptionalCalendars)
        {
            if (calendar is GregorianCalendar candidate && (gregorian is null || candidate.CalendarType == GregorianCalendarTypes.Localized))
            {
                gregorian = candidate;
            }
        }

        if (gregorian is null)
        {
            return new LetterCulture(CultureInfo.InvariantCulture, Conventions, RangeSeparator, CrossRangeSeparator);
        }

        var culture = (CultureInfo)Culture.Clone();
        culture.DateTimeFormat.Calendar = gregorian;
        return new LetterCulture(CultureInfo.ReadOnly(culture), Conventions, RangeSeparator, CrossRangeSeparator);
    }

    private static ReadOnlySpan<char> Unquote(ReadOnlySpan<char> format)
        => format.Length >= 2 && format[0] == '"' && format[^1] == '"' ? format[1..^1] : format;

    private bool TryAppendRange(ref SpanAppender output, DateRange range, ReadOnlySpan<char> separator)
    {
        // Months and years are compared in the culture's calendar: two Gregorian dates in one month can
        // fall in two months of another calendar.
        Calendar calendar = Culture.DateTimeFormat.Calendar;
        DateTime start = range.Start.ToDateTime(TimeOnly.MinValue);
        DateTime end = range.End.ToDateTime(TimeOnly.MinValue);
        bool sameYear = calendar.GetEra(start) == calendar.GetEra(end) && calendar.GetYear(start) == calendar.GetYear(end);
        bool sameMonth = sameYear && calendar.GetMonth(start) == calendar.GetMonth(end);

        if (sameMonth && _rangePattern.SameMonth is { } days)
        {
            return TryAppendCollapsed(ref output, range, days, _firstDayRangePattern.SameMonth!.Value, separator.IsEmpty ? RangeSeparator : separator);
        }

        separator = separator.IsEmpty ? CrossRangeSeparator : separator;
        if (sameYear && _rangePattern.SameYear is { } daysAndMonths)
        {
            return TryAppendCollapsed(ref output, range, daysAndMonths, _firstDayRangePattern.SameYear!.Value, separator);
        }

        return output.TryAppend(range.Start, PatternFor(range.Start), Culture)
            && output.TryAppend(separator)
            && output.TryAppend(range.End, PatternFor(range.End), Culture);
    }

    private bool TryAppendCollapsed(ref SpanAppender output, DateRange range, PatternSplit split, PatternSplit firstDaySplit, ReadOnlySpan<char> separator)
        => output.TryAppend(range.End, split.Head, Culture)
            && output.TryAppend(range.Start, (range.Start.Day == 1 ? firstDaySplit : split).Varying, Culture)
            && output.TryAppend(separator)
            && output.TryAppend(range.End, (range.End.Day == 1 ? firstDaySplit : split).Varying, Culture)
            && output.TryAppend(range.End, split.Tail, Culture);

    // The letter date of a day: French and Italian write the first of a month as an ordinal ("1er décembre").
    private string PatternFor(DateOnly date) => date.Day == 1 ? _firstDayPattern : _datePattern;

    // The culture's data with the month names of its conventions, so that every date it writes, with or without a
    // format, spells the months the same on every machine. Genitive names are set too: .NET reads them after "d".
    private static CultureInfo WithMonthNames(CultureInfo culture, string[] months)
    {
        var names = new string[13];
        months.CopyTo(names, 0);
        names[12] = string.Empty;
        var copy = (CultureInfo)culture.Clone();
        copy.DateTimeFormat.MonthNames = names;
        copy.DateTimeFormat.MonthGenitiveNames = names;
        return CultureInfo.ReadOnly(copy);
    }
}
