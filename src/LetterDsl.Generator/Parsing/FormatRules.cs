using System.Globalization;
using LetterDsl.Generator.Diagnostics;
using Microsoft.CodeAnalysis;

namespace LetterDsl.Generator.Parsing;

/// <summary>What is wrong with a placeholder's format: the diagnostic and the reason, which names the character at fault.</summary>
internal sealed class FormatProblem
{
    public FormatProblem(DiagnosticDescriptor descriptor, string reason)
    {
        Descriptor = descriptor;
        Reason = reason;
    }

    public DiagnosticDescriptor Descriptor { get; }

    public string Reason { get; }
}

/// <summary>
/// The .NET format strings, as the runtime applies them, checked at build time against the value's type where the
/// generator knows it: a date format must hold only date patterns and quoted text (a <c>DateOnly</c> no time), a
/// number format must be a standard one its type takes or a custom one with a digit placeholder. Anything .NET would
/// reject with a <c>FormatException</c>, and anything it would print as the same literal text for every value, is an
/// error here, so a letter that builds renders every value in its format.
/// </summary>
internal static class FormatRules
{
    private const string StandardDateFormats = "dDmMoOrRyY";
    private const string StandardDateTimeFormats = "fFgGsStTuU";
    private const string StandardNumberFormats = "CDEFGNPRXB";
    private const string DatePatternLetters = "dMyg";
    private const string TimePatternLetters = "hHmsfFtzK";

    /// <summary>The largest precision .NET accepts in a standard number format ("N999999999").</summary>
    private const int MaxPrecision = 999_999_999;

    /// <summary>What is wrong with <paramref name="format"/> for a value of <paramref name="type"/>, or null when it fits (or the type is not known).</summary>
    public static FormatProblem? Check(WrittenType type, string format) => type.Kind switch
    {
        WrittenKind.Date => Date(format, type, dateOnly: true),
        WrittenKind.DateTime => Date(format, type, dateOnly: false),
        WrittenKind.Integer => Number(format, type, whole: true),
        WrittenKind.Real => Number(format, type, whole: false),
        _ => null,
    };

    /// <summary>Whether a value of <paramref name="type"/> takes no format at all (text, yes/no, a signatory).</summary>
    public static bool TakesNoFormat(WrittenType type) => type.Kind is WrittenKind.Text or WrittenKind.Boolean or WrittenKind.Signatory;

    private static FormatProblem? Date(string format, WrittenType type, bool dateOnly)
    {
        if (format.Length == 1)
        {
            var c = format[0];
            if (StandardDateFormats.IndexOf(c) >= 0 || (!dateOnly && StandardDateTimeFormats.IndexOf(c) >= 0 && !(c == 'U' && type.Name == "DateTimeOffset")))
            {
                return null;
            }

            if (dateOnly && StandardDateTimeFormats.IndexOf(c) >= 0)
            {
                return Problem(DiagnosticDescriptors.TimeFormatOnDate, $"'{c}' is the one-letter format of a date with its time");
            }

            return StandardNumberFormats.IndexOf(char.ToUpperInvariant(c)) >= 0
                ? Problem(DiagnosticDescriptors.NumberFormatOnDate, "")
                : Problem(DiagnosticDescriptors.InvalidDateFormat, $"'{c}' is not one of the one-letter date formats, which are {Letters(dateOnly ? StandardDateFormats : StandardDateFormats + StandardDateTimeFormats)}");
        }

        if (LooksLikeNumberFormat(format))
        {
            return Problem(DiagnosticDescriptors.NumberFormatOnDate, "");
        }

        for (var i = 0; i < format.Length; i++)
        {
            var c = format[i];
            switch (c)
            {
                case '\'':
                case '"':
                    if (!SkipQuoted(format, ref i))
                    {
                        return UnclosedQuote(DiagnosticDescriptors.InvalidDateFormat, c);
                    }

                    continue;
                case '\\':
                    if (i == format.Length - 1)
                    {
                        return Problem(DiagnosticDescriptors.InvalidDateFormat, "the '\\' at the end has no character to escape; remove it");
                    }

                    i++;
                    continue;
                case '%':
                    if (i == format.Length - 1 || !IsPatternLetter(format[i + 1]))
                    {
                        return Problem(DiagnosticDescriptors.InvalidDateFormat, "'%' must come just before a pattern letter, as in '%d'; for a literal '%' write '\\%'");
                    }

                    continue;
                case ':' when dateOnly:
                    return Problem(DiagnosticDescriptors.TimeFormatOnDate, "':' is the time separator");
            }

            if (!IsAsciiLetter(c) || DatePatternLetters.IndexOf(c) >= 0)
            {
                continue;
            }

            if (TimePatternLetters.IndexOf(c) >= 0)
            {
                if (dateOnly)
                {
                    return Problem(DiagnosticDescriptors.TimeFormatOnDate, $"'{Run(format, i)}' is {TimeLetter(c)}");
                }

                continue;
            }

            return Problem(DiagnosticDescriptors.InvalidDateFormat,
                $"'{c}' is not a date pattern letter, so it would print as itself; put literal text in quotes, as in 'd MMMM \"in\" yyyy'");
        }

        return null;
    }

