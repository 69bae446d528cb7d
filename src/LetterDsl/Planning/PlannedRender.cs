using System;
using System.Buffers;
using System.IO;
using System.Runtime.CompilerServices;
using LetterDsl.Composition;

namespace LetterDsl.Planning;

/// <summary>Renders a composed letter from its plan: measures the values, then writes the literals and the escaped values, into one string or a <see cref="TextWriter"/>.</summary>
internal static class PlannedRender
{
    // Values up to this length are escaped on the stack when streaming; longer ones into a pooled array.
    private const int StackValueLength = 256;

    // The measuring pass remembers, one bit per value, which values are written as they are; values past the 64th are
    // always written through the format, which gives the same text.
    private const int VerbatimBits = 64;

    /// <summary>The letter's output, or <see langword="null"/> when a value is one the plan cannot write (then render in full).</summary>
    public static string? TryRender(RenderPlan plan, LetterComposer letter)
    {
        if (!TryMeasure(plan, letter, out int length, out _, out ulong verbatim))
        {
            return null;
        }

        return string.Create(length, (plan, letter, verbatim), static (destination, state) =>
        {
            (RenderPlan plan, LetterComposer letter, ulong verbatim) = state;
            string[] literals = plan.Literals;
            PlannedValue[] values = plan.Values;
            for (int i = 0; i < values.Length; i++)
            {
                literals[i].CopyTo(destination);
                destination = destination[literals[i].Length..];
                destination = destination[WriteValue(plan, letter, verbatim, i, destination)..];
            }

            literals[^1].CopyTo(destination);
        });
    }

    /// <summary>
    /// Writes the letter's output to <paramref name="target"/>, or writes nothing and returns <see langword="false"/> when a
    /// value is one the plan cannot write. Every value is measured before the first write, so a declined plan leaves the
    /// target untouched for the full render.
    /// </summary>
    public static bool TryWrite(RenderPlan plan, LetterComposer letter, TextWriter target)
    {
        if (!TryMeasure(plan, letter, out _, out int longest, out ulong verbatim))
        {
            return false;
        }

        char[]? rented = longest > StackValueLength ? ArrayPool<char>.Shared.Rent(longest) : null;
        Span<char> scratch = rented ?? stackalloc char[StackValueLength];
        try
        {
            string[] literals = plan.Literals;
            PlannedValue[] values = plan.Values;
            for (int i = 0; i < values.Length; i++)
            {
                target.Write(literals[i]);
                if (IsVerbatim(verbatim, i))
                {
                    target.Write(Resolve(letter, values[i].Value));
                }
                else
                {
                    target.Write(scratch[..plan.Format.Write(values[i].Context, Resolve(letter, values[i].Value), scratch)]);
                }
            }

            target.Write(literals[^1]);
            return true;
        }
        finally
        {
            if (rented is not null)
            {
                ArrayPool<char>.Shared.Return(rented);
            }
        }
    }

    private static bool TryMeasure(RenderPlan plan, LetterComposer letter, out int length, out int longestValue, out ulong verbatim)
    {
        length = plan.LiteralLength;
        longestValue = 0;
        verbatim = 0;
        PlannedValue[] values = plan.Values;
        for (int i = 0; i < values.Length; i++)
        {
            if (!plan.Format.TryMeasure(values[i].Context, Resolve(letter, values[i].Value), out int valueLength, out bool asIs))
            {
                return false;
            }

            if (asIs && i < VerbatimBits)
            {
                verbatim |= 1UL << i;
            }
            else
            {
                // Only a value written through the format needs scratch space when streaming.
                longestValue = Math.Max(longestValue, valueLength);
            }

            length += valueLength;
        }

        return true;
    }

    private static bool IsVerbatim(ulong verbatim, int index) => index < VerbatimBits && (verbatim & (1UL << index)) != 0;

    /// <summary>Writes value <paramref name="index"/> into <paramref name="destination"/> and returns its length.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int WriteValue(RenderPlan plan, LetterComposer letter, ulong verbatim, int index, Span<char> destination)
    {
        PlannedValue value = plan.Values[index];
        ReadOnlySpan<char> text = Resolve(letter, value.Value);
        if (IsVerbatim(verbatim, index))
        {
            text.CopyTo(destination);
            return text.Length;
        }

        return plan.Format.Write(value.Context, text, destination);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static ReadOnlySpan<char> Resolve(LetterComposer letter, ValueRef value) => value.Kind switch
    {
        ValueKind.Composed => letter.Value(value.Index),
        ValueKind.SignatoryName => letter.ShownSignatory(value.Index).Name,
        ValueKind.SignatoryLine => letter.ShownSignatory(value.Index).ShownLine(value.Line),
        _ => letter.Info.Title ?? "Letter",
    };
}
