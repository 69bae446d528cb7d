using System;
using System.Collections.Generic;
using System.Text;

namespace LetterDsl.Layout;

/// <summary>
/// Writes what a part shows as one line of plain text, for the one-line properties (<see cref="ILetter.DateLine"/>,
/// <see cref="ILetter.Salutation"/>, <see cref="ILetter.Closing"/>) and document titles: labels, text and values as
/// they are, emphasis dropped, breaks as a space, and lines joined by ", ".
/// </summary>
internal sealed class PlainTextWriter : LetterWriter
{
    private readonly StringBuilder _text = new();
    private bool _lineWritten;

    public string TakeText()
    {
        string text = _text.ToString();
        _text.Clear();
        _lineWritten = false;
        return text;
    }

    public override void BeginLetter(LetterInfo letter)
    {
    }

    public override void EndLetter()
    {
    }

    public override void BeginPart(LetterPart part)
    {
    }

    public override void EndPart()
    {
    }

    public override void BeginLine() => Separate();

    public override void EndLine()
    {
    }

    public override void BeginParagraph() => Separate();

    public override void EndParagraph()
    {
    }

    public override void BeginList(ListKind kind, int start)
    {
    }

    public override void BeginListItem(int number) => Separate();

    public override void EndListItem()
    {
    }

    public override void EndList()
    {
    }

    public override void WriteLabel(string label) => _text.Append(label);

    public override void WriteText(string text) => _text.Append(text);

    public override void WriteValue(ReadOnlySpan<char> value) => _text.Append(value);

    public override void BeginEmphasis(Emphasis emphasis)
    {
    }

    public override void EndEmphasis(Emphasis emphasis)
    {
    }

    public override void WriteSoftBreak() => _text.Append(' ');

    public override void WriteLineBreak() => _text.Append(' ');

    public override void WriteSignatories(IReadOnlyList<Signatory> signatories)
    {
        foreach (Signatory signatory in signatories)
        {
            Separate();
            _text.Append(signatory);
        }
    }

    private void Separate()
    {
        if (_lineWritten)
        {
            _text.Append(", ");
        }

        _lineWritten = true;
    }
}
