using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Xml.Linq;
using LetterDsl.Testing;

namespace LetterDsl.Rendering.Tests;

/// <summary>
/// An HTML letter as headless Chromium prints it: the PDF it makes, and the words on its pages with their boxes in
/// millimetres from the top-left corner of the page, read back with poppler's <c>pdftotext -bbox</c>.
/// </summary>
public sealed class PrintedPage
{
    private const double MillimetresPerPoint = 25.4 / 72;

    private PrintedPage(byte[] pdf, IReadOnlyList<PrintedWord> words, int pages)
    {
        Pdf = pdf;
        Words = words;
        Pages = pages;
    }

    public byte[] Pdf { get; }

    public IReadOnlyList<PrintedWord> Words { get; }

    public int Pages { get; }

    public static PrintedPage Print(string html)
    {
        using var work = new TempDirectory();
        string page = work.File("letter.html");
        string pdf = work.File("letter.pdf");
        File.WriteAllText(page, html);
        var arguments = ExternalTool.ChromiumArguments(work.File("profile"));
        arguments.AddRange(new[] { "--no-pdf-header-footer", "--print-to-pdf=" + pdf, new Uri(page).AbsoluteUri });
        var (exit, _, errors) = ExternalTool.Run(ExternalTool.Chromium, arguments);
        Assert.True(exit == 0 && File.Exists(pdf), errors);

        var (textExit, xhtml, textErrors) = ExternalTool.Run(ExternalTool.PdfToText!, new[] { "-bbox", pdf, "-" });
        Assert.True(textExit == 0, textErrors);
        XNamespace ns = "http://www.w3.org/1999/xhtml";
        var words = new List<PrintedWord>();
        int number = 0;
        foreach (XElement pageElement in XDocument.Parse(xhtml).Descendants(ns + "page"))
        {
            number++;
            foreach (XElement word in pageElement.Elements(ns + "word"))
            {
                words.Add(new PrintedWord(
                    number,
                    word.Value,
                    Mm(word, "xMin"),
                    Mm(word, "yMin"),
                    Mm(word, "xMax"),
                    Mm(word, "yMax")));
            }
        }

        return new PrintedPage(File.ReadAllBytes(pdf), words, number);
    }

    /// <summary>The first word with this text on <paramref name="page"/>.</summary>
    public PrintedWord Word(string text, int page = 1) =>
        Words.FirstOrDefault(w => w.Page == page && w.Text == text)
        ?? throw new Xunit.Sdk.XunitException($"No word '{text}' on page {page}; it has: {string.Join(" ", Words.Where(w => w.Page == page).Select(w => w.Text))}");

    private static double Mm(XElement word, string attribute) =>
        double.Parse(word.Attribute(attribute)!.Value, CultureInfo.InvariantCulture) * MillimetresPerPoint;
}

/// <summary>A printed word and its box, in millimetres from the top-left corner of its page.</summary>
public sealed record PrintedWord(int Page, string Text, double Left, double Top, double Right, double Bottom);
