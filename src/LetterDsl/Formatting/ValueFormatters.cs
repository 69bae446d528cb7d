using System;

namespace LetterDsl.Formatting;

/// <summary>
/// The <see cref="TryFormatter{TState}"/> for each kind of value. They are static methods so that the
/// compiler caches their delegates: passing one allocates nothing.
/// </summary>
internal static class ValueFormatters
{
    public static bool TryFormatDate(in FormatRequest<DateOnly> request, Span<char> destination, out int charsWritten)
        => request.Culture.TryFormatDate(request.Value, destination, out charsWritten, request.Format);

    /// <summary>Without a format a date and time is dated like a <see cref="DateOnly"/>; a format may show the time.</summary>
    public static bool TryFormatDateTime(in FormatRequest<DateTime> request, Span<char> destination, out int charsWritten)
        => string.IsNullOrEmpty(request.Format)
            ? request.Culture.TryFormatDate(DateOnly.FromDateTime(request.Value), destination, out charsWritten)
            : request.Value.TryFormat(destination, out charsWritten, request.Format, request.Culture.Culture);

    /// <summary>Dates the offset's own clock, not UTC: the day the sender lived.</summary>
    public static bool TryFormatDateTimeOffset(in FormatRequest<DateTimeOffset> request, Span<char> destination, out int charsWritten)
        => string.IsNullOrEmpty(request.Format)
            ? request.Culture.TryFormatDate(DateOnly.FromDateTime(request.Value.DateTime), destination, out charsWritten)
            : request.Value.TryFormat(destination, out charsWritten, request.Format, request.Culture.Culture);

    public static bool TryFormatDateRange(in FormatRequest<DateRange> request, Span<char> destination, out int charsWritten)
        => request.Culture.TryFormatDateRange(request.Value, destination, out charsWritten, request.Format);

    public static bool TryFormatOrdinal(in FormatRequest<long> request, Span<char> destination, out int charsWritten)
        => request.Culture.TryFormatOrdinal(request.Value, destination, out charsWritten);

    public static bool TryFormatSpanFormattable<T>(in FormatRequest<T> request, Span<char> destination, out int charsWritten)
        where T : ISpanFormattable
        => request.Value.TryFormat(destination, out charsWritten, request.Format, request.Culture.Culture);

    /// <summary>
    /// For values whose type the generated code did not know: boxed dates still get the letter date style,
    /// and anything else is written the way the typed overloads of <see cref="Composition.LetterValues"/> would.
    /// </summary>
    public static bool TryFormatObject(in FormatRequest<object> request, Span<char> destination, out int charsWritten)
    {
        LetterCulture culture = request.Culture;
        string? format = request.Format;
        return request.Value switch
        {
            DateOnly date => TryFormatDate(new FormatRequest<DateOnly>(culture, date, format), destination, out charsWritten),
            DateTime dateTime => TryFormatDateTime(new FormatRequest<DateTime>(culture, dateTime, format), destination, out charsWritten),
            DateTimeOffset offset => TryFormatDateTimeOffset(new FormatRequest<DateTimeOffset>(culture, offset, format), destination, out charsWritten),
            DateRange range => TryFormatDateRange(new FormatRequest<DateRange>(culture, range, format), destination, out charsWritten),
            Signatory signatory => TryCopy(signatory.Name, destination, out charsWritten),
            ISpanFormattable formattable => formattable.TryFormat(destination, out charsWritten, format, culture.Culture),
            IFormattable formattable => TryCopy(formattable.ToString(format, culture.Culture), destination, out charsWritten),
            var other => TryCopy(other.ToString(), destination, out charsWritten),
        };
    }

    private static bool TryCopy(ReadOnlySpan<char> text, Span<char> destination, out int charsWritten)
    {
        bool fits = text.TryCopyTo(destination);
        charsWritten = fits ? text.Length : 0;
        return fits;
    }
}
