using System;
using System.Collections.Generic;

namespace LetterDsl;

/// <summary>
/// Receives a letter laid out by its <see cref="LetterLayout"/>. Each output format (text, Markdown, HTML, Word,
/// PDF) is one implementation. The layout's rules (the order of the parts, which lines are grouped, the labels of
/// references and end notations, which lines are dropped because they rendered empty, how list items number) are
/// applied before a writer is called, so a writer only decides how each structure looks in its format.
/// </summary>
/// <remarks>
/// <para>The call sequence is <see cref="BeginLetter"/>; then one <see cref="BeginPart"/>…<see cref="EndPart"/> per
/// part with content, in <see cref="LetterLayout.ReadingOrder"/>; then <see cref="EndLetter"/>. Inside a part:</para>
/// <list type="bullet">
/// <item><see cref="LetterPart.Body"/> holds paragraphs (<see cref="BeginParagraph"/>…<see cref="EndParagraph"/>) and
/// lists (<see cref="BeginList"/>, then <see cref="BeginListItem"/>…<see cref="EndListItem"/> per item, then
/// <see cref="EndList"/>).</item>
/// <item><see cref="LetterPart.Postscripts"/> holds one paragraph per postscript.</item>
/// <item><see cref="LetterPart.Signatures"/> holds one <see cref="WriteSignatories"/> call.</item>
/// <item>Every other part holds lines (<see cref="BeginLine"/>…<see cref="EndLine"/>), which belong together as
/// one block: an address, a set of references, an end notation.</item>
/// </list>
/// <para>Inside a line, paragraph or list item come the inline calls: <see cref="WriteLabel"/>,
/// <see cref="WriteText"/>, <see cref="WriteValue(ReadOnlySpan{char})"/>, emphasis and breaks.</para>
/// </remarks>
public abstract class LetterWriter
{
    /// <summary>Starts the letter.</summary>
    /// <param name="letter">The culture, layout and metadata; valid until <see cref="EndLetter"/>.</param>
    public abstract void BeginLetter(LetterInfo letter);

    /// <summary>Ends the letter; writers flush here.</summary>
    public abstract void EndLetter();

    /// <summary>Opens a part of the letter.</summary>
    public abstract void BeginPart(LetterPart part);

    /// <summary>Closes the part opened last.</summary>
    public abstract void EndPart();

    /// <summary>Opens a line of a line part (an address line, a reference, an end-notation line, the date line…).</summary>
    public abstract void BeginLine();

    /// <summary>Closes the line opened last.</summary>
    public abstract void EndLine();

    /// <summary>Opens a body paragraph or a postscript.</summary>
    public abstract void BeginParagraph();

    /// <summary>Closes the paragraph opened last.</summary>
    public abstract void EndParagraph();

    /// <summary>Opens a list whose first item has the number <paramref name="start"/> (1 for bullets).</summary>
    public abstract void BeginList(ListKind kind, int start);

    /// <summary>Opens a list item; <paramref name="number"/> counts up from the list's start.</summary>
    public abstract void BeginListItem(int number);

    /// <summary>Closes the list item opened last.</summary>
    public abstract void EndListItem();

    /// <summary>Closes the list opened last.</summary>
    public abstract void EndList();

    /// <summary>
    /// Writes a label the layout supplies, with its punctuation and spacing: a reference's "Our ref.: ", an end
    /// notation's "Enclosures:" or "cc: ", a postscript's "P.S. ". Its text comes from the culture or from
    /// <c>@label</c>, so writers escape it as they escape values.
    /// </summary>
    public abstract void WriteLabel(string label);

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

    /// <summary>
    /// Writes the signature block: one entry per signatory, in order, each with its <see cref="Signatory.Name"/> and
    /// <see cref="Signatory.Lines"/>. Signatories with nothing to show are already left out.
    /// </summary>
    public abstract void WriteSignatories(IReadOnlyList<Signatory> signatories);
}
