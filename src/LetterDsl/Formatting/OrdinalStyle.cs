namespace LetterDsl.Formatting;

/// <summary>How a language marks ordinal numbers; chosen from the culture's two-letter language name.</summary>
internal enum OrdinalStyle
{
    /// <summary>1st, 2nd, 3rd, 4th, 11th, 21st.</summary>
    English,

    /// <summary>1er, 2e, 19e (the masculine form; "1re" is not produced).</summary>
    French,

    /// <summary>1.º, 19.º (the masculine form).</summary>
    Spanish,

    /// <summary>1., 19. as German writes them; also the fallback for languages without a rule here.</summary>
    Period,
}
