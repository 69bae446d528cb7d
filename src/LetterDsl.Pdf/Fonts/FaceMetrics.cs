using System;
using System.Collections.Concurrent;
using System.Threading;
using PdfSharp.Drawing;
using PdfSharp.Pdf;

namespace LetterDsl.Pdf.Fonts;

/// <summary>
/// The advance widths of one face's characters, in ems, measured by PDFsharp once per character and shared by every
/// render in the process, so that breaking a letter's lines costs a table look-up per character.
/// </summary>
/// <remarks>PDFsharp neither kerns nor shapes, so a string's width is the sum of its characters' widths; this is
/// the same figure <see cref="XGraphics.MeasureString(string, XFont)"/> returns for the whole string.</remarks>
internal sealed class FaceMetrics
{
    // Measured at 1000 pt, so that a width in ems keeps PDFsharp's precision.
    private const double MeasureSize = 1000;

    private static readonly ConcurrentDictionary<(string Family, FontFace Face), FaceMetrics> Cache = new();

    private readonly object _measureLock = new();
    private readonly XFont _font;
    private readonly XGraphics _measure;
    private readonly float[]?[] _blocks = new float[256][];
    private readonly ConcurrentDictionary<int, double> _astral = new();

    private FaceMetrics(string family, FontFace face)
    {
        _font = Font(family, face, MeasureSize);
        _measure = XGraphics.CreateMeasureContext(new XSize(1, 1), XGraphicsUnit.Point, XPageDirection.Downwards);
        XFontMetrics metrics = _font.Metrics;
        Ascent = (double)metrics.Ascent / metrics.UnitsPerEm;
        Descent = (double)metrics.Descent / metrics.UnitsPerEm;
    }

    /// <summary>The height above the baseline, in ems.</summary>
    public double Ascent { get; }

    /// <summary>The depth below the baseline, in ems (positive).</summary>
    public double Descent { get; }

    public static FaceMetrics For(string family, FontFace face) => Cache.GetOrAdd((family, face), static key => new FaceMetrics(key.Family, key.Face));

    /// <summary>The XFont this package draws <paramref name="face"/> of <paramref name="family"/> with: Unicode encoding, embedded as a subset.</summary>
    public static XFont Font(string family, FontFace face, double size)
    {
        XFontStyleEx style = face switch
        {
            FontFace.Bold => XFontStyleEx.Bold,
            FontFace.Italic => XFontStyleEx.Italic,
            FontFace.BoldItalic => XFontStyleEx.BoldItalic,
            _ => XFontStyleEx.Regular,
        };
        return new XFont(family, size, style, new XPdfFontOptions(PdfFontEncoding.Unicode, PdfFontEmbedding.TryComputeSubset));
    }

    /// <summary>The width of <paramref name="text"/> in ems.</summary>
    public double Width(ReadOnlySpan<char> text)
    {
        double width = 0;
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                width += Astral(char.ConvertToUtf32(c, text[++i]));
            }
            else
            {
                width += Width(c);
            }
        }

        return width;
    }

    /// <summary>The width of one UTF-16 character in ems.</summary>
    public double Width(char c)
    {
        float[]? block = Volatile.Read(ref _blocks[c >> 8]);
        if (block is not null)
        {
            float width = block[c & 0xFF];
            if (!float.IsNaN(width))
            {
                return width;
            }
        }

        return Measure(c);
    }

    private double Measure(char c)
    {
        lock (_measureLock)
        {
            float[]? block = _blocks[c >> 8];
            if (block is null)
            {
                block = new float[256];
                Array.Fill(block, float.NaN);
                Volatile.Write(ref _blocks[c >> 8], block);
            }

            float width = (float)(_measure.MeasureString(c.ToString(), _font).Width / MeasureSize);
            block[c & 0xFF] = width;
            return width;
        }
    }

    private double Astral(int codePoint) => _astral.GetOrAdd(codePoint, cp =>
    {
        lock (_measureLock)
        {
            return _measure.MeasureString(char.ConvertFromUtf32(cp), _font).Width / MeasureSize;
        }
    });
}
