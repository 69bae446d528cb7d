using System;
using System.Buffers;

namespace LetterDsl.Writers;

/// <summary>Character rules the writers share for parameter values.</summary>
internal static class ValueText
{
    /// <summary>Every character <see cref="IsReplacedBySpace"/> names, for the writers' searches that also look for them.</summary>
    public static readonly string ReplacedCharacters = Replaced();

    private static readonly SearchValues<char> s_replaced = SearchValues.Create(ReplacedCharacters);

    /// <summary>
    /// Whether a writer replaces <paramref name="c"/> with a space in a value: C0 controls except tab (so CR and LF
    /// too), DEL, C1 controls, and the Unicode line and paragraph separators U+2028 and U+2029.
    /// </summary>
    public static bool IsReplacedBySpace(char c) =>
        (c < ' ' && c != '\t') || (c >= '\u007F' && c <= '\u009F') || c == '\u2028' || c == '\u2029';

    private static string Replaced()
    {
        var replaced = new System.Text.StringBuilder("\u2028\u2029");
        for (char c = '\0'; c <= '\u009F'; c++)
        {
            if (IsReplacedBySpace(c))
            {
                replaced.Append(c);
            }
        }

        return replaced.ToString();
    }

    /// <summary>Returns <paramref name="value"/> with each replaced character as a single space.</summary>
    public static string ReplaceControls(string value)
    {
        bool any = false;
        foreach (char c in value)
        {
            any |= IsReplacedBySpace(c);
        }

        if (!any)
        {
            return value;
        }

        return string.Create(value.Length, value, static (destination, source) =>
        {
            for (int i = 0; i < source.Length; i++)
            {
                destination[i] = IsReplacedBySpace(source[i]) ? ' ' : source[i];
            }
        });
    }

    /// <summary>Whether <paramref name="value"/> holds a character that a writer replaces with a space.</summary>
    public static bool HasReplaced(ReadOnlySpan<char> value)
    {
        // Nearly every value is printable ASCII, which a plain range test finds faster than the set's search.
        int other = value.IndexOfAnyExceptInRange(' ', '~');
        return other >= 0 && value[other..].ContainsAny(s_replaced);
    }

    /// <summary>Copies <paramref name="value"/> into <paramref name="destination"/> with each replaced character as a space.</summary>
    public static void CopyReplacingControls(ReadOnlySpan<char> value, Span<char> destination)
    {
        value.CopyTo(destination);
        int first = value.IndexOfAny(s_replaced);
        if (first < 0)
        {
            return;
        }

        for (int i = first; i < value.Length; i++)
        {
            if (IsReplacedBySpace(destination[i]))
            {
                destination[i] = ' ';
            }
        }
    }

    /// <summary>Calls <paramref name="write"/> with the runs of <paramref name="value"/>, each replaced character as a single space.</summary>
    public static void WriteReplacingControls<TState>(ReadOnlySpan<char> value, TState state, SpanWriter<TState> write)
    {
        int start = 0;
        for (int i = 0; i < value.Length; i++)
        {
            if (IsReplacedBySpace(value[i]))
            {
                write(state, value[start..i]);
                write(state, " ");
                start = i + 1;
            }
        }

        write(state, value[start..]);
    }
}

/// <summary>Receives one run of characters.</summary>
internal delegate void SpanWriter<in TState>(TState state, ReadOnlySpan<char> run);
