using System;
using System.Collections.Generic;
using System.ComponentModel;
using LetterDsl.Formatting;

namespace LetterDsl.Composition;

/// <summary>
/// Writes the value of each <c>{{ placeholder }}</c>: generated letters call <c>Write</c> with the parameter's
/// static type, so overload resolution picks the formatting at compile time. Values are formatted straight into
/// the <see cref="LetterComposer"/>'s buffer, which allocates nothing per value. A <see langword="null"/> value
/// writes an empty value: nothing shows, and a line whose values are all empty is dropped. The <c>Format</c> overloads
/// return the same text as a string, for filters.
/// </summary>
/// <remarks>
/// <para>The overloads with a <c>format</c> take only values that can be formatted: dates, date ranges, numbers and
/// other <see cref="IFormattable"/> types. For any other type the compiler picks an overload marked obsolete as an
/// error, so <c>{{ Name:N2 }}</c> on a string, or a list in a plain placeholder, fails the build with a message that
/// says what to change in the letter, at the placeholder. Called some other way (by reflection), those overloads
/// write what they can: the value without the format, a list as a phrase.</para>
/// <para>A format that .NET rejects at run time is never an exception here: the value is written without it (see
/// <see cref="ValueFormatters"/>).</para>
/// </remarks>
[EditorBrowsable(EditorBrowsableState.Never)]
public static class LetterValues
{
    /// <summary>The compiler's message for a format on a value that cannot take one.</summary>
    internal const string NoFormatMessage =
        "This placeholder's value takes no format: only dates, date ranges and numbers (IFormattable types) do. Remove the ':format' from the placeholder, or format the value in C# and pass the text in.";

    /// <summary>The compiler's message for a list in a placeholder.</summary>
    internal const string ListMessage =
        "This placeholder's value is a list, which a placeholder does not write as one value. Write each item with '{{ for item in List }}…{{ end }}', or all of them as one phrase (\"A, B and C\") with '{{ List | list }}'.";

    /// <summary>Writes <paramref name="value"/> as it is.</summary>
    public static void Write(LetterComposer composer, LetterCulture culture, string? value)
    {
        ArgumentNullException.ThrowIfNull(composer);
        composer.WriteValue(value.AsSpan());
    }

    /// <summary>Text takes no format: the compiler rejects this call. Called by reflection, it writes the text.</summary>
    [Obsolete(NoFormatMessage, error: true)]
    public static void Write(LetterComposer composer, LetterCulture culture, string? value, string? format) => Write(composer, culture, value);

    /// <summary>Writes a date in the letter date style ("7 December 2020"), or in <paramref name="format"/> ("d MMMM yyyy").</summary>
    public static void Write(LetterComposer composer, LetterCulture culture, DateOnly value, string? format = null)
        => composer.WriteFormatted(new FormatRequest<DateOnly>(culture, value, format), ValueFormatters.TryFormatDate);

    /// <summary>Writes a date as the <see cref="DateOnly"/> overload does.</summary>
    public static void Write(LetterComposer composer, LetterCulture culture, DateOnly? value, string? format = null)
    {
        if (value is { } date)
        {
            Write(composer, culture, date, format);
        }
        else
        {
            composer.WriteValue(default(ReadOnlySpan<char>));
        }
    }

    /// <summary>Writes the date in the letter date style, or the date and time in <paramref name="format"/>.</summary>
    public static void Write(LetterComposer composer, LetterCulture culture, DateTime value, string? format = null)
        => composer.WriteFormatted(new FormatRequest<DateTime>(culture, value, format), ValueFormatters.TryFormatDateTime);

    /// <summary>Writes a date and time as the <see cref="DateTime"/> overload does.</summary>
    public static void Write(LetterComposer composer, LetterCulture culture, DateTime? value, string? format = null)
    {
        if (value is { } dateTime)
        {
            Write(composer, culture, dateTime, format);
        }
        else
        {
            composer.WriteValue(default(ReadOnlySpan<char>));
        }
    }

    /// <summary>Writes the local date of <paramref name="value"/> in the letter date style, or the value in <paramref name="format"/>.</summary>
    public static void Write(LetterComposer composer, LetterCulture culture, DateTimeOffset value, string? format = null)
        => composer.WriteFormatted(new FormatRequest<DateTimeOffset>(culture, value, format), ValueFormatters.TryFormatDateTimeOffset);

    /// <summary>Writes a collapsed range ("14-16 December 2020"); <paramref name="format"/> is a separator, as in
    /// <see cref="LetterCulture.FormatDateRange"/>.</summary>
    public static void Write(LetterComposer composer, LetterCulture culture, DateRange value, string? format = null)
        => composer.WriteFormatted(new FormatRequest<DateRange>(culture, value, format), ValueFormatters.TryFormatDateRange);

