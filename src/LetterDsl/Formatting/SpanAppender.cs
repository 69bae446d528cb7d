using System;

namespace LetterDsl.Formatting;

/// <summary>Appends pieces to a caller's buffer, so a value made of several parts can be formatted without a
/// temporary string. Every method returns <see langword="false"/> once the buffer is too small.</summary>
internal ref struct SpanAppender
{
    private readonly Span<char> _destination;

    public SpanAppender(Span<char> destination) => _destination = destination;

    /// <summary>How many characters have been written.</summary>
    public int Position { get; private set; }

    public bool TryAppend(ReadOnlySpan<char> text)
    {
        if (!text.TryCopyTo(_destination[Position..]))
        {
            return false;
        }

        Position += text.Length;
        return true;
    }

    /// <summary>Appends <paramref name="date"/> in <paramref name="pattern"/>; an empty pattern appends nothing
    /// (it would otherwise mean the short date).</summary>
    public bool TryAppend(DateOnly date, string pattern, IFormatProvider provider)
    {
        if (pattern.Length == 0)
        {
            return true;
        }

        if (!date.TryFormat(_destination[Position..], out int written, pattern, provider))
        {
            return false;
        }

        Position += written;
        return true;
    }

    public bool TryAppend(long number, IFormatProvider provider)
    {
        if (!number.TryFormat(_destination[Position..], out int written, default, provider))
        {
            return false;
        }

        Position += written;
        return true;
    }
}
