namespace LetterDsl.Generator.Model;

/// <summary>
/// A member path from a placeholder, such as <c>Recipient.FormalName</c>. <see cref="Root"/> is a parameter
/// or a loop variable; <see cref="Location"/> covers the path in the letter so compiler errors map back to it.
/// </summary>
internal sealed record ExpressionSpec(string Root, EquatableArray<string> Members, bool RootIsLoopVariable, LocationInfo Location)
{
    public string Text => Members.IsEmpty ? Root : Root + "." + string.Join(".", Members);
}

/// <summary>A filter in a placeholder: <c>{{ Session | ordinal }}</c>.</summary>
internal sealed record FilterSpec(string Name, LocationInfo Location);

/// <summary>The condition of an <c>if</c>: a member path, possibly negated with <c>not</c> or <c>!</c>.</summary>
internal sealed record ConditionSpec(ExpressionSpec Expression, bool Negated);
