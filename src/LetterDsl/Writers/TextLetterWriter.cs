using System;
using System.IO;

namespace LetterDsl;

/// <summary>
/// Writes a letter as plain text, in the layout described on <see cref="LineLetterWriter"/>, without emphasis
/// markers or escapes: a soft break is a space, a hard break a line feed, bullets are <c>- </c> and numbered items
/// <c>n. </c>. With <see cref="TextOptions.Width"/> set, block content is wrapped at that width.
/// </summary>
/// <remarks>Template text and values are written verbatim, except that control characters in values (C0 except tab,
/// DEL, C1, U+2028 and U+2029) become spaces.</remarks>
public sealed class TextLetterWriter : LineLetterWriter, IPooledLetterWriter<TextLetterWriter>
{
    /// <summary>Creates a writer that streams unwrapped text to <paramref name="writer"/>.</summary>
    /// <param name="writer">The target; it is written to as the letter renders and is not flushed or closed.</param>
    public TextLetterWriter(TextWriter writer)
        : this(writer, TextOptions.Default)
    {
    }

    /// <summary>Creates a writer that streams text laid out by <paramref name="options"/> to <paramref name="writer"/>.</summary>
    /// <param name="writer">The target; it is written to as the letter renders and is not flushed or closed.</param>
    /// <param name="options">The text options, such as the wrapping width.</param>
    public TextLetterWriter(TextWriter writer, TextOptions options)
        : base(new OutputBuffer(writer))
    {
        Configure(options);
    }

    private TextLetterWriter(OutputBuffer output)
        : base(output)
    {
    }

    private protected override string HardBreak => "\n";

    private protected override bool SoftBreakStartsLine => false;

    OutputBuffer IPooledLetterWriter<TextLetterWriter>.Output => Output;

    static TextLetterWriter IPooledLetterWriter<TextLetterWriter>.Create() => new(new OutputBuffer());

    void IPooledLetterWriter<TextLetterWriter>.Configure(object? options) => Configure(options as TextOptions ?? TextOptions.Default);

    private protected override string EmphasisMarker(Emphasis emphasis) => string.Empty;

    private protected override void WriteValueCore(ReadOnlySpan<char> value) =>
        ValueText.WriteReplacingControls(value, this, static (writer, run) => writer.WriteInline(run));

    private void Configure(TextOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        SetWrapWidth(options.Width);
    }
}
