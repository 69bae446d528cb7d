using System;
using System.IO;

namespace LetterDsl.Docx;

/// <summary>Renders any <see cref="ILetter"/> as a Word document in one line.</summary>
public static class DocxLetterExtensions
{
    /// <summary>Renders <paramref name="letter"/> as an A4 .docx document.</summary>
    /// <param name="letter">The letter to render.</param>
    /// <returns>The bytes of the .docx file.</returns>
    public static byte[] ToDocx(this ILetter letter) => ToDocx(letter, DocxOptions.Default);

    /// <summary>Renders <paramref name="letter"/> as a .docx document laid out by <paramref name="options"/>.</summary>
    /// <param name="letter">The letter to render.</param>
    /// <param name="options">The page size.</param>
    /// <returns>The bytes of the .docx file.</returns>
    public static byte[] ToDocx(this ILetter letter, DocxOptions options)
    {
        using var bytes = new MemoryStream();
        WriteDocx(letter, bytes, options);
        return bytes.ToArray();
    }

    /// <summary>Writes <paramref name="letter"/> as an A4 .docx document to <paramref name="destination"/>.</summary>
    /// <param name="letter">The letter to render.</param>
    /// <param name="destination">Receives the .docx bytes; it is not flushed or closed.</param>
    public static void WriteDocx(this ILetter letter, Stream destination) => WriteDocx(letter, destination, DocxOptions.Default);

    /// <summary>Writes <paramref name="letter"/> as a .docx document laid out by <paramref name="options"/> to <paramref name="destination"/>.</summary>
    /// <param name="letter">The letter to render.</param>
    /// <param name="destination">Receives the .docx bytes; it is not flushed or closed.</param>
    /// <param name="options">The page size.</param>
    public static void WriteDocx(this ILetter letter, Stream destination, DocxOptions options)
    {
        ArgumentNullException.ThrowIfNull(letter);
        letter.Render(new DocxLetterWriter(destination, options));
    }
}
