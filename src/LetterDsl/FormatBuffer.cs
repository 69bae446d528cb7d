using System;
using System.Buffers;

namespace LetterDsl;

/// <summary>
/// Runs a <see cref="TryFormatter{TState}"/> on a stack buffer, retrying with pooled arrays only for values
/// that do not fit, so rendering a letter allocates nothing per value.
/// </summary>
internal static class FormatBuffer
{
    // Holds any date, range, ordinal or number a letter writes; longer values are rare enough to rent for.
    private const int StackLength = 128;

    /// <summary>Formats the value and hands it to <see cref="LetterWriter.WriteValue(ReadOnlySpan{char})"/>.</summary>
    public static void Write<TState>(LetterWriter writer, in TState state, TryFormatter<TState> tryFormat)
    {
        ArgumentNullException.ThrowIfNull(writer);
        Span<char> buffer = stackalloc char[StackLength];
        if (tryFormat(in state, buffer, out int written))
        {
            writer.WriteValue(buffer[..written]);
            return;
        }

        char[] rented = RentFitting(in state, tryFormat, out written);
        try
        {
            writer.WriteValue(rented.AsSpan(0, written));
        }
        finally
        {
            ArrayPool<char>.Shared.Return(rented);
        }
    }

    /// <summary>Formats the value into a new string.</summary>
    public static string ToString<TState>(in TState state, TryFormatter<TState> tryFormat)
    {
        Span<char> buffer = stackalloc char[StackLength];
        if (tryFormat(in state, buffer, out int written))
        {
            return new string(buffer[..written]);
        }

        char[] rented = RentFitting(in state, tryFormat, out written);
        string result = new(rented, 0, written);
        ArrayPool<char>.Shared.Return(rented);
        return result;
    }

    private static char[] RentFitting<TState>(in TState state, TryFormatter<TState> tryFormat, out int written)
    {
        int length = StackLength;
        while (true)
        {
            length = checked(length * 2);
            char[] rented = ArrayPool<char>.Shared.Rent(length);
            if (tryFormat(in state, rented, out written))
            {
                return rented;
            }

            length = rented.Length;
            ArrayPool<char>.Shared.Return(rented);
        }
    }
}
