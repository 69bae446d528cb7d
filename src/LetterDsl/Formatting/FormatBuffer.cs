using System;
using System.Buffers;

namespace LetterDsl.Formatting;

/// <summary>
/// Runs a <see cref="TryFormatter{TState}"/> on a stack buffer, retrying with pooled arrays only for values
/// that do not fit, for the methods that return a value as a string.
/// </summary>
internal static class FormatBuffer
{
    // Holds any date, range, ordinal or number a letter writes; longer values are rare enough to rent for.
    private const int StackLength = 128;

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
