using System;
using System.Collections.Generic;
using System.IO;

namespace LetterDsl.Benchmarks.Tests;

/// <summary>
/// Passes every call to a <see cref="MarkdownLetterWriter"/>, but is not one itself, so generated code takes its
/// node-by-node path: the reference the pre-rendered Markdown runs are compared with.
/// </summary>
internal sealed class NodeByNodeMarkdownWriter(TextWriter target) : LetterWriter
{
    private readonly MarkdownLetterWriter _inner = new(target);

    public override void BeginLetter(string cultureName) => _inner.BeginLetter(cultureName);

    public override void EndLetter() => _inner.EndLetter();

    public override void BeginBlock(LetterBlock block) => _inner.BeginBlock(block);

    public override void BeginListItem(ListKind kind, int number) => _inner.BeginListItem(kind, number);

    public override void EndBlock() => _inner.EndBlock();

    public override void EndList() => _inner.EndList();

    public override void WriteText(string text) => _inner.WriteText(text);

    public override void WriteValue(ReadOnlySpan<char> value) => _inner.WriteValue(value);

    public override void BeginEmphasis(Emphasis emphasis) => _inner.BeginEmphasis(emphasis);

    public override void EndEmphasis(Emphasis emphasis) => _inner.EndEmphasis(emphasis);

    public override void WriteSoftBreak() => _inner.WriteSoftBreak();

    public override void WriteLineBreak() => _inner.WriteLineBreak();

    public override void WriteSignatories(IReadOnlyList<Signatory> signatories) => _inner.WriteSignatories(signatories);
}
