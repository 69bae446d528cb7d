namespace LetterDsl.Generator.Parsing;

/// <summary>A line that starts with <c>@word</c>: the word, the rest of the line, and where both are.</summary>
internal sealed class Directive
{
    public Directive(string name, int offset, string value, int valueOffset, int lineIndex)
    {
        Name = name;
        Offset = offset;
        Value = value;
        ValueOffset = valueOffset;
        LineIndex = lineIndex;
    }

    public string Name { get; }

    /// <summary>Offset of the '@'.</summary>
    public int Offset { get; }

    /// <summary>Length of '@' plus the name, the span most diagnostics about the directive point at.</summary>
    public int Length => Name.Length + 1;

    public string Value { get; }

    public int ValueOffset { get; }

    public int LineIndex { get; }

    public int LineNumber => LineIndex + 1;
}
