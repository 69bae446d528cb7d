using System;
using System.IO;

namespace LetterDsl.Pdf;

/// <summary>Renders any <see cref="ILetter"/> as PDF in one line.</summary>
public static class PdfLetterExtensions
{
    /// <summary>Renders <paramref name="letter"/> as a PDF document.</summary>
    /// <param name="letter">The letter to render.</param>
    /// <param name="options">Paper, letterhead, fonts and images; <see langword="null"/> for A4 with the embedded Liberation Serif.</param>
    /// <returns>The bytes of the PDF file.</returns>
    /// <exception cref="ArgumentException">An image or font file in <paramref name="options"/> cannot be used; the exception names the option.</exception>
    public static byte[] ToPdf(this ILetter letter, PdfOptions? options = null)
    {
        using var bytes = new MemoryStream();
        WritePdf(letter, bytes, options);
        return bytes.ToArray();
    }

    /// <summary>Writes <paramref name="letter"/> as a PDF document to <paramref name="destination"/>.</summary>
    /// <param name="letter">The letter to render.</param>
    /// <param name="destination">Receives the PDF's bytes from its current position; it is not flushed or closed and need not seek.</param>
    /// <param name="options">Paper, letterhead, fonts and images; <see langword="null"/> for A4 with the embedded Liberation Serif.</param>
    /// <exception cref="ArgumentException">An image or font file in <paramref name="options"/> cannot be used; the exception names the option.</exception>
    public static void WritePdf(this ILetter letter, Stream destination, PdfOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(letter);
        letter.Render(new PdfLetterWriter(destination, options));
    }
}
