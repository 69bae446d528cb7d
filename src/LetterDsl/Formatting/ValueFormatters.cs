using System;
using System.Collections;

namespace LetterDsl.Formatting;

/// <summary>
/// The <see cref="TryFormatter{TState}"/> for each kind of value a placeholder writes. They are static methods so that
/// the compiler caches their delegates: passing one allocates nothing.
/// </summary>
/// <remarks>
/// A letter that builds must render, so a template's format that .NET rejects at run time (a <see cref="FormatException"/>
/// from a type the build could not check, such as a time pattern on a <see cref="DateOnly"/> member of the app's own
/// type) never escapes: the value is written as it is without a format instead, the letter date style for a date.
/// The public formatting methods of <see cref="LetterCulture"/> do not fall back; they throw, as .NET does.
/// </remarks>
internal static class ValueFormatters
{
    public static bool TryFormatDate(in FormatRequest<DateOnly> request, Span<char> destination, out int charsWritten)
    {
        try
        {
            return request.Culture.TryFormatDate(request.Value, destination, out charsWritten, request.Format);
        }
        catch (FormatException) when (!string.IsNullOrEmpty(request.Format))
        {
            return request.Culture.TryFormatDate(request.Value, destination, out charsWritten);
        }
    }

    /// <summary>Without a format a date and time is dated like a <see cref="DateOnly"/>; a format may show the time.</summary>
    public static bool TryFormatDateTime(in FormatRequest<DateTime> request, Span<char> destination, out int charsWritten)
        => TryFormatWithTime(request, request.Value, destination, out charsWritten);

    /// <summary>Dates the offset's own clock, not UTC: the day the sender lived.</summary>
    public static bool TryFormatDateTimeOffset(in FormatRequest<DateTimeOffset> request, Span<char> destination, out int charsWritten)
        => TryFormatWithTime(request, request.Value.DateTime, destination, out charsWritten);

    public static bool TryFormatDateRange(in FormatRequest<DateRange> request, Span<char> destination, out int charsWritten)
        => request.Culture.TryFormatDateRange(request.Value, destination, out charsWritten, request.Format);

    public static bool TryFormatOrdinal(in FormatRequest<long> request, Span<char> destination, out int charsWritten)
        => request.Culture.TryFormatOrdinal(request.Value, destination, out charsWritten);

    public static bool TryFormatSpanFormattable<T>(in FormatRequest<T> request, Span<char> destination, out int charsWritten)
        where T : ISpanFormattable
    {
        try
        {
            return request.Value.TryFormat(destination, out charsWritten, request.Format, request.Culture.Culture);
        }
        catch (FormatException) when (!string.IsNullOrEmpty(request.Format))
        {
            return request.Value.TryFormat(destination, out charsWritten, default, request.Culture.Culture);
        }
    }

    /// <summary>
    /// For values whose type the generated code did not know: boxed dates still get the letter date style, a list is
    /// written as a phrase ("A, B and C"), and anything else is written the way the typed overloads of
    /// <see cref="Composition.LetterValues"/> would.
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
            string text => TryCopy(text, destination, out charsWritten),
            ISpanFormattable formattable => TryFormatSpanFormattable(new FormatRequest<ISpanFormattable>(culture, formattable, format), destination, out charsWritten),
            IFormattable formattable => TryCopy(FormatFormattable(formattable, format, culture), destination, out charsWritten),
            IEnumerable items => TryCopy(ListPhrase.Format(culture, items, format), destination, out charsWritten),
            var other => TryCopy(other.ToString(), destination, out charsWritten),
        };
    }

    private static bool TryFormatWithTime<T>(in FormatRequest<T> request, DateTime clock, Span<char> destination, out int charsWritten)
        where T : ISpanFormattable
    {
        var date = DateOnly.FromDateTime(clock);
        try
        {
            return string.IsNullOrEmpty(request.Format)
                ? request.Culture.TryFormatDate(date, destination, out charsWritten)
                : request.Culture.TryFormatWithTime(request.Value, clock, destination, out charsWritten, request.Format);
        }
        catch (FormatException) when (!string.IsNullOrEmpty(request.Format))
        {
            return request.Culture.TryFormatDate(date, destination, out charsWritten);
        }
    }

    private static string FormatFormattable(IFormattable value, string? format, LetterCulture culture)
    {
        try
        {
            return value.ToString(format, culture.Culture);
        }
        catch (FormatException) when (!string.IsNullOrEmpty(format))
        {
            return value.ToString(null, culture.Culture);
        }
    }

    private static bool TryCopy(ReadOnlySpan<char> text, Span<char> destination, out int charsWritten)
    {
        bool fits = text.TryCopyTo(destination);
        charsWritten = fits ? text.Length : 0;
        return fits;
    }
}
