using System;
using System.IO;

namespace LetterDsl.Writers;

/// <summary>
/// Writes a letter as Markdown, in the subset its template was written in. The layout is described on
/// <see cref="LineLetterWriter"/>; the subject is bold (<c>**…**</c>), emphasis is <c>**</c> and <c>*</c>, a soft
/// break is a line feed and a hard break two spaces and a line feed.
/// </summary>
/// <remarks>
/// Template text is written verbatim. Values are escaped so that they never change the structure: the characters
/// <c>\ ` * _ [ ] &lt; &gt; | ~ &amp;</c> get a backslash anywhere; at the start of a line (or of a list item's content)
/// so do <c># + - =</c>, and the <c>.</c> or <c>)</c> after a run of digits when a space or the value's end
/// follows it. Control characters (C0 except tab, so line feeds too; DEL; C1; U+2028 and U+2029) become spaces, and
/// white space at the start of a line is dropped, so a value cannot indent a code block.
/// </remarks>
internal sealed class MarkdownLetterWriter : LineLetterWriter, IPooledLetterWriter<MarkdownLetterWriter>
{
    /// <summary>Creates a writer that streams the Markdown to <paramref name="writer"/>.</summary>
    /// <param name="writer">The target; it is written to as the letter renders and is not flushed or closed.</param>
    public MarkdownLetterWriter(TextWriter writer)
        : base(new OutputBuffer(writer))
    {
    }

    private MarkdownLetterWriter(OutputBuffer output)
        : base(output)
    {
    }

    private protected override string HardBreak => "  \n";

    private protected override bool SoftBreakStartsLine => true;

    OutputBuffer IPooledLetterWriter<MarkdownLetterWriter>.Output => Output;

    static MarkdownLetterWriter IPooledLetterWriter<MarkdownLetterWriter>.Create() => new(new OutputBuffer());

    void IPooledLetterWriter<MarkdownLetterWriter>.Configure(object? options)
    {
    }

    private protected override string EmphasisMarker(Emphasis emphasis) => emphasis == Emphasis.Bold ? "**" : "*";

    private protected override void WriteValueCore(ReadOnlySpan<char> value)
    {
        LineState state = NextLineState;
        int start = 0;
        for (int i = 0; i < value.Length; i++)
        {
            char c = value[i];
            // White space that would start a line is dropped: four spaces or a tab there make an indented code
            // block, and Markdown readers strip shorter indentation anyway.
            if (state == LineState.Start && (c is ' ' or '\t' || ValueText.IsReplacedBySpace(c)))
            {
                WriteInline(value[start..i]);
                start = i + 1;
                continue;
            }

            if (ValueText.IsReplacedBySpace(c))
            {
                WriteInline(value[start..i]);
                WriteInline(" ");
                start = i + 1;
                state = Advance(state, ' ');
                continue;
            }

            if (NeedsEscape(state, value, i))
            {
                WriteInline(value[start..i]);
                WriteInline("\\");
                start = i;
                state = LineState.Other;
                continue;
            }

            state = Advance(state, c);
        }

        WriteInline(value[start..]);
    }

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
