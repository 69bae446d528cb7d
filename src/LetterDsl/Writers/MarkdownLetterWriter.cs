using System;
using System.Buffers;
using System.IO;
using LetterDsl.Planning;

namespace LetterDsl.Writers;

/// <summary>
/// Writes a letter as Markdown, in the subset its template was written in. The layout is described on
/// <see cref="LineLetterWriter"/>; the subject is bold (<c>**…**</c>), emphasis is <c>**</c> and <c>*</c>, a soft
/// break is a line feed and a hard break two spaces and a line feed.
/// </summary>
/// <remarks>Template text is written verbatim. Values are escaped by <see cref="MarkdownValues"/> so that they never
/// change the structure.</remarks>
internal sealed class MarkdownLetterWriter : LineLetterWriter, IPooledLetterWriter<MarkdownLetterWriter>
{
    /// <summary>Creates a writer that streams the Markdown to <paramref name="writer"/>.</summary>
    /// <param name="writer">The target; it is written to as the letter renders and is not flushed or closed.</param>
    public MarkdownLetterWriter(TextWriter writer)
        : base(new OutputBuffer(writer))
    {
    }

    private MarkdownLetterWriter(OutputBuffer output)
        : base(output)
    {
    }

    private protected override string HardBreak => "  \n";

    private protected override bool SoftBreakStartsLine => true;

    OutputBuffer IPooledLetterWriter<MarkdownLetterWriter>.Output => Output;

    PlanFormat? IPooledLetterWriter<MarkdownLetterWriter>.PlanFormat => PlanFormatOrNull;

    object? IPooledLetterWriter<MarkdownLetterWriter>.PlanOptions => null;

    private protected override PlanFormat? PlanFormatOrNull => PlanFormat.Markdown;

    static MarkdownLetterWriter IPooledLetterWriter<MarkdownLetterWriter>.Create() => new(new OutputBuffer());

    static MarkdownLetterWriter IPooledLetterWriter<MarkdownLetterWriter>.Create(TextWriter target, object? options) => new(target);

    void IPooledLetterWriter<MarkdownLetterWriter>.Configure(object? options)
    {
    }

    private protected override string EmphasisMarker(Emphasis emphasis) => emphasis == Emphasis.Bold ? "**" : "*";

    private protected override void WriteValueCore(ReadOnlySpan<char> value)
    {
        int capacity = MarkdownValues.MaxLength(value.Length);
        char[]? rented = capacity > 256 ? ArrayPool<char>.Shared.Rent(capacity) : null;
        Span<char> escaped = rented ?? stackalloc char[256];
        try
        {
            int length = MarkdownValues.Escape(NextLineState, value, escaped, out _);
            WriteInline(escaped[..length]);
        }
        finally
        {
            if (rented is not null)
            {
                ArrayPool<char>.Shared.Return(rented);
            }
        }
    }
}
