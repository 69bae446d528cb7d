using System;
using System.Collections.Generic;

namespace LetterDsl;

/// <summary>
/// Renders only inline events to a string, for <see cref="ILetter.DateLine"/> and the other one-line properties:
/// text and values raw, emphasis dropped, soft and hard breaks as one space. Block events are ignored.
/// </summary>
internal sealed class InlineLetterWriter : LetterWriter, IPooledLetterWriter<InlineLetterWriter>
{
    private readonly OutputBuffer _output = new();

    OutputBuffer IPooledLetterWriter<InlineLetterWriter>.Output => _output;

    static InlineLetterWriter IPooledLetterWriter<InlineLetterWriter>.Create() => new();

    void IPooledLetterWriter<InlineLetterWriter>.Configure(object? options)
    {
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

    public override void WriteText(string text) => _output.Write(text);

    public override void WriteValue(ReadOnlySpan<char> value) => _output.Write(value);

    public override void BeginEmphasis(Emphasis emphasis)
    {
    }

    public override void EndEmphasis(Emphasis emphasis)
    {
    }

    public override void WriteSoftBreak() => _output.Write(' ');

    public override void WriteLineBreak() => _output.Write(' ');

    public override void WriteSignatories(IReadOnlyList<Signatory> signatories)
    {
    }
}
