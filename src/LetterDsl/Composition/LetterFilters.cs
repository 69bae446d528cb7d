using System;
using System.Collections.Generic;
using System.ComponentModel;
using System.Globalization;
using System.Text;

namespace LetterDsl.Composition;

/// <summary>
/// The filters a template applies with <c>{{ X | name }}</c>. Case changes follow the letter's culture, so
/// <c>upper</c> turns Turkish "i" into "İ" in a tr-TR letter and into "I" elsewhere.
/// </summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public static class LetterFilters
{
    /// <summary>The filter names a template may use, in lower case and in order.</summary>
    public static IReadOnlyList<string> Names { get; } = Array.AsReadOnly(new[] { "capitalize", "lower", "ordinal", "trim", "upper" });

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

    /// <summary><c>ordinal</c>: the number as an ordinal ("19th"); see <see cref="LetterCulture.FormatOrdinal"/>.</summary>
    public static string Ordinal(LetterCulture culture, long value) => culture.FormatOrdinal(value);

    private static bool IsLeadingPunctuation(Rune rune)
        => Rune.IsWhiteSpace(rune) || Rune.GetUnicodeCategory(rune) is UnicodeCategory.OpenPunctuation
            or UnicodeCategory.InitialQuotePunctuation or UnicodeCategory.OtherPunctuation;
}
