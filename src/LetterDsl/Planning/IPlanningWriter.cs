namespace LetterDsl.Planning;

/// <summary>A writer that can write a letter as a render plan: the same output, with a place left for each value.</summary>
internal interface IPlanningWriter
{
    /// <summary>Leaves a place for <paramref name="value"/> where the writer would write it, as if it were a value the plan can hold.</summary>
    void PlanValue(ValueRef value);
}
