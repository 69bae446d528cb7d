namespace LetterDsl.Formatting;

/// <summary>
/// One piece of a .NET custom date pattern: a run of one pattern letter ("MMMM") or a literal
/// (a single character, a quoted string or a backslash escape).
/// </summary>
/// <param name="Start">Where the piece starts in the pattern.</param>
/// <param name="Length">How many characters of the pattern it covers.</param>
/// <param name="Symbol">The repeated pattern letter, or <c>'\0'</c> for a literal.</param>
internal readonly record struct DatePatternToken(int Start, int Length, char Symbol)
{
    /// <summary>Where the piece ends (exclusive).</summary>
    public int End => Start + Length;

    /// <summary>Whether this is the day of the month ("d" or "dd", not the weekday "dddd").</summary>
    public bool IsDayOfMonth => Symbol == 'd' && Length <= 2;

    /// <summary>Whether this is the weekday name ("ddd" or "dddd").</summary>
    public bool IsWeekday => Symbol == 'd' && Length >= 3;

    /// <summary>Whether this is the month, by name or number.</summary>
    public bool IsMonth => Symbol == 'M';

    /// <summary>Whether this names the year or the era.</summary>
    public bool IsYearOrEra => Symbol is 'y' or 'g';
}
