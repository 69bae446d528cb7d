namespace LetterDsl.Pdf;

/// <summary>
/// TrueType font files (<c>.ttf</c> with TrueType outlines) to set a letter in, instead of the embedded Liberation
/// Serif. Only <see cref="Regular"/> is required: a missing bold or italic face is simulated from the regular one.
/// </summary>
/// <remarks>The files are read once per <see cref="PdfOptions"/> instance and kept in memory for the life of the
/// process, because PDFsharp's font cache is process-wide.</remarks>
public sealed class PdfFontFiles
{
    /// <summary>The path of the regular face.</summary>
    public required string Regular { get; init; }

    /// <summary>The path of the bold face, or <see langword="null"/> to embolden the regular face.</summary>
    public string? Bold { get; init; }

    /// <summary>The path of the italic face, or <see langword="null"/> to slant the regular face.</summary>
    public string? Italic { get; init; }

    /// <summary>The path of the bold italic face, or <see langword="null"/> to derive it from the bold or italic face.</summary>
    public string? BoldItalic { get; init; }
}
