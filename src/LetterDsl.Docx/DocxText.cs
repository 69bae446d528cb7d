using System;

namespace LetterDsl.Docx;

/// <summary>Makes text safe for a <c>w:t</c> element.</summary>
internal static class DocxText
{
    /// <summary>
    /// Returns <paramref name="text"/> with what XML cannot hold or Word would not show as written replaced: C0
    /// controls (tab, CR and LF included), DEL, C1 controls and U+2028/U+2029 become spaces, as the other writers
    /// do with values; lone surrogates and U+FFFE/U+FFFF become U+FFFD, because an XML writer would reject them.
    /// </summary>
    public static string Clean(ReadOnlySpan<char> text)
    {
        int first = IndexOfReplaced(text);
        if (first < 0)
        {
            return new string(text);
        }

        char[] result = text.ToArray();
        for (int i = first; i < result.Length; i++)
        {
            char c = result[i];
            if (char.IsHighSurrogate(c) && i + 1 < result.Length && char.IsLowSurrogate(result[i + 1]))
            {
                i++;
                continue;
            }

            result[i] = Replacement(c) ?? c;
        }

        return new string(result);
    }

    private static int IndexOfReplaced(ReadOnlySpan<char> text)
    {
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                i++;
                continue;
            }

            if (Replacement(c) is not null)
            {
                return i;
            }
        }

        return -1;
    }

    private static char? Replacement(char c)
    {
        if (c < ' ' || (c >= '\u007F' && c <= '\u009F') || c == '\u2028' || c == '\u2029')
        {
            return ' ';
        }

        return char.IsSurrogate(c) || c == '\uFFFE' || c == '\uFFFF' ? '\uFFFD' : null;
    }
}
