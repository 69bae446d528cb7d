using System;
using System.Collections.Generic;

namespace LetterDsl;

/// <summary>
/// Receives a letter's structure from the generated <see cref="ILetter.Render"/>. Each output format
/// (text, Markdown, HTML, Word) is one implementation, so the generated code never interprets a template
/// at run time: it only calls these methods with constants and formatted values.
/// </summary>
/// <remarks>
/// The call sequence is: <see cref="BeginLetter"/>; then blocks, each opened by <see cref="BeginBlock"/> or
/// <see cref="BeginListItem"/> and closed by <see cref="EndBlock"/>, with inline calls
/// (<see cref="WriteText"/>, <see cref="WriteValue(ReadOnlySpan{char})"/>, emphasis and breaks) in between;
/// <see cref="WriteSignatories"/> after the closing; then <see cref="EndLetter"/>.
/// Consecutive list items of the same kind form one list until <see cref="EndList"/>, a paragraph or a
/// non-body block ends it.
/// The runtime's writers are <see cref="MarkdownLetterWriter"/>, <see cref="TextLetterWriter"/> and
/// <see cref="HtmlLetterWriter"/>; <see cref="LetterRendering"/> drives them.
/// </remarks>
public abstract class LetterWriter
{
    /// <summary>Starts the letter. <paramref name="cultureName"/> is the letter's <c>@culture</c> (for example <c>en-GB</c>), for writers that record a language.</summary>
    public abstract void BeginLetter(string cultureName);

    /// <summary>Ends the letter; writers flush here.</summary>
    public abstract void EndLetter();

    /// <summary>Opens a block that is not a list item.</summary>
    public abstract void BeginBlock(LetterBlock block);

    /// <summary>Opens a list item. <paramref name="number"/> is the number written in the template for numbered items (1 for bullets).</summary>
    public abstract void BeginListItem(ListKind kind, int number);

    /// <summary>Closes the block or list item opened last.</summary>
    public abstract void EndBlock();

    /// <summary>Ends the current list, if any (a blank line after a list item in the template).</summary>
    public abstract void EndList();

    /// <summary>Writes literal template text. It holds no Markdown syntax: emphasis and breaks arrive as their own calls.</summary>
    public abstract void WriteText(string text);

    /// <summary>Writes a formatted parameter value. Writers escape it so that a value can never change the letter's structure.</summary>
    public abstract void WriteValue(ReadOnlySpan<char> value);

    /// <summary>Writes a formatted parameter value; <see langword="null"/> writes nothing.</summary>
    public void WriteValue(string? value) => WriteValue(value.AsSpan());

    /// <summary>Opens emphasis.</summary>
    public abstract void BeginEmphasis(Emphasis emphasis);

    /// <summary>Closes the emphasis opened last.</summary>
    public abstract void EndEmphasis(Emphasis emphasis);

    /// <summary>A line break inside a paragraph that the template wrapped (a line feed in Markdown, a space in text and HTML).</summary>
    public abstract void WriteSoftBreak();

    /// <summary>A hard line break (two trailing spaces in the template).</summary>
    public abstract void WriteLineBreak();

    /// <summary>Writes the signature block: one entry per signatory, in order. It follows the closing block.</summary>
    public abstract void WriteSignatories(IReadOnlyList<Signatory> signatories);
}
