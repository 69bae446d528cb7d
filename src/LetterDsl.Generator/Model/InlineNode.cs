namespace LetterDsl.Generator.Model;

/// <summary>Content inside a paragraph, list item or directive line. Records compare by value, so an unchanged letter stays cached.</summary>
internal abstract record InlineNode;

/// <summary>Literal template text, with adjacent runs already merged at build time.</summary>
internal sealed record TextInline(string Text) : InlineNode;

/// <summary>A placeholder: <c>{{ Expression:Format | filters }}</c>; <see cref="FormatLocation"/> covers the format, for the compiler's errors about it.</summary>
internal sealed record ValueInline(ExpressionSpec Expression, string? Format, LocationInfo? FormatLocation, EquatableArray<FilterSpec> Filters) : InlineNode;

/// <summary>A literal date from <c>@date May 21, 2010</c>, checked at build time and formatted per culture at run time.</summary>
internal sealed record DateLiteralInline(int Year, int Month, int Day) : InlineNode;

/// <summary><c>**bold**</c> or <c>*italic*</c>; <see cref="Depth"/> counts nested emphasis, which the parser bounds.</summary>
internal sealed record EmphasisInline(bool Bold, EquatableArray<InlineNode> Children, int Depth) : InlineNode;

/// <summary>A line break in the template that continues the paragraph.</summary>
internal sealed record SoftBreakInline : InlineNode;

/// <summary>A hard line break (two trailing spaces).</summary>
internal sealed record LineBreakInline : InlineNode;

/// <summary><c>{{ if X }}…{{ else }}…{{ end }}</c> inside a line.</summary>
internal sealed record IfInline(ConditionSpec Condition, EquatableArray<InlineNode> Then, EquatableArray<InlineNode> Else) : InlineNode;

/// <summary><c>{{ for x in Items }}…{{ end }}</c> inside a line.</summary>
internal sealed record ForInline(string Variable, ExpressionSpec Source, EquatableArray<InlineNode> Body) : InlineNode;
