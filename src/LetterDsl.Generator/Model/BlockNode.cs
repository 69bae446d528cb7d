namespace LetterDsl.Generator.Model;

/// <summary>A block of the letter body.</summary>
internal abstract record BlockNode;

internal sealed record ParagraphBlock(EquatableArray<InlineNode> Content) : BlockNode;

/// <summary>A <c>- </c> or <c>1. </c> item; <see cref="Number"/> is the number written in the template.</summary>
internal sealed record ListItemBlock(bool Numbered, int Number, EquatableArray<InlineNode> Content) : BlockNode;

/// <summary>A blank line after a list item: the list ends there.</summary>
internal sealed record ListBreakBlock : BlockNode;

/// <summary><c>{{ if X }}</c> on a line of its own, around whole blocks.</summary>
internal sealed record IfBlock(ConditionSpec Condition, EquatableArray<BlockNode> Then, EquatableArray<BlockNode> Else) : BlockNode;

/// <summary><c>{{ for x in Items }}</c> on a line of its own, around whole blocks.</summary>
internal sealed record ForBlock(string Variable, ExpressionSpec Source, EquatableArray<BlockNode> Body) : BlockNode;
