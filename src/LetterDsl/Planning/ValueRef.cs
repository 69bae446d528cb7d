namespace LetterDsl.Planning;

/// <summary>Which text a render plan writes in a value's place.</summary>
internal enum ValueKind : byte
{
    /// <summary>A composed value, by its number (<see cref="Composition.LetterComposer.Value(int)"/>).</summary>
    Composed,

    /// <summary>The name of the <see cref="ValueRef.Index"/>th signatory that shows.</summary>
    SignatoryName,

    /// <summary>Line <see cref="ValueRef.Line"/> of the <see cref="ValueRef.Index"/>th signatory that shows.</summary>
    SignatoryLine,

    /// <summary>The document title: the subject, else the summary, else "Letter".</summary>
    Title,
}

/// <summary>A value a render plan leaves a place for.</summary>
internal readonly record struct ValueRef(ValueKind Kind, int Index, int Line = 0)
{
    public static ValueRef Composed(int index) => new(ValueKind.Composed, index);

    public static ValueRef SignatoryName(int signatory) => new(ValueKind.SignatoryName, signatory);

    public static ValueRef SignatoryLine(int signatory, int line) => new(ValueKind.SignatoryLine, signatory, line);

    public static ValueRef Title { get; } = new(ValueKind.Title, 0);
}
