using System.Collections.Generic;

namespace LetterDsl.Planning;

/// <summary>Collects a plan while a writer renders a letter in planning mode: the text it wrote, cut at each value.</summary>
internal sealed class PlanBuilder
{
    private readonly List<string> _literals = new();
    private readonly List<PlannedValue> _values = new();
    private bool _unplannable;

    /// <summary>Records a value's place, after the text written since the last one.</summary>
    public void AddValue(string literalBefore, ValueRef value, byte context)
    {
        _literals.Add(literalBefore);
        _values.Add(new PlannedValue(value, context));
    }

    /// <summary>Says the letter cannot be planned in this format (its output depends on values in a way a plan cannot hold).</summary>
    public void MarkUnplannable() => _unplannable = true;

    /// <summary>The plan, or <see langword="null"/> when the letter cannot be planned.</summary>
    public RenderPlan? Finish(PlanFormat format, string tail)
    {
        if (_unplannable)
        {
            return null;
        }

        _literals.Add(tail);
        return new RenderPlan(format, _literals.ToArray(), _values.ToArray());
    }
}
