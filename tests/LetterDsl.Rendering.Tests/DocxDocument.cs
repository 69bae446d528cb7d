using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using DocumentFormat.OpenXml.Wordprocessing;

namespace LetterDsl.Rendering.Tests;

/// <summary>A rendered .docx read back with the OpenXml SDK, as Word would read it.</summary>
public sealed class DocxDocument : IDisposable
{
    private readonly MemoryStream _bytes;
    private readonly WordprocessingDocument _document;

    public DocxDocument(byte[] bytes)
    {
        _bytes = new MemoryStream(bytes, writable: false);
        _document = WordprocessingDocument.Open(_bytes, isEditable: false);
    }

    public Body Body => _document.MainDocumentPart!.Document.Body!;

    public Numbering? Numbering => _document.MainDocumentPart!.NumberingDefinitionsPart?.Numbering;

    /// <summary>The IDs of the paragraph styles the document defines.</summary>
    public IReadOnlyList<string> ParagraphStyleIds() =>
        _document.MainDocumentPart!.StyleDefinitionsPart!.Styles!.Elements<Style>()
            .Where(style => style.Type?.Value == StyleValues.Paragraph)
            .Select(style => style.StyleId!.Value!)
            .ToList();

    /// <summary>Every paragraph, table cells included, in document order.</summary>
    public IEnumerable<Paragraph> Paragraphs => Body.Descendants<Paragraph>();

    /// <summary>The schema and semantic errors Word's own validator finds; a document Word repairs has some.</summary>
    public IReadOnlyList<string> ValidationErrors() =>
        new OpenXmlValidator(DocumentFormat.OpenXml.FileFormatVersions.Office2019)
            .Validate(_document)
            .Select(e => $"{e.Path?.XPath}: {e.Description}")
            .ToList();

    /// <summary>A paragraph's text, with a line break as <c>\n</c>.</summary>
    public static string TextOf(Paragraph paragraph)
    {
        var text = new StringBuilder();
        foreach (Run run in paragraph.Elements<Run>())
        {
            foreach (var child in run.ChildElements)
            {
                if (child is Text t)
                {
                    text.Append(t.Text);
                }
                else if (child is Break)
                {
                    text.Append('\n');
                }
            }
        }

        return text.ToString();
    }

    public static string? StyleOf(Paragraph paragraph) => paragraph.ParagraphProperties?.ParagraphStyleId?.Val?.Value;

    /// <summary>The text of each run of consecutive bold runs, paragraph by paragraph, outside the signature.</summary>
    public IEnumerable<string> BoldSpans()
    {
        foreach (Paragraph paragraph in Paragraphs.Where(p => StyleOf(p) != "LetterSignature"))
        {
            var span = new StringBuilder();
            foreach (Run run in paragraph.Elements<Run>())
            {
                bool bold = run.RunProperties?.Bold is not null;
                if (!bold && span.Length > 0)
                {
                    yield return span.ToString();
                    span.Clear();
                }

                if (bold)
                {
                    span.Append(run.InnerText);
                }
            }

            if (span.Length > 0)
            {
                yield return span.ToString();
            }
        }
    }

    /// <summary>The number format of list <paramref name="numberingId"/>'s first level, through its abstract definition.</summary>
    public (NumberFormatValues Format, int Start) ListFormat(int numberingId)
    {
        NumberingInstance instance = Numbering!.Elements<NumberingInstance>().Single(n => n.NumberID!.Value == numberingId);
        int abstractId = instance.AbstractNumId!.Val!.Value;
        AbstractNum definition = Numbering.Elements<AbstractNum>().Single(a => a.AbstractNumberId!.Value == abstractId);
        Level level = definition.Elements<Level>().Single(l => l.LevelIndex!.Value == 0);
        int start = instance.Elements<LevelOverride>().SingleOrDefault()?.StartOverrideNumberingValue?.Val?.Value
            ?? level.StartNumberingValue!.Val!.Value;
        return (level.NumberingFormat!.Val!.Value, start);
    }

    /// <summary>
    /// The document as text for a golden file: per paragraph its style, its frame (in millimetres from the page's
    /// corner) when it has one, and its text; tables cell by cell; then the footer of the later pages.
    /// </summary>
    public string Outline()
    {
        var outline = new StringBuilder();
        foreach (OpenXmlElement block in Body.ChildElements)
        {
            switch (block)
            {
                case Paragraph paragraph:
                    AppendParagraph(outline, paragraph, indent: string.Empty);
                    break;
                case Table table:
                    outline.Append("table\n");
                    foreach (TableCell cell in table.Descendants<TableCell>())
                    {
                        foreach (Paragraph paragraph in cell.Elements<Paragraph>())
                        {
                            AppendParagraph(outline, paragraph, indent: "  ");
                        }
                    }

                    break;
                case SectionProperties section:
                    PageSize size = section.GetFirstChild<PageSize>()!;
                    PageMargin margin = section.GetFirstChild<PageMargin>()!;
                    outline.Append(CultureInfo.InvariantCulture, $"section {Mm(size.Width!.Value)}×{Mm(size.Height!.Value)} mm, margins {Mm(margin.Top!.Value)} {Mm(margin.Right!.Value)} {Mm(margin.Bottom!.Value)} {Mm(margin.Left!.Value)} mm, first page apart: {section.GetFirstChild<TitlePage>() is not null}\n");
                    break;
            }
        }

        foreach (FooterPart footer in _document.MainDocumentPart!.FooterParts)
        {
            string text = string.Concat(footer.Footer!.Descendants<Paragraph>().SelectMany(p => p.ChildElements).Select(e => e switch
            {
                SimpleField field => "{" + field.Instruction!.Value!.Trim() + "}",
                Run run => run.InnerText,
                _ => string.Empty,
            }));
            outline.Append("footer: ").Append(text).Append('\n');
        }

        return outline.ToString();
    }

    private static void AppendParagraph(StringBuilder outline, Paragraph paragraph, string indent)
    {
        outline.Append(indent).Append(StyleOf(paragraph) ?? "(no style)");
        if (paragraph.ParagraphProperties?.FrameProperties is { } frame)
        {
            outline.Append(CultureInfo.InvariantCulture, $" frame at {Mm(frame.X!.Value!)},{Mm(frame.Y!.Value!)} mm, {Mm(frame.Width!.Value!)} mm wide");
        }

        if (paragraph.ParagraphProperties?.NumberingProperties?.NumberingId?.Val?.Value is int list)
        {
            outline.Append(CultureInfo.InvariantCulture, $" list {list}");
        }

        outline.Append(": ").Append(TextOf(paragraph).Replace("\n", " | ", StringComparison.Ordinal)).Append('\n');
    }

    private static string Mm(double twips) => (twips * 25.4 / 1440).ToString("0.#", CultureInfo.InvariantCulture);

    private static string Mm(string twips) => Mm(double.Parse(twips, CultureInfo.InvariantCulture));

    public void Dispose()
    {
        _document.Dispose();
        _bytes.Dispose();
    }
}