    /// <summary>Writes a range as the <see cref="DateRange"/> overload does.</summary>
    public static void Write(LetterComposer composer, LetterCulture culture, DateRange? value, string? format = null)
    {
        if (value is { } range)
        {
            Write(composer, culture, range, format);
        }
        else
        {
            composer.WriteValue(default(ReadOnlySpan<char>));
        }
    }

    /// <summary>Writes the signatory's name.</summary>
    public static void Write(LetterComposer composer, LetterCulture culture, Signatory? value)
        => Write(composer, culture, value?.Name);

    /// <summary>Writes a number or other span-formattable value with the culture's formatting and <paramref name="format"/>.</summary>
    public static void Write<T>(LetterComposer composer, LetterCulture culture, T value, string? format = null)
        where T : ISpanFormattable
    {
        // Testing IsValueType first keeps unoptimized (Debug) code from boxing a number to compare it with null.
        if (typeof(T).IsValueType || value is not null)
        {
            composer.WriteFormatted(new FormatRequest<T>(culture, value, format), ValueFormatters.TryFormatSpanFormattable);
        }
        else
        {
            composer.WriteValue(default(ReadOnlySpan<char>));
        }
    }

    /// <summary>Writes a nullable number or other span-formattable value.</summary>
    public static void Write<T>(LetterComposer composer, LetterCulture culture, T? value, string? format = null)
        where T : struct, ISpanFormattable
    {
        if (value is { } present)
        {
            Write(composer, culture, present, format);
        }
        else
        {
            composer.WriteValue(default(ReadOnlySpan<char>));
        }
    }

    /// <summary>Writes a formattable value that is not span-formattable, in <paramref name="format"/> with the culture.</summary>
    public static void Write(LetterComposer composer, LetterCulture culture, IFormattable? value, string format)
        => WriteObject(composer, culture, value, format);

    /// <summary>
    /// Writes a value whose type no other overload takes. Dates and ranges still get the letter style;
    /// <see cref="IFormattable"/> values are formatted with the culture; anything else with <see cref="object.ToString"/>.
    /// </summary>
    public static void Write(LetterComposer composer, LetterCulture culture, object? value) => WriteObject(composer, culture, value, null);

    /// <summary>A value of this type takes no format: the compiler rejects this call. Called by reflection, it writes
    /// the value, in the format if the value turns out to take one.</summary>
    [Obsolete(NoFormatMessage, error: true)]
    public static void Write(LetterComposer composer, LetterCulture culture, object? value, string? format) => WriteObject(composer, culture, value, format);

    /// <summary>A list is not one value: the compiler rejects this call. Called by reflection, it writes the list as a phrase.</summary>
    [Obsolete(ListMessage, error: true)]
    public static void Write<T>(LetterComposer composer, LetterCulture culture, IEnumerable<T>? value)
        => composer.WriteValue(ListPhrase.Format(culture, value, null));

    /// <summary>A list is not one value: the compiler rejects this call. Called by reflection, it writes the list as a phrase.</summary>
    [Obsolete(ListMessage, error: true)]
    public static void Write<T>(LetterComposer composer, LetterCulture culture, IEnumerable<T>? value, string? format)
        => composer.WriteValue(ListPhrase.Format(culture, value, format));

    /// <summary>Writes <paramref name="value"/> as an ordinal ("19th", "19e", "19."); see <see cref="LetterCulture.FormatOrdinal"/>.</summary>
    public static void WriteOrdinal(LetterComposer composer, LetterCulture culture, long value)
        => composer.WriteFormatted(new FormatRequest<long>(culture, value, null), ValueFormatters.TryFormatOrdinal);

    /// <summary>Writes a nullable number as an ordinal; <see langword="null"/> writes nothing.</summary>
    public static void WriteOrdinal(LetterComposer composer, LetterCulture culture, long? value)
    {
        if (value is { } number)
        {
            WriteOrdinal(composer, culture, number);
        }
        else
        {
            composer.WriteValue(default(ReadOnlySpan<char>));
        }
    }

    /// <summary>Returns <paramref name="value"/>, or an empty string for <see langword="null"/>.</summary>
    public static string Format(LetterCulture culture, string? value) => value ?? string.Empty;

    /// <summary>Text takes no format: the compiler rejects this call. Called by reflection, it returns the text.</summary>
    [Obsolete(NoFormatMessage, error: true)]
    public static string Format(LetterCulture culture, string? value, string? format) => Format(culture, value);

    /// <summary>Formats a date as <see cref="Write(LetterComposer, LetterCulture, DateOnly, string?)"/> writes it.</summary>
    public static string Format(LetterCulture culture, DateOnly value, string? format = null)
        => FormatBuffer.ToString(new FormatRequest<DateOnly>(culture, value, format), ValueFormatters.TryFormatDate);

