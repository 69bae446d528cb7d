using System;

namespace LetterDsl.Formatting;

/// <summary>Formats <paramref name="state"/> into a buffer; <see langword="false"/> when the buffer is too small.
/// The shape of <see cref="ISpanFormattable.TryFormat"/>, for values that need a culture beside them.</summary>
internal delegate bool TryFormatter<TState>(in TState state, Span<char> destination, out int charsWritten);
