namespace LetterDsl.Generator;

/// <summary>The names of the pipeline's steps, for incremental-cache tests and generator benchmarks.</summary>
public static class TrackingNames
{
    /// <summary>A .letter file and its options, read into a value.</summary>
    public const string Input = "LetterInput";

    /// <summary>The parsed letter and its diagnostics.</summary>
    public const string Parse = "LetterParse";

    /// <summary>Every letter's class name, to find duplicates.</summary>
    public const string ClassNames = "LetterClassNames";

    /// <summary>The generated source of one letter.</summary>
    public const string Emit = "LetterEmit";

    /// <summary>One letter's output after the duplicate-class-name check.</summary>
    public const string Output = "LetterOutput";
}
