using System;
using System.IO;

namespace LetterDsl.Docx;

/// <summary>Plugs Word documents into <see cref="LetterMerge"/>: one <c>.docx</c> file per recipient.</summary>
public sealed class DocxFileRenderer : ILetterFileRenderer
{
    private readonly DocxOptions _options;

    /// <summary>A renderer of A4 documents.</summary>
    public DocxFileRenderer()
        : this(DocxOptions.Default)
    {
    }

    /// <summary>A renderer of documents laid out by <paramref name="options"/>.</summary>
    /// <param name="options">The page size.</param>
    public DocxFileRenderer(DocxOptions options) => _options = options ?? throw new ArgumentNullException(nameof(options));

    /// <summary>A renderer of A4 documents.</summary>
    public static DocxFileRenderer Default { get; } = new();

    /// <inheritdoc/>
    public string FileExtension => ".docx";

    /// <inheritdoc/>
    public void Render(ILetter letter, Stream destination) => letter.WriteDocx(destination, _options);
}
