using System;
using System.IO;
using PdfSharp.Drawing;
using PdfSharp.Pdf;

namespace LetterDsl.Pdf.Options;

/// <summary>A PNG or JPEG image that PDFsharp has been seen to read and embed, with its size in pixels.</summary>
internal sealed record CheckedImage(byte[] Bytes, int PixelWidth, int PixelHeight)
{
    private static ReadOnlySpan<byte> Png => [0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A];

    private static ReadOnlySpan<byte> Jpeg => [0xFF, 0xD8, 0xFF];

    /// <summary>Checks <paramref name="bytes"/> by its signature, then by letting PDFsharp embed it in a scratch document.</summary>
    /// <param name="bytes">The image.</param>
    /// <param name="option">The option that gave it, as the exception names it ("PdfOptions.Letterhead.Logo").</param>
    /// <exception cref="ArgumentException">The bytes are missing, not PNG or JPEG, or PDFsharp cannot read them.</exception>
    public static CheckedImage Check(byte[]? bytes, string option)
    {
        if (bytes is null || bytes.Length == 0)
        {
            throw new ArgumentException($"{option} is empty: give the bytes of a PNG or JPEG image.", option);
        }

        bool png = bytes.AsSpan().StartsWith(Png);
        if (!png && !bytes.AsSpan().StartsWith(Jpeg))
        {
            string start = Convert.ToHexString(bytes, 0, Math.Min(bytes.Length, 8));
            throw new ArgumentException($"{option} is not a PNG or JPEG image: it starts with the bytes {start}.", option);
        }

        try
        {
            using var document = new PdfDocument();
            int width;
            int height;
            using (XGraphics graphics = XGraphics.FromPdfPage(document.AddPage()))
            using (XImage image = XImage.FromStream(new MemoryStream(bytes, writable: false)))
            {
                width = image.PixelWidth;
                height = image.PixelHeight;
                graphics.DrawImage(image, 0, 0, 10, 10);
            }

            document.Save(Stream.Null);
            if (width <= 0 || height <= 0)
            {
                throw new InvalidDataException($"the image is {width} × {height} pixels.");
            }

            return new CheckedImage(bytes, width, height);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // PDFsharp reports damaged images with whatever its decoder throws; this names the option instead.
            throw new ArgumentException($"{option} could not be read as a {(png ? "PNG" : "JPEG")} image: {e.Message}", option, e);
        }
    }

    /// <summary>A new PDFsharp image of these bytes, for one document.</summary>
    public XImage Load() => XImage.FromStream(new MemoryStream(Bytes, writable: false));
}
