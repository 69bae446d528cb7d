namespace LetterDsl.Formatting;

/// <summary>The ordinal rules of the languages LetterDsl knows.</summary>
internal static class OrdinalSuffix
{
    /// <summary>The style for a two-letter ISO language name. The invariant culture ("iv") writes English,
    /// as its month names are English.</summary>
    public static OrdinalStyle StyleFor(string twoLetterLanguageName) => twoLetterLanguageName switch
    {
        "en" or "iv" => OrdinalStyle.English,
        "fr" => OrdinalStyle.French,
        "es" => OrdinalStyle.Spanish,
        _ => OrdinalStyle.Period,
    };

    /// <summary>The suffix for a number whose absolute value is <paramref name="magnitude"/>.</summary>
    public static string For(OrdinalStyle style, ulong magnitude) => style switch
    {
        OrdinalStyle.English => English(magnitude),
        OrdinalStyle.French => magnitude == 1 ? "er" : "e",
        OrdinalStyle.Spanish => ".º",
        _ => ".",
    };

    private static string English(ulong magnitude)
    {
        // 11, 12 and 13 (and 111, 212, ...) are read "eleventh", not "oneth".
        if (magnitude % 100 is >= 11 and <= 13)
        {
            return "th";
        }

        return (magnitude % 10) switch
        {
            1 => "st",
            2 => "nd",
            3 => "rd",
            _ => "th",
        };
    }
}
