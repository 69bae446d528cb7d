namespace LetterDsl.Formatting;

/// <summary>How a culture writes ordinal numbers in figures; each row of <see cref="CultureConventions"/> names one.</summary>
internal enum OrdinalStyle
{
    /// <summary>1st, 2nd, 3rd, 4th, 11th, 21st.</summary>
    English,

    /// <summary>1er, 2e, 19e (the masculine form; "1re" is not produced).</summary>
    French,

    /// <summary>1., 19., as German writes them; also the style of languages without a row.</summary>
    Period,

    /// <summary>1.º, 19.º: a period and the masculine ordinal indicator, as Spanish and European Portuguese write them.</summary>
    PeriodIndicator,

    /// <summary>1º, 19º: the masculine ordinal indicator alone, as Italian and Brazilian Portuguese write them.</summary>
    Indicator,

    /// <summary>1e, 19e, as Dutch writes them.</summary>
    LetterE,
}
