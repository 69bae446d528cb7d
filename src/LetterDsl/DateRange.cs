using System;
using System.Globalization;

namespace LetterDsl;

/// <summary>
/// An inclusive range of calendar days, such as the dates of a conference ("14-16 December 2020").
/// It formats itself as a letter would write it, collapsing the month and year that both ends share.
/// </summary>
/// <remarks>
/// Both properties are get-only, so a <see langword="with"/> expression cannot create a range that ends
/// before it starts.
/// </remarks>
/// <param name="Start">The first day of the range.</param>
/// <param name="End">The last day of the range; not before <paramref name="Start"/>.</param>
public readonly record struct DateRange(DateOnly Start, DateOnly End) : ISpanFormattable
{
    /// <summary>The first day of the range.</summary>
    public DateOnly Start { get; } = Start;

    /// <summary>The last day of the range; never before <see cref="Start"/>.</summary>
    public DateOnly End { get; } = End >= Start
        ? End
        : throw new ArgumentException(
            string.Create(CultureInfo.InvariantCulture, $"The range ends ({End:yyyy-MM-dd}) before it starts ({Start:yyyy-MM-dd})."),
            nameof(End));

    /// <summary>Formats the range with <see cref="LetterCulture.Invariant"/> ("December 14-16, 2020").</summary>
    public override string ToString() => LetterCulture.Invariant.FormatDateRange(this);

    /// <summary>Formats the range for the culture that <paramref name="formatProvider"/> names.</summary>
    /// <param name="format">A separator to use instead of the culture's; see <see cref="LetterCulture.FormatDateRange"/>.</param>
    /// <param name="formatProvider">A <see cref="LetterCulture"/>, a <see cref="CultureInfo"/> (resolved with
    /// <see cref="LetterCulture.Get"/>), or <see langword="null"/> for <see cref="LetterCulture.Invariant"/>.</param>
    public string ToString(string? format, IFormatProvider? formatProvider)
        => LetterCulture.From(formatProvider).FormatDateRange(this, format);

    /// <summary>Formats the range into <paramref name="destination"/>, as <see cref="ToString(string?, IFormatProvider?)"/> does.</summary>
    /// <returns><see langword="false"/>, with <paramref name="charsWritten"/> 0, when <paramref name="destination"/> is too small.</returns>
    public bool TryFormat(Span<char> destination, out int charsWritten, ReadOnlySpan<char> format, IFormatProvider? provider)
        => LetterCulture.From(provider).TryFormatDateRange(this, destination, out charsWritten, format);
}