    private static FormatProblem? Number(string format, WrittenType type, bool whole)
    {
        if (IsAsciiLetter(format[0]) && AllDigits(format, 1))
        {
            var letter = char.ToUpperInvariant(format[0]);
            if (StandardNumberFormats.IndexOf(letter) < 0)
            {
                return format.Length == 1 && (StandardDateFormats + StandardDateTimeFormats).IndexOf(format[0]) >= 0
                    ? Problem(DiagnosticDescriptors.InvalidNumberFormat, $"it is a date format; write a number format such as 'N2' or '#,##0.00'")
                    : Problem(DiagnosticDescriptors.InvalidNumberFormat, $"'{format[0]}' is not a standard number format; they are {Letters(StandardNumberFormats)}");
            }

            if (!whole && letter is 'D' or 'X' or 'B')
            {
                return Problem(DiagnosticDescriptors.InvalidNumberFormat, $"'{format[0]}' formats whole numbers only; use 'F' or 'N' for {type.Name}");
            }

            return format.Length > 1 && (format.Length > 10 || int.Parse(format.Substring(1), CultureInfo.InvariantCulture) > MaxPrecision)
                ? Problem(DiagnosticDescriptors.InvalidNumberFormat, $"the precision {format.Substring(1)} is above the largest .NET takes, {MaxPrecision.ToString("N0", CultureInfo.InvariantCulture)}")
                : null;
        }

        var hasDigit = false;
        for (var i = 0; i < format.Length; i++)
        {
            var c = format[i];
            switch (c)
            {
                case '\'':
                case '"':
                    if (!SkipQuoted(format, ref i))
                    {
                        return UnclosedQuote(DiagnosticDescriptors.InvalidNumberFormat, c);
                    }

                    continue;
                case '\\':
                    i++;
                    continue;
                case '0':
                case '#':
                    hasDigit = true;
                    continue;
                case 'E':
                case 'e':
                    if (IsExponent(format, i, out var end))
                    {
                        i = end - 1;
                        continue;
                    }

                    break;
            }

            if (!IsAsciiLetter(c))
            {
                continue;
            }

            return (DatePatternLetters + TimePatternLetters).IndexOf(c) >= 0 && !HasDigitPlaceholder(format)
                ? Problem(DiagnosticDescriptors.InvalidNumberFormat, "it is a date format; write a number format such as 'N2' or '#,##0.00'")
                : Problem(DiagnosticDescriptors.InvalidNumberFormat, $"'{c}' is not a number pattern character, so it would print as itself; put literal text in quotes, as in '#,##0.00 \"EUR\"'");
        }

        return hasDigit
            ? null
            : Problem(DiagnosticDescriptors.InvalidNumberFormat, "it has no digit placeholder ('0' or '#'), so every number would print as the same text; write a format such as 'N2' or '#,##0.00'");
    }

    /// <summary>A standard number format ("N2", "D3") or a custom one made of digit placeholders and punctuation ("0.00", "#,##0").</summary>
    private static bool LooksLikeNumberFormat(string format)
    {
        if (IsAsciiLetter(format[0]) && AllDigits(format, 1))
        {
            return StandardNumberFormats.IndexOf(char.ToUpperInvariant(format[0])) >= 0;
        }

        var hasDigit = false;
        foreach (var c in format)
        {
            if (IsAsciiLetter(c))
            {
                return false;
            }

            hasDigit |= c is '0' or '#';
        }

        return hasDigit;
    }

    /// <summary>Whether the 'E' at <paramref name="start"/> is an exponent ("0.0E+0"): 'E' or 'e', an optional sign, and at least one '0'.</summary>
    private static bool IsExponent(string format, int start, out int end)
    {
        end = start + 1;
        if (end < format.Length && format[end] is '+' or '-')
        {
            end++;
        }

        var zeros = end;
        while (end < format.Length && format[end] == '0')
        {
            end++;
        }

        return end > zeros;
    }

    /// <summary>Moves <paramref name="i"/> from an opening quote to its closing one; false when it is never closed.</summary>
    private static bool SkipQuoted(string format, ref int i)
    {
        var close = format.IndexOf(format[i], i + 1);
        if (close < 0)
        {
            return false;
        }

        i = close;
        return true;
    }

    private static FormatProblem UnclosedQuote(DiagnosticDescriptor descriptor, char quote) =>
        Problem(descriptor, $"the quote {quote} is never closed; close it after the literal text");

    private static bool HasDigitPlaceholder(string format) => format.IndexOf('0') >= 0 || format.IndexOf('#') >= 0;

    private static bool AllDigits(string text, int start)
    {
        for (var i = start; i < text.Length; i++)
        {
            if (text[i] is < '0' or > '9')
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsAsciiLetter(char c) => c is (>= 'a' and <= 'z') or (>= 'A' and <= 'Z');

    private static bool IsPatternLetter(char c) => DatePatternLetters.IndexOf(c) >= 0 || TimePatternLetters.IndexOf(c) >= 0;

    private static string Run(string format, int start)
    {
        var end = start;
        while (end < format.Length && format[end] == format[start])
        {
            end++;
        }

        return format.Substring(start, end - start);
    }

    private static string TimeLetter(char c) => c switch
    {
        'h' or 'H' => "the hour",
        'm' => "the minute",
        's' => "the second",
        'f' or 'F' => "a fraction of a second",
        't' => "the AM/PM designator",
        _ => "the time zone",
    };

    private static string Letters(string letters) => string.Join(", ", letters.Substring(0, letters.Length - 1).ToCharArray()) + " and " + letters[letters.Length - 1];

    private static FormatProblem Problem(DiagnosticDescriptor descriptor, string reason) => new(descriptor, reason);
}
