using System;
using System.Collections.Generic;

namespace LetterDsl.Generator.Emitting;

/// <summary>
/// Body statements that record only what is the same whatever the letter's values (text, emphasis, breaks, the
/// paragraphs and list items around them), held back until a value or a branch needs writing, then written under one
/// test of <c>RecordsBodyText</c>: a render that a plan serves skips the whole run with one branch.
/// </summary>
internal sealed class StaticRun
{
    private readonly List<Action> _pending = new();

    public void Add(Action emit) => _pending.Add(emit);

    public void Flush(SourceWriter output)
    {
        if (_pending.Count == 0)
        {
            return;
        }

        output.WriteLine("if (" + ComposeContext.Composer + ".RecordsBodyText)");
        output.OpenBlock();
        foreach (var emit in _pending)
        {
            emit();
        }

        output.CloseBlock();
        _pending.Clear();
    }
}
