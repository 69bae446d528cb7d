using System;
using System.Collections.Concurrent;
using System.Globalization;
using LetterDsl.Formatting;

namespace LetterDsl;

/// <summary>
/// How a letter writes dates, date ranges and ordinals in one culture (<c>@culture</c>). Instances are
/// immutable and safe to share between threads. Nothing here reads <see cref="CultureInfo.CurrentCulture"/>:
/// a letter renders the same on every machine.
/// </summary>
public sealed class LetterCulture : IFormatProvider
{
    // The invariant culture's own long date is "dddd, dd MMMM yyyy"; letters without a culture read as en-US.
    private const string InvariantDatePattern = "MMMM d, yyyy";

    private static readonly ConcurrentDictionary<string, LetterCulture> Cache = new(StringComparer.Ordinal);

    private readonly string _datePattern;
    private readonly DateRangePattern _rangePattern;
    private readonly OrdinalStyle _ordinalStyle;
    private LetterCulture? _gregorian;

    private LetterCulture(CultureInfo culture, string rangeSeparator = "-", string crossRangeSeparator = " - ")
    {
        Culture = culture;
        _datePattern = culture.Name.Length == 0
            ? InvariantDatePattern
            : DatePattern.WithoutWeekday(culture.DateTimeFormat.LongDatePattern);
        _rangePattern = DateRangePattern.Create(_datePattern);
        _ordinalStyle = OrdinalSuffix.StyleFor(culture.TwoLetterISOLanguageName);
        RangeSeparator = rangeSeparator;
        CrossRangeSeparator = crossRangeSeparator;
    }

    private LetterCulture(LetterCulture source, string rangeSeparator, string crossRangeSeparator)
    {
        Culture = source.Culture;
        _datePattern = source._datePattern;
        _rangePattern = source._rangePattern;
        _ordinalStyle = source._ordinalStyle;
        RangeSeparator = rangeSeparator;
        CrossRangeSeparator = crossRangeSeparator;
    }

    /// <summary>The invariant culture, which writes dates as en-US does ("May 21, 2010") and English ordinals.</summary>
    public static LetterCulture Invariant { get; } = new(CultureInfo.InvariantCulture);

    /// <summary>The .NET culture behind this one, used for month names and numbers.</summary>
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
            : new LetterCulture(CultureInfo.GetCultureInfo(name, predefinedOnly: true)));
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
    /// de-DE "7. Dezember 2020": the culture's long date without the weekday), or a .NET date format
    /// ("d MMMM yyyy") applied with <see cref="Culture"/>.</param>
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
            ? date.TryFormat(destination, out charsWritten, format.IsEmpty ? _datePattern : format, Culture)
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
            ? output.TryAppend(range.Start, _datePattern, Culture)
            : TryAppendRange(ref output, range, Unquote(format));
        charsWritten = written ? output.Position : 0;
        return written;
    }

    /// <summary>
    /// Formats <paramref name="number"/> as an ordinal: English "1st 2nd 3rd 11th 21st", French "1er 19e",
    /// Spanish "19.º", German "19.". Other languages get the number and a period, as German writes it.
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
        bool written = output.TryAppend(number, Culture) && output.TryAppend(OrdinalSuffix.For(_ordinalStyle, magnitude));
        charsWritten = written ? output.Position : 0;
        return written;
    }

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
            return new LetterCulture(CultureInfo.InvariantCulture, RangeSeparator, CrossRangeSeparator);
        }

        var culture = (CultureInfo)Culture.Clone();
        culture.DateTimeFormat.Calendar = gregorian;
        return new LetterCulture(CultureInfo.ReadOnly(culture), RangeSeparator, CrossRangeSeparator);
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
            return TryAppendCollapsed(ref output, range, days, separator.IsEmpty ? RangeSeparator : separator);
        }

        separator = separator.IsEmpty ? CrossRangeSeparator : separator;
        if (sameYear && _rangePattern.SameYear is { } daysAndMonths)
        {
            return TryAppendCollapsed(ref output, range, daysAndMonths, separator);
        }

        return output.TryAppend(range.Start, _datePattern, Culture)
            && output.TryAppend(separator)
            && output.TryAppend(range.End, _datePattern, Culture);
    }

    private bool TryAppendCollapsed(ref SpanAppender output, DateRange range, PatternSplit split, ReadOnlySpan<char> separator)
        => output.TryAppend(range.End, split.Head, Culture)
            && output.TryAppend(range.Start, split.Varying, Culture)
            && output.TryAppend(separator)
            && output.TryAppend(range.End, split.Varying, Culture)
            && output.TryAppend(range.End, split.Tail, Culture);
}
