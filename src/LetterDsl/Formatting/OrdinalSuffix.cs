namespace LetterDsl.Formatting;

/// <summary>The suffix each <see cref="OrdinalStyle"/> puts after a number.</summary>
internal static class OrdinalSuffix
{
    /// <summary>The suffix for a number whose absolute value is <paramref name="magnitude"/>.</summary>
    public static string For(OrdinalStyle style, ulong magnitude) => style switch
    {
        OrdinalStyle.English => English(magnitude),
        OrdinalStyle.French => magnitude == 1 ? "er" : "e",
        OrdinalStyle.PeriodIndicator => ".º",
        OrdinalStyle.Indicator => "º",
        OrdinalStyle.LetterE => "e",
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
