using System;
using System.Collections.Generic;
using System.Linq;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.DocumentLayoutAnalysis.TextExtractor;

namespace LetterDsl.Pdf.Tests.Infrastructure;

/// <summary>A PDF read back with PdfPig, with its text in content order and its words' places in millimetres.</summary>
public sealed class PdfReading : IDisposable
{
    private const double MillimetresPerPoint = 25.4 / 72;

    public PdfReading(byte[] pdf)
    {
        Assert.StartsWith("%PDF-", System.Text.Encoding.ASCII.GetString(pdf, 0, 5), StringComparison.Ordinal);
        Document = PdfDocument.Open(pdf);
        Pages = Document.GetPages().ToList();
    }

    public PdfDocument Document { get; }

    public IReadOnlyList<Page> Pages { get; }

    /// <summary>The text of page <paramref name="number"/> (from 1), as PdfPig's <see cref="ContentOrderTextExtractor"/> reads it.</summary>
    public string Text(int number) => ContentOrderTextExtractor.GetText(Pages[number - 1]);

    /// <summary>
    /// The words of every page in content order. A page after the first ends with its page number, drawn last in
    /// its footer; <paramref name="pageLabel"/>(page, pages) says what it reads, and those words are checked and left out.
    /// </summary>
    public List<string> Words(Func<int, int, string> pageLabel)
    {
        var words = new List<string>();
        for (int i = 1; i <= Pages.Count; i++)
        {
            var page = Split(Text(i)).ToList();
            if (i > 1)
            {
                string[] label = Split(pageLabel(i, Pages.Count));
                Assert.Equal(label, page.Skip(page.Count - label.Length));
                page.RemoveRange(page.Count - label.Length, label.Length);
            }

            words.AddRange(page);
        }

        return words;
    }

    /// <summary>The words PdfPig finds on page <paramref name="number"/> with their boxes, in millimetres from the page's top-left corner.</summary>
    public List<PlacedWord> PlacedWords(int number)
    {
        Page page = Pages[number - 1];
        return page.GetWords().Select(w => new PlacedWord(
            w.Text,
            w.BoundingBox.Left * MillimetresPerPoint,
            (page.Height - w.BoundingBox.Top) * MillimetresPerPoint,
            w.BoundingBox.Right * MillimetresPerPoint,
            (page.Height - w.BoundingBox.Bottom) * MillimetresPerPoint)).ToList();
    }

    /// <summary>The page (from 1) on which <paramref name="word"/> first appears, or 0.</summary>
    public int PageOf(string word)
    {
        for (int i = 1; i <= Pages.Count; i++)
        {
            if (Split(Text(i)).Contains(word))
            {
                return i;
            }
        }

        return 0;
    }

    public static string[] Split(string text) => text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);

    public void Dispose() => Document.Dispose();
}

/// <summary>A word and its box in millimetres from the page's top-left corner.</summary>
public readonly record struct PlacedWord(string Text, double Left, double Top, double Right, double Bottom);
