using System;
using System.Collections.Generic;
using LetterDsl.Pdf.Fonts;

namespace LetterDsl.Pdf.Options;

/// <summary>A <see cref="PdfOptions"/> with its images and fonts read and checked, once.</summary>
internal sealed class PreparedOptions
{
    private PreparedOptions(PdfOptions options, string family, CheckedImage? logo, IReadOnlyList<string> letterheadLines, Dictionary<string, CheckedImage> signatures)
    {
        Options = options;
        Family = family;
        Logo = logo;
        LetterheadLines = letterheadLines;
        Signatures = signatures;
    }

    public PdfOptions Options { get; }

    /// <summary>The font family the letter is set in.</summary>
    public string Family { get; }

    public CheckedImage? Logo { get; }

    /// <summary>The letterhead's lines, cleaned; empty ones left out.</summary>
    public IReadOnlyList<string> LetterheadLines { get; }

    public string LogoDescription => PrintedText.Clean(Options.Letterhead?.LogoDescription ?? "Logo");

    /// <summary>The signature image for <paramref name="signatory"/>, or <see langword="null"/>.</summary>
    public CheckedImage? SignatureOf(Signatory signatory) => Signatures.TryGetValue(signatory.Name, out CheckedImage? image) ? image : null;

    private Dictionary<string, CheckedImage> Signatures { get; }

    /// <exception cref="ArgumentException">An image or a font file the options name cannot be used; the message and
    /// <see cref="ArgumentException.ParamName"/> name the option.</exception>
    public static PreparedOptions From(PdfOptions options)
    {
        if (!Enum.IsDefined(options.PageSize))
        {
            throw new ArgumentException($"{nameof(PdfOptions)}.{nameof(PdfOptions.PageSize)} is {(int)options.PageSize}, which is not a paper size.", nameof(PdfOptions) + "." + nameof(PdfOptions.PageSize));
        }

        LetterFontResolver.EnsureInstalled();
        string family = options.Fonts is { } fonts ? FontFileCheck.Register(fonts) : LetterFontResolver.EmbeddedFamily;

        CheckedImage? logo = null;
        var lines = new List<string>();
        if (options.Letterhead is { } letterhead)
        {
            if (letterhead.Logo is not null)
            {
                logo = CheckedImage.Check(letterhead.Logo, nameof(PdfOptions) + "." + nameof(PdfOptions.Letterhead) + "." + nameof(PdfLetterhead.Logo));
            }

            foreach (string? line in letterhead.Lines ?? Array.Empty<string>())
            {
                if (!string.IsNullOrEmpty(line))
                {
                    lines.Add(PrintedText.Clean(line));
                }
            }
        }

        var signatures = new Dictionary<string, CheckedImage>(StringComparer.Ordinal);
        foreach ((string name, byte[] image) in options.SignatureImages ?? new Dictionary<string, byte[]>())
        {
            signatures[name] = CheckedImage.Check(image, $"{nameof(PdfOptions)}.{nameof(PdfOptions.SignatureImages)}[\"{name}\"]");
        }

        return new PreparedOptions(options, family, logo, lines, signatures);
    }
}
