using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading;
using LetterDsl.Pdf.Drawing;

namespace LetterDsl.Pdf;

/// <summary>
/// A mail merge into one PDF: every recipient's letter in one document, each starting on the front of a new sheet
/// (a blank page follows a letter with an odd number of pages), ready for duplex printing.
/// </summary>
/// <remarks>
/// PDFsharp keeps a whole document in memory until it is saved, so memory grows with the number of letters (by what
/// a letter's pages hold: its text, its share of the fonts, its structure tree). <see cref="LetterMerge.WriteFiles{TRecipient}"/>
/// with <see cref="PdfFileRenderer"/>, one file per recipient, runs in flat memory. docs/performance.md has the figures.
/// </remarks>
public static class PdfMerge
{
    /// <summary>Renders <paramref name="createLetter"/>'s letter for every recipient into the one PDF file <paramref name="path"/>.</summary>
    /// <typeparam name="TRecipient">The recipient type.</typeparam>
    /// <param name="recipients">The recipients, in order; read one at a time.</param>
    /// <param name="createLetter">Creates the letter for one recipient.</param>
    /// <param name="path">The PDF file to write; its folder is created when missing, and a file already there is replaced.</param>
    /// <param name="options">Paper, letterhead, fonts and images, shared by every letter.</param>
    /// <param name="progress">Told after each letter is added; may be <see langword="null"/>.</param>
    /// <param name="cancellationToken">Stops the merge between two letters; nothing is written then.</param>
    /// <returns>The number of letters in the file.</returns>
    /// <remarks>The file is written under a temporary name and moved into place once complete, so a failure never
    /// leaves a half-written PDF behind.</remarks>
    /// <exception cref="ArgumentException">There are no recipients (a PDF needs a page), or an option cannot be used.</exception>
    public static int WriteFile<TRecipient>(
        IEnumerable<TRecipient> recipients,
        Func<TRecipient, ILetter> createLetter,
        string path,
        PdfOptions? options = null,
        IProgress<LetterMergeProgress>? progress = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(recipients);
        ArgumentNullException.ThrowIfNull(createLetter);
        ArgumentException.ThrowIfNullOrEmpty(path);

        string full = Path.GetFullPath(path);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        int? total = recipients.TryGetNonEnumeratedCount(out int count) ? count : null;
        string partial = full + ".partial";
        try
        {
            int written;
            using (var stream = new FileStream(partial, FileMode.Create, FileAccess.Write, FileShare.None))
            {
                written = Write(recipients.Select(createLetter), stream, options, done => progress?.Report(new LetterMergeProgress(done, total, full)), cancellationToken);
            }

            File.Move(partial, full, overwrite: true);
            return written;
        }
        catch
        {
            File.Delete(partial);
            throw;
        }
    }

    /// <summary>Renders <paramref name="letters"/> into one PDF written to <paramref name="destination"/>.</summary>
    /// <param name="letters">The letters, in order; read one at a time.</param>
    /// <param name="destination">Receives the PDF from its current position once every letter is in; it is not flushed or closed.</param>
    /// <param name="options">Paper, letterhead, fonts and images, shared by every letter.</param>
    /// <returns>The number of letters written.</returns>
    /// <exception cref="ArgumentException">There are no letters, or an option cannot be used.</exception>
    public static int Write(IEnumerable<ILetter> letters, Stream destination, PdfOptions? options = null) =>
        Write(letters, destination, options, null, CancellationToken.None);

    private static int Write(IEnumerable<ILetter> letters, Stream destination, PdfOptions? options, Action<int>? added, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(letters);
        ArgumentNullException.ThrowIfNull(destination);
        options ??= PdfOptions.Default;
        using var document = new LetterDocument(options);
        int written = 0;
        foreach (ILetter letter in letters)
        {
            cancellationToken.ThrowIfCancellationRequested();
            letter.Render(new PdfLetterWriter(document, options));
            written++;
            added?.Invoke(written);
        }

        if (written == 0)
        {
            throw new ArgumentException("The merge has no letters, and a PDF needs at least one page.", nameof(letters));
        }

        document.Save(destination);
        return written;
    }
}