    /// <summary>Formats a date; empty for <see langword="null"/>.</summary>
    public static string Format(LetterCulture culture, DateOnly? value, string? format = null)
        => value is { } date ? Format(culture, date, format) : string.Empty;

    /// <summary>Formats a date and time as <see cref="Write(LetterComposer, LetterCulture, DateTime, string?)"/> writes it.</summary>
    public static string Format(LetterCulture culture, DateTime value, string? format = null)
        => FormatBuffer.ToString(new FormatRequest<DateTime>(culture, value, format), ValueFormatters.TryFormatDateTime);

    /// <summary>Formats a date and time; empty for <see langword="null"/>.</summary>
    public static string Format(LetterCulture culture, DateTime? value, string? format = null)
        => value is { } dateTime ? Format(culture, dateTime, format) : string.Empty;

    /// <summary>Formats a date and time with offset as <see cref="Write(LetterComposer, LetterCulture, DateTimeOffset, string?)"/> writes it.</summary>
    public static string Format(LetterCulture culture, DateTimeOffset value, string? format = null)
        => FormatBuffer.ToString(new FormatRequest<DateTimeOffset>(culture, value, format), ValueFormatters.TryFormatDateTimeOffset);

    /// <summary>Formats a range as <see cref="Write(LetterComposer, LetterCulture, DateRange, string?)"/> writes it.</summary>
    public static string Format(LetterCulture culture, DateRange value, string? format = null)
        => FormatBuffer.ToString(new FormatRequest<DateRange>(culture, value, format), ValueFormatters.TryFormatDateRange);

    /// <summary>Formats a range; empty for <see langword="null"/>.</summary>
    public static string Format(LetterCulture culture, DateRange? value, string? format = null)
        => value is { } range ? Format(culture, range, format) : string.Empty;

    /// <summary>Returns the signatory's name; empty for <see langword="null"/>.</summary>
    public static string Format(LetterCulture culture, Signatory? value) => value?.Name ?? string.Empty;

    /// <summary>Formats a number or other span-formattable value with the culture's formatting.</summary>
    public static string Format<T>(LetterCulture culture, T value, string? format = null)
        where T : ISpanFormattable
        => !typeof(T).IsValueType && value is null
            ? string.Empty
            : FormatBuffer.ToString(new FormatRequest<T>(culture, value, format), ValueFormatters.TryFormatSpanFormattable);

    /// <summary>Formats a nullable number or other span-formattable value; empty for <see langword="null"/>.</summary>
    public static string Format<T>(LetterCulture culture, T? value, string? format = null)
        where T : struct, ISpanFormattable
        => value is { } present ? Format(culture, present, format) : string.Empty;

    /// <summary>Formats a formattable value that is not span-formattable, in <paramref name="format"/> with the culture.</summary>
    public static string Format(LetterCulture culture, IFormattable? value, string format) => FormatAny(culture, value, format);

    /// <summary>Formats a value of any other type as <see cref="Write(LetterComposer, LetterCulture, object?)"/> writes it.</summary>
    public static string Format(LetterCulture culture, object? value) => FormatAny(culture, value, null);

    /// <summary>A value of this type takes no format: the compiler rejects this call. Called by reflection, it formats
    /// the value, in the format if the value turns out to take one.</summary>
    [Obsolete(NoFormatMessage, error: true)]
    public static string Format(LetterCulture culture, object? value, string? format) => FormatAny(culture, value, format);

    /// <summary>A list is not one value: the compiler rejects this call. Called by reflection, it returns the list as a phrase.</summary>
    [Obsolete(ListMessage, error: true)]
    public static string Format<T>(LetterCulture culture, IEnumerable<T>? value) => ListPhrase.Format(culture, value, null);

    /// <summary>A list is not one value: the compiler rejects this call. Called by reflection, it returns the list as a phrase.</summary>
    [Obsolete(ListMessage, error: true)]
    public static string Format<T>(LetterCulture culture, IEnumerable<T>? value, string? format) => ListPhrase.Format(culture, value, format);

    private static void WriteObject(LetterComposer composer, LetterCulture culture, object? value, string? format)
    {
        if (value is not null)
        {
            composer.WriteFormatted(new FormatRequest<object>(culture, value, format), ValueFormatters.TryFormatObject);
        }
        else
        {
            composer.WriteValue(default(ReadOnlySpan<char>));
        }
    }

    /// <summary>Formats a value of any type as the object overloads do, with or without a format.</summary>
    internal static string FormatAny(LetterCulture culture, object? value, string? format)
        => value is null
            ? string.Empty
            : FormatBuffer.ToString(new FormatRequest<object>(culture, value, format), ValueFormatters.TryFormatObject);
}
