using System;
using System.Buffers.Binary;
using System.IO;
using LetterDsl.Pdf.Fonts;
using PdfSharp.Drawing;
using PdfSharp.Pdf;

namespace LetterDsl.Pdf.Options;

/// <summary>Reads the font files <see cref="PdfOptions.Fonts"/> names and makes sure PDFsharp can measure and embed them.</summary>
internal static class FontFileCheck
{
    private const uint TrueType = 0x00010000;
    private const uint AppleTrueType = 0x74727565; // "true"
    private const uint OpenTypeCff = 0x4F54544F; // "OTTO"
    private const uint Collection = 0x74746366; // "ttcf"

    /// <summary>Registers the files with the font resolver and returns the family name to draw with.</summary>
    /// <exception cref="ArgumentException">A file cannot be read, is not a TrueType font, or PDFsharp cannot use it.</exception>
    public static string Register(PdfFontFiles fonts)
    {
        const string Option = nameof(PdfOptions) + "." + nameof(PdfOptions.Fonts);
        if (fonts.Regular is null)
        {
            throw new ArgumentException($"{Option}.{nameof(PdfFontFiles.Regular)} is required.", Option + "." + nameof(PdfFontFiles.Regular));
        }

        byte[] regular = Read(fonts.Regular, Option + "." + nameof(PdfFontFiles.Regular))!;
        byte[]? bold = Read(fonts.Bold, Option + "." + nameof(PdfFontFiles.Bold));
        byte[]? italic = Read(fonts.Italic, Option + "." + nameof(PdfFontFiles.Italic));
        byte[]? boldItalic = Read(fonts.BoldItalic, Option + "." + nameof(PdfFontFiles.BoldItalic));

        LetterFontResolver.EnsureInstalled();
        string family = LetterFontResolver.Instance.Register(regular, bold, italic, boldItalic);
        Try(family, FontFace.Regular, Option + "." + nameof(PdfFontFiles.Regular), fonts.Regular);
        Try(family, FontFace.Bold, Option + "." + (bold is null ? nameof(PdfFontFiles.Regular) : nameof(PdfFontFiles.Bold)), fonts.Bold ?? fonts.Regular);
        Try(family, FontFace.Italic, Option + "." + (italic is null ? nameof(PdfFontFiles.Regular) : nameof(PdfFontFiles.Italic)), fonts.Italic ?? fonts.Regular);
        Try(family, FontFace.BoldItalic, Option + "." + (boldItalic is null ? nameof(PdfFontFiles.Regular) : nameof(PdfFontFiles.BoldItalic)), fonts.BoldItalic ?? fonts.Regular);
        return family;
    }

    private static byte[]? Read(string? path, string option)
    {
        if (path is null)
        {
            return null;
        }

        byte[] bytes;
        try
        {
            bytes = File.ReadAllBytes(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            throw new ArgumentException($"{option}: the font file '{path}' cannot be read: {e.Message}", option, e);
        }

        uint tag = bytes.Length >= 12 ? BinaryPrimitives.ReadUInt32BigEndian(bytes) : 0;
        string? problem = tag switch
        {
            TrueType or AppleTrueType => null,
            OpenTypeCff => "is an OpenType font with PostScript (CFF) outlines, which PDFsharp 6.2 cannot embed; give a .ttf with TrueType outlines",
            Collection => "is a font collection (.ttc); give a single .ttf",
            _ => "is not a TrueType font",
        };
        return problem is null ? bytes : throw new ArgumentException($"{option}: '{path}' {problem}.", option);
    }

    /// <summary>Measures and embeds a face in a scratch document, so a damaged file fails here and not in the middle of a merge.</summary>
    private static void Try(string family, FontFace face, string option, string path)
    {
        try
        {
            FaceMetrics.For(family, face).Width("Ag");
            using var document = new PdfDocument();
            using (XGraphics graphics = XGraphics.FromPdfPage(document.AddPage()))
            {
                graphics.DrawString("Ag", FaceMetrics.Font(family, face, 12), XBrushes.Black, 10, 20);
            }

            document.Save(Stream.Null);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            throw new ArgumentException($"{option}: PDFsharp cannot use the font '{path}': {e.Message}", option, e);
        }
    }
}
