using System;

namespace LetterDsl.Planning;

/// <summary>
/// A letter's output in one format for one shape (<see cref="Composition.LetterComposer.Shape"/>), made once by the
/// format's own writer: the text between the values, already laid out and escaped, and for each value where it goes
/// and the writer's state there. A render with a plan only escapes and copies values.
/// </summary>
internal sealed class RenderPlan
{
    public RenderPlan(PlanFormat format, string[] literals, PlannedValue[] values)
    {
        Format = format;
        Literals = literals;
        Values = values;
        foreach (string literal in literals)
        {
            LiteralLength += literal.Length;
        }
    }

    public PlanFormat Format { get; }

    /// <summary>The text before each value, and after the last one: one more than <see cref="Values"/>.</summary>
    public string[] Literals { get; }

    public PlannedValue[] Values { get; }

    public int LiteralLength { get; }
}

/// <summary>A value's place in a plan: which value, and the writer's state where it goes (a <c>LineState</c> for Markdown).</summary>
internal readonly record struct PlannedValue(ValueRef Value, byte Context);
