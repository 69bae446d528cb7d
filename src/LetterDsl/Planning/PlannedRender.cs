using System;
using System.Runtime.CompilerServices;
using LetterDsl.Composition;

namespace LetterDsl.Planning;

/// <summary>Renders a composed letter from its plan: measures the values, then writes the literals and the escaped values into one string.</summary>
internal static class PlannedRender
{
    /// <summary>The letter's output, or <see langword="null"/> when a value is one the plan cannot write (then render in full).</summary>
    public static string? TryRender(RenderPlan plan, LetterComposer letter)
    {
        int length = plan.LiteralLength;
        foreach (PlannedValue value in plan.Values)
        {
            if (!plan.Format.TryMeasure(value.Context, Resolve(letter, value.Value), out int valueLength))
            {
                return null;
            }

            length += valueLength;
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

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static ReadOnlySpan<char> Resolve(LetterComposer letter, ValueRef value) => value.Kind switch
    {
        ValueKind.Composed => letter.Value(value.Index),
        ValueKind.SignatoryName => letter.ShownSignatory(value.Index).Name,
        ValueKind.SignatoryLine => letter.ShownSignatory(value.Index).ShownLine(value.Line),
        _ => letter.Info.Title ?? "Letter",
    };
}
