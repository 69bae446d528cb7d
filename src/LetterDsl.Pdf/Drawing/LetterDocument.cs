using System;
using System.Collections.Generic;
using System.IO;
using LetterDsl.Pdf.Options;
using PdfSharp.Drawing;
using PdfSharp.Pdf;
using PdfSharp.UniversalAccessibility;

namespace LetterDsl.Pdf.Drawing;

/// <summary>
/// A PDF document that letters are drawn into: one letter for <see cref="PdfLetterExtensions.ToPdf"/>, many for
/// <see cref="PdfMerge"/>. It is tagged from the start (PDFsharp's <see cref="UAManager"/> must see every page as
/// it is added), asks for PDF/A when the options do, and carries the metadata of its first letter.
/// </summary>
internal sealed class LetterDocument : IDisposable
{
    private readonly List<XImage> _images = new();
    private bool _hasMetadata;

    public LetterDocument(PdfOptions options)
    {
        Document = new PdfDocument();
        if (options.PdfA)
        {
            Document.SetPdfA();
        }

        Tags = new StructureTags(UAManager.ForDocument(Document).StructureBuilder);
        Document.Info.Creator = "LetterDsl";
        Document.Options.FlateEncodeMode = PdfFlateEncodeMode.BestSpeed;
    }

    public PdfDocument Document { get; }

    public StructureTags Tags { get; }

    /// <summary>The images drawn so far; PDFsharp reads them again when the document is saved, so they live as long as it does.</summary>
    public List<XImage> Images => _images;

    public int PageCount => Document.PageCount;

    /// <summary>Sets the title, author, subject and language from the first letter drawn.</summary>
    public void SetMetadata(LetterInfo letter)
    {
        if (_hasMetadata)
        {
            return;
        }

        _hasMetadata = true;
        if (letter.Title is { Length: > 0 } title)
        {
            Document.Info.Title = PrintedText.Clean(title);
        }

        if (letter.Author is { Length: > 0 } author)
        {
            Document.Info.Author = PrintedText.Clean(author);
        }

        if (letter.Summary is { Length: > 0 } summary)
        {
            Document.Info.Subject = PrintedText.Clean(summary);
        }

        if (letter.CultureName.Length > 0)
        {
            UAManager.ForDocument(Document).SetDocumentLanguage(letter.CultureName);
        }
    }

    /// <summary>Adds a blank page, so that the next letter of a merge starts on the front of a sheet.</summary>
    public void AddBlankPage(double width, double height)
    {
        PdfPage page = Document.AddPage();
        page.Width = XUnit.FromPoint(width);
        page.Height = XUnit.FromPoint(height);
    }

    /// <summary>Writes the document to <paramref name="destination"/> from its current position.</summary>
    /// <remarks>PDFsharp writes byte offsets from the start of the stream it saves to and rewinds it afterwards, so it
    /// saves to memory and the bytes are copied: <paramref name="destination"/> may be at any position and need not seek.</remarks>
    public void Save(Stream destination)
    {
        using var buffer = new MemoryStream();
        Document.Save(buffer, closeStream: false);
        buffer.Position = 0;
        buffer.CopyTo(destination);
    }

    public void Dispose()
    {
        Document.Dispose();
        foreach (XImage image in _images)
        {
            image.Dispose();
        }
    }
}
