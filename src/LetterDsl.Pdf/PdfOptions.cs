using System;
using System.Collections.Generic;
using LetterDsl.Pdf.Options;

namespace LetterDsl.Pdf;

/// <summary>Options for rendering a letter as PDF.</summary>
/// <remarks>
/// The images and font files an instance names are read and checked once, the first time the instance renders a
/// letter; a problem is an <see cref="ArgumentException"/> naming the option. Keep one instance for a batch of
/// letters and do not change the byte arrays it holds after that first render.
/// </remarks>
public sealed class PdfOptions
{
    private readonly Lazy<PreparedOptions> _prepared;

    /// <summary>Creates options with the defaults: A4, the embedded Liberation Serif, no letterhead.</summary>
    public PdfOptions() => _prepared = new Lazy<PreparedOptions>(() => PreparedOptions.From(this));

    /// <summary>The defaults: A4 paper, Liberation Serif, no letterhead, no signature images, not PDF/A.</summary>
    public static PdfOptions Default { get; } = new();

    /// <summary>The paper size. The default is <see cref="PdfPageSize.A4"/>.</summary>
    public PdfPageSize PageSize { get; init; } = PdfPageSize.A4;

    /// <summary>A letterhead printed on the first page only, in the layout's letterhead area; <see langword="null"/> for none.</summary>
    public PdfLetterhead? Letterhead { get; init; }

    /// <summary>
    /// Signature images, by signatory name: an entry whose key equals a <see cref="Signatory.Name"/> (ordinally)
    /// puts that PNG or JPEG image in the space above the signatory's name. Names a letter does not have are ignored,
    /// so one map can serve a whole merge.
    /// </summary>
    public IReadOnlyDictionary<string, byte[]>? SignatureImages { get; init; }

    /// <summary>The font files to set the letter in; <see langword="null"/> for the embedded Liberation Serif.</summary>
    public PdfFontFiles? Fonts { get; init; }

    /// <summary>
    /// Asks PDFsharp for PDF/A: it then writes the PDF/A-1A identification in the XMP metadata, an sRGB output intent
    /// and no transparency groups. See docs/formats.md for what that does and does not guarantee.
    /// </summary>
    public bool PdfA { get; init; }

    /// <summary>The checked images and fonts, read once.</summary>
    internal PreparedOptions Prepared => _prepared.Value;
}

/// <summary>The paper sizes a PDF letter can be laid out on.</summary>
public enum PdfPageSize
{
    /// <summary>ISO A4, 210 × 297 mm.</summary>
    A4,

    /// <summary>US Letter, 8.5 × 11 in (215.9 × 279.4 mm).</summary>
    Letter,
}
