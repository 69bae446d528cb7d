using System;
using LetterDsl.Writers;

namespace LetterDsl;

/// <summary>
/// The character rule of the formats that set text on a page (Word, PDF): what a document cannot hold, or would not
/// show as written, is replaced before the text reaches the document library. A custom <see cref="LetterWriter"/>
/// for a page format can apply the same rule.
/// </summary>
public static class PrintedText
{
    /// <summary>
    /// Returns <paramref name="text"/> with C0 controls (tab, CR and LF included), DEL, C1 controls and U+2028/U+2029
    /// replaced by spaces, as the text writers do with values, and lone surrogates and the noncharacters U+FFFE/U+FFFF
    /// replaced by U+FFFD, which neither XML nor a font's character map can hold.
    /// </summary>
    /// <param name="text">Template text, a label or a formatted value.</param>
    /// <returns>The cleaned text; a new string only when something was replaced or <paramref name="text"/> is a span.</returns>
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
        if (c == '\t' || ValueText.IsReplacedBySpace(c))
        {
            return ' ';
        }

        return char.IsSurrogate(c) || c == '\uFFFE' || c == '\uFFFF' ? '\uFFFD' : null;
    }
}
