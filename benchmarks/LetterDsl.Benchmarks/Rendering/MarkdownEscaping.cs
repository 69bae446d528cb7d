using System;

namespace LetterDsl.Benchmarks.Rendering;

/// <summary>
/// The escaping a careful hand-written Markdown renderer applies to free-text values (the place and the signatory
/// lines), so that a value cannot change the letter's structure: a backslash before Markdown punctuation, before a
/// block marker that starts the line, and a space for control characters. Dates and ordinals need none.
/// </summary>
internal static class MarkdownEscaping
{
    public static int EscapedLength(ReadOnlySpan<char> value)
    {
        int length = value.Length;
        for (int i = 0; i < value.Length; i++)
        {
            if (NeedsBackslash(value, i))
            {
                length++;
            }
        }

        return length;
    }

    /// <summary>Writes the escaped value at the start of <paramref name="destination"/> and returns its length.</summary>
    public static int Escape(ReadOnlySpan<char> value, Span<char> destination)
    {
        int written = 0;
        for (int i = 0; i < value.Length; i++)
        {
            char c = value[i];
            if (NeedsBackslash(value, i))
            {
                destination[written++] = '\\';
            }

            destination[written++] = char.IsControl(c) && c != '\t' ? ' ' : c;
        }

        return written;
    }

    /// <summary>Escapes into a new string, for the renderers that build strings.</summary>
    public static string Escape(string value)
    {
        int length = EscapedLength(value);
        return length == value.Length && !ContainsControl(value)
            ? value
            : string.Create(length, value, static (span, text) => Escape(text, span));
    }

    // Every value these renderers escape starts a line (the place) or is a whole line (a signatory's name, title, organization).
    private static bool NeedsBackslash(ReadOnlySpan<char> value, int index) => value[index] switch
    {
        '\\' or '`' or '*' or '_' or '[' or ']' or '<' or '>' or '|' or '~' => true,
        '#' or '+' or '-' or '=' => index == 0,
        _ => false,
    };

    private static bool ContainsControl(ReadOnlySpan<char> value)
    {
        foreach (char c in value)
        {
            if (char.IsControl(c) && c != '\t')
            {
                return true;
            }
        }

        return false;
    }
}
