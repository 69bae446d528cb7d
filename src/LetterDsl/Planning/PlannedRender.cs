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

    /// <summary>The letter's output, or <see langword="null"/> when a value is one the plan cannot write (then render in full).</summary>
    public static string? TryRender(RenderPlan plan, LetterComposer letter)
    {
        if (!TryMeasure(plan, letter, out int length, out _))
        {
            return null;
        }

        return string.Create(length, (plan, letter), static (destination, state) =>
        {
            (RenderPlan plan, LetterComposer letter) = state;
            string[] literals = plan.Literals;
            PlannedValue[] values = plan.Values;
            for (int i = 0; i < values.Length; i++)
            {
                literals[i].CopyTo(destination);
                destination = destination[literals[i].Length..];
                int written = plan.Format.Write(values[i].Context, Resolve(letter, values[i].Value), destination);
                destination = destination[written..];
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
        if (!TryMeasure(plan, letter, out _, out int longest))
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
                int written = plan.Format.Write(values[i].Context, Resolve(letter, values[i].Value), scratch);
                target.Write(scratch[..written]);
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

    private static bool TryMeasure(RenderPlan plan, LetterComposer letter, out int length, out int longestValue)
    {
        length = plan.LiteralLength;
        longestValue = 0;
        foreach (PlannedValue value in plan.Values)
        {
            if (!plan.Format.TryMeasure(value.Context, Resolve(letter, value.Value), out int valueLength))
            {
                return false;
            }

            length += valueLength;
            longestValue = Math.Max(longestValue, valueLength);
        }

        return true;
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
