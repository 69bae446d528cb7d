using System;
using System.Collections.Generic;
using System.Text;
using LetterDsl;

namespace LetterDsl.Tests;

/// <summary>Keeps the text and values written to it, for asserting what a call wrote. Structure calls are ignored.</summary>
internal sealed class RecordingLetterWriter : LetterWriter
{
    // Room enough that appending never allocates, so allocation tests can measure the formatting alone.
    private readonly StringBuilder _text = new(capacity: 4096);

    /// <summary>How many times <see cref="WriteValue(ReadOnlySpan{char})"/> was called.</summary>
    public int ValueCount { get; private set; }

    public string Text => _text.ToString();

    /// <summary>Forgets what was written, keeping the buffer.</summary>
    public void Clear()
    {
        _text.Clear();
        ValueCount = 0;
    }

    public override void WriteText(string text) => _text.Append(text);

    public override void WriteValue(ReadOnlySpan<char> value)
    {
        ValueCount++;
        _text.Append(value);
    }

    public override void BeginLetter(string cultureName)
    {
    }

    public override void EndLetter()
    {
    }

    public override void BeginBlock(LetterBlock block)
    {
    }

    public override void BeginListItem(ListKind kind, int number)
    {
    }

    public override void EndBlock()
    {
    }

    public override void EndList()
    {
    }

    public override void BeginEmphasis(Emphasis emphasis)
    {
    }

    public override void EndEmphasis(Emphasis emphasis)
    {
    }

    public override void WriteSoftBreak()
    {
    }

    public override void WriteLineBreak()
    {
    }

    public override void WriteSignatories(IReadOnlyList<Signatory> signatories)
    {
    }
}
