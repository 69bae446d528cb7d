using System;
using System.Collections.Generic;
using System.ComponentModel;
using System.Collections;
using System.Globalization;
using System.Text;
using LetterDsl.Formatting;

namespace LetterDsl.Composition;

/// <summary>
/// The filters a template applies with <c>{{ X | name }}</c>. Case changes follow the letter's culture, so
/// <c>upper</c> turns Turkish "i" into "İ" in a tr-TR letter and into "I" elsewhere.
/// </summary>
/// <remarks>
/// Like <see cref="LetterValues"/>, <c>List</c> has overloads marked obsolete as an error for values the filter cannot
/// take (a value that is not a list, a format on items that take none), so such a letter fails the build at the
/// placeholder with a message in letter terms.
/// </remarks>
[EditorBrowsable(EditorBrowsableState.Never)]
public static class LetterFilters
{
    /// <summary>The filter names a template may use, in lower case and in order.</summary>
    public static IReadOnlyList<string> Names { get; } = Array.AsReadOnly(new[] { "capitalize", "list", "lower", "ordinal", "trim", "upper" });

    private const string NotAListMessage =
        "The 'list' filter writes the items of a list as one phrase (\"A, B and C\"), but this placeholder's value is not a list. Remove '| list'.";

    private const string ItemsTakeNoFormatMessage =
        "The items of this list take no format: only dates, date ranges and numbers (IFormattable types) do. Remove the ':format' from the placeholder.";

    /// <summary><c>upper</c>: the value in upper case.</summary>
    public static string Upper(LetterCulture culture, string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        return value.ToUpper(culture.Culture);
    }

    /// <summary><c>lower</c>: the value in lower case.</summary>
    public static string Lower(LetterCulture culture, string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        return value.ToLower(culture.Culture);
    }

    /// <summary>
    /// <c>capitalize</c>: the first letter in upper case and the rest unchanged. Leading spaces and opening
    /// punctuation are passed over ("¿qué?" becomes "¿Qué?"); a value that starts with a digit is unchanged.
    /// </summary>
    public static string Capitalize(LetterCulture culture, string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        int index = 0;
        while (index < value.Length)
        {
            Rune.DecodeFromUtf16(value.AsSpan(index), out Rune rune, out int length);
            if (Rune.IsLetter(rune))
            {
                Rune upper = Rune.ToUpper(rune, culture.Culture);
                return upper == rune
                    ? value
                    : string.Concat(value.AsSpan(0, index), upper.ToString(), value.AsSpan(index + length));
            }

            if (!IsLeadingPunctuation(rune))
            {
                return value;
            }

            index += length;
        }

        return value;
    }

    /// <summary><c>trim</c>: the value without leading and trailing white space.</summary>
    public static string Trim(LetterCulture culture, string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        return value.Trim();
    }

    /// <summary>
    /// <c>list</c>: the items as one phrase in the letter's language: "A", "A and B", "A, B and C" (German "A, B und C",
    /// French "A, B et C", Spanish "A, B y C"). Each item is written as a placeholder of its type writes it (dates in the
    /// letter date style); <see langword="null"/> items and items that write nothing are left out.
    /// </summary>
    public static string List<T>(LetterCulture culture, IEnumerable<T>? items) => ListPhrase.Format(culture, items, null);

    /// <summary><c>list</c> with a format (<c>{{ Dates:d MMMM | list }}</c>): each item is written in <paramref name="format"/>.</summary>
    public static string List<T>(LetterCulture culture, IEnumerable<T>? items, string format)
        where T : IFormattable
        => ListPhrase.Format(culture, items, format);

    /// <summary><c>list</c> with a format, for a list of nullable values.</summary>
    public static string List<T>(LetterCulture culture, IEnumerable<T?>? items, string format)
        where T : struct, IFormattable
        => ListPhrase.Format(culture, items, format);

    /// <summary>Items that take no format: the compiler rejects this call. Called by reflection, it writes the phrase in the format where the items take it.</summary>
    [Obsolete(ItemsTakeNoFormatMessage, error: true)]
    public static string List(LetterCulture culture, IEnumerable? items, string format) => ListPhrase.Format(culture, items, format);

    /// <summary>Text is not a list: the compiler rejects this call. Called by reflection, it returns the text.</summary>
    [Obsolete(NotAListMessage, error: true)]
    public static string List(LetterCulture culture, string? value) => value ?? string.Empty;

    /// <summary>Text is not a list: the compiler rejects this call. Called by reflection, it returns the text.</summary>
    [Obsolete(NotAListMessage, error: true)]
    public static string List(LetterCulture culture, string? value, string format) => value ?? string.Empty;

    /// <summary>A value that is not a list: the compiler rejects this call. Called by reflection, it returns the value as a placeholder writes it.</summary>
    [Obsolete(NotAListMessage, error: true)]
    public static string List(LetterCulture culture, object? value) => LetterValues.FormatAny(culture, value, null);

    /// <summary>A value that is not a list: the compiler rejects this call. Called by reflection, it returns the value as a placeholder writes it.</summary>
    [Obsolete(NotAListMessage, error: true)]
    public static string List(LetterCulture culture, object? value, string format) => LetterValues.FormatAny(culture, value, format);

    /// <summary><c>ordinal</c>: the number as an ordinal ("19th"); see <see cref="LetterCulture.FormatOrdinal"/>.</summary>
    public static string Ordinal(LetterCulture culture, long value) => culture.FormatOrdinal(value);

    /// <summary><c>ordinal</c> of a nullable number: empty for <see langword="null"/>.</summary>
    public static string Ordinal(LetterCulture culture, long? value) => value is { } number ? culture.FormatOrdinal(number) : string.Empty;

    private static bool IsLeadingPunctuation(Rune rune)
        => Rune.IsWhiteSpace(rune) || Rune.GetUnicodeCategory(rune) is UnicodeCategory.OpenPunctuation
            or UnicodeCategory.InitialQuotePunctuation or UnicodeCategory.OtherPunctuation;
}
