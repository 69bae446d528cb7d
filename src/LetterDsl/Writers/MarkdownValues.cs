using System;
using System.Buffers;

namespace LetterDsl.Writers;

/// <summary>
/// How a value is written into Markdown, in one place for the Markdown writer and for planned renders: escaped so that
/// it never changes the structure. The characters <c>\ ` * _ [ ] &lt; &gt; | ~ &amp;</c> get a backslash anywhere; at
/// the start of a line so do <c># + - =</c>, and the <c>.</c> or <c>)</c> after a run of digits when a space or the
/// value's end follows it. Control characters become spaces, and white space at the start of a line is dropped, so a
/// value cannot indent a code block.
/// </summary>
internal static class MarkdownValues
{
    // What may need a backslash or a space wherever it stands, once the line has other text on it.
    private static readonly SearchValues<char> s_escapedAnywhere = SearchValues.Create("\\`*_[]<>|~&" + ValueText.ReplacedCharacters);

    /// <summary>The most characters <see cref="Escape"/> writes for <paramref name="length"/> characters of value.</summary>
    public static int MaxLength(int length) => checked(2 * length);

    /// <summary>
    /// Escapes <paramref name="value"/> for a line at <paramref name="state"/> into <paramref name="destination"/>, which
    /// holds <see cref="MaxLength"/> characters, or only counts when it is empty. Returns the length and the state after.
    /// </summary>
    public static int Escape(LineState state, ReadOnlySpan<char> value, Span<char> destination, out LineState after)
    {
        // Most values are plain words on a line that has begun: written as they are, found with a vectorized search.
        if (IsVerbatim(state, value))
        {
            if (!destination.IsEmpty)
            {
                value.CopyTo(destination);
            }

            after = LineState.Other;
            return value.Length;
        }

        bool write = !destination.IsEmpty;
        int length = 0;
        for (int i = 0; i < value.Length; i++)
        {
            char c = value[i];

            // White space that would start a line is dropped: four spaces or a tab there make an indented code
            // block, and Markdown readers strip shorter indentation anyway.
            if (state == LineState.Start && (c is ' ' or '\t' || ValueText.IsReplacedBySpace(c)))
            {
                continue;
            }

            if (ValueText.IsReplacedBySpace(c))
            {
                c = ' ';
            }
            else if (NeedsEscape(state, value, i))
            {
                if (write)
                {
                    destination[length] = '\\';
                }

                length++;
            }

            if (write)
            {
                destination[length] = c;
            }

            length++;
            state = LineStates.Advance(state, c);
        }

        after = state;
        return length;
    }

    /// <summary>
    /// Whether the value is one that a render plan can write at <paramref name="state"/>: it starts and ends with a
    /// character that is shown as itself (so no white space moves or vanishes around it, and pending emphasis markers go
    /// right before it), and leaves the line in the <see cref="LineState.Other"/> state the plan continues from.
    /// </summary>
    public static bool IsPlannable(LineState state, ReadOnlySpan<char> value)
    {
        if (value.IsEmpty || IsBlank(value[0]) || IsBlank(value[^1]))
        {
            return false;
        }

        if (state == LineState.Other || !char.IsAsciiDigit(value[0]))
        {
            // The first character is neither blank nor a digit, so the line is in the Other state after it.
            return true;
        }

        foreach (char c in value)
        {
            state = LineStates.Advance(state, ValueText.IsReplacedBySpace(c) ? ' ' : c);
        }

        return state == LineState.Other;
    }

    /// <summary>Whether the value is written as it is: the line has begun (or the value starts with a character that
    /// begins it without meaning), and nothing in it needs a backslash or a space.</summary>
    public static bool IsVerbatim(LineState state, ReadOnlySpan<char> value) =>
        !value.IsEmpty
        && (state == LineState.Other || (!char.IsAsciiDigit(value[0]) && value[0] is not ('#' or '+' or '-' or '=' or '.' or ')' or ' ' or '\t')))
        && !value.ContainsAny(s_escapedAnywhere);

    private static bool NeedsEscape(LineState state, ReadOnlySpan<char> value, int index) => value[index] switch
    {
        // '&' too, or a value holding "&amp;" would show as "&" once a reader decodes the entity.
        '\\' or '`' or '*' or '_' or '[' or ']' or '<' or '>' or '|' or '~' or '&' => true,
        '#' or '+' or '-' or '=' => state == LineState.Start,
        '.' or ')' => state == LineState.Digits && (index + 1 == value.Length || IsBlank(value[index + 1])),
        _ => false,
    };

    private static bool IsBlank(char c) => c is ' ' or '\t' || ValueText.IsReplacedBySpace(c);
}
