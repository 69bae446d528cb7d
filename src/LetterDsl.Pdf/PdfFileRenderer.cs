using System;
using System.IO;

namespace LetterDsl.Pdf;

/// <summary>Plugs PDF into <see cref="LetterMerge"/>: one <c>.pdf</c> file per recipient.</summary>
public sealed class PdfFileRenderer : ILetterFileRenderer
{
    private readonly PdfOptions _options;

    /// <summary>A renderer with the default options (A4, the embedded Liberation Serif).</summary>
    public PdfFileRenderer()
        : this(PdfOptions.Default)
    {
    }

    /// <summary>A renderer of documents laid out by <paramref name="options"/>.</summary>
    /// <param name="options">Paper, letterhead, fonts and images, shared by every letter of the merge.</param>
    public PdfFileRenderer(PdfOptions options) => _options = options ?? throw new ArgumentNullException(nameof(options));

    /// <summary>A renderer with the default options.</summary>
    public static PdfFileRenderer Default { get; } = new();

    /// <inheritdoc/>
    public string FileExtension => ".pdf";

    /// <inheritdoc/>
    public void Render(ILetter letter, Stream destination) => letter.WritePdf(destination, _options);
}
