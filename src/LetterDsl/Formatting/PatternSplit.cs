namespace LetterDsl.Formatting;

/// <summary>
/// A date pattern cut around the part that differs between the two ends of a collapsed range: the range is
/// written as <see cref="Head"/>, <see cref="Varying"/> for the start, a separator, <see cref="Varying"/> for
/// the end, then <see cref="Tail"/>. Each non-empty piece is a valid custom pattern on its own.
/// </summary>
/// <param name="Head">What both ends share before the varying part ("MMMM " in "MMMM d, yyyy").</param>
/// <param name="Varying">What is written for each end ("%d").</param>
/// <param name="Tail">What both ends share after it (", yyyy").</param>
internal readonly record struct PatternSplit(string Head, string Varying, string Tail)
{
    /// <summary>Cuts <paramref name="pattern"/> at token boundaries, so quoted literals stay whole.</summary>
    public static PatternSplit Cut(string pattern, int start, int end)
        => new(Piece(pattern[..start]), Piece(pattern[start..end]), Piece(pattern[end..]));

    /// <summary>This split with the varying part's day of the month written as <paramref name="firstDay"/> ("1er").</summary>
    public PatternSplit WithFirstDay(string firstDay) => this with { Varying = DatePattern.WithFirstDay(Varying, firstDay) };

    // A lone character would be read as a standard format ("d" is the short date), so it is marked custom.
    private static string Piece(string pattern) => pattern.Length == 1 ? "%" + pattern : pattern;
}
