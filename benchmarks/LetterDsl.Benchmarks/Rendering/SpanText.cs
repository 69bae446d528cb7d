using System;

namespace LetterDsl.Benchmarks.Rendering;

/// <summary>The two span steps the hand-written single-allocation baselines are made of.</summary>
internal static class SpanText
{
    /// <summary>The formatted part of a stack buffer; a baseline whose value does not fit is a broken benchmark, not a slow one.</summary>
    public static Span<char> Formatted(bool fitted, Span<char> buffer, int written) =>
        fitted ? buffer[..written] : throw new InvalidOperationException("A value did not fit its buffer.");

    /// <summary>Copies <paramref name="text"/> to <paramref name="destination"/> at <paramref name="at"/> and moves past it.</summary>
    public static void Append(Span<char> destination, ref int at, ReadOnlySpan<char> text)
    {
        text.CopyTo(destination[at..]);
        at += text.Length;
    }
}
