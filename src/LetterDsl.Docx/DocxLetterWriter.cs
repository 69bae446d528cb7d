using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace LetterDsl.Docx;

/// <summary>
/// Writes a letter as a Word document (.docx): one real paragraph per part or block in a named style, bold and
/// italic runs, lists through numbering definitions, a signature block, and the layout's geometry: the DIN 5008
/// address field, information block and fold marks as frames at their places on the first page, the <c>un</c>
/// addressee in a frame at the foot of the first page, and page numbers from page 2 on.
/// </summary>
/// <remarks>
/// <para>Parts map to paragraphs in the styles <c>LetterLetterhead</c>, <c>LetterReturnAddress</c>,
/// <c>LetterRecipient</c>, <c>LetterReferences</c>, <c>LetterInformation</c>, <c>LetterDate</c>, <c>LetterSubject</c>
/// (bold), <c>LetterSalutation</c>, <c>Normal</c> for body paragraphs, <c>LetterListParagraph</c> for list items,
/// <c>LetterClosing</c>, <c>LetterEnclosure</c>, <c>LetterCarbonCopy</c> and <c>LetterPostscript</c>; the lines of a
/// part are one paragraph joined by line breaks. Every list gets its own numbering instance over a bullet or a
/// decimal definition, so each list restarts at the number its first item has in the template.</para>
/// <para>One signatory signs in a <c>LetterSignature</c> paragraph (name in bold, then the lines); several sign side
/// by side in a borderless table with one column per signatory.</para>
/// <para>Control characters in text and values (C0, tab included, DEL, C1, U+2028 and U+2029) become spaces, and
/// lone surrogates U+FFFD, so that any value yields a document Word opens without repair.</para>
/// <para>The document is assembled in memory and written to the stream at <see cref="EndLetter"/>, because a
/// .docx is a zip package whose parts cannot be streamed as the letter renders.</para>
/// </remarks>
public sealed class DocxLetterWriter : LetterWriter
{
    private readonly Stream _destination;
    private readonly DocxOptions _options;
    private readonly DocxNumbering _numbering = new();
    private Body _body = new();
    private LetterInfo? _letter;
    private LetterPart _part;
    private Paragraph? _paragraph;
    private Paragraph? _partParagraph;
    private int _partLines;
    private int _listId;
    private EmphasisNesting _emphasis;
    private bool _flowStarted;

    /// <summary>Creates a writer that writes an A4 document to <paramref name="destination"/>.</summary>
    /// <param name="destination">Receives the .docx bytes when the letter ends; it is not flushed or closed.</param>
    public DocxLetterWriter(Stream destination)
        : this(destination, DocxOptions.Default)
    {
    }

    /// <summary>Creates a writer that writes a document laid out by <paramref name="options"/> to <paramref name="destination"/>.</summary>
    /// <param name="destination">Receives the .docx bytes when the letter ends; it is not flushed or closed.</param>
    /// <param name="options">The page size.</param>
    public DocxLetterWriter(Stream destination, DocxOptions options)
    {
        _destination = destination ?? throw new ArgumentNullException(nameof(destination));
        _options = options ?? throw new ArgumentNullException(nameof(options));
        if (!destination.CanWrite)
        {
            throw new ArgumentException("The stream must be writable.", nameof(destination));
        }
    }

    private LetterGeometry Geometry => _letter!.Layout.Geometry;

    /// <inheritdoc/>
    public override void BeginLetter(LetterInfo letter)
    {
        ArgumentNullException.ThrowIfNull(letter);
        _letter = letter;
        _body = new Body();
        _numbering.Clear();
        _paragraph = null;
        _partParagraph = null;
        _emphasis.Reset();
        _flowStarted = false;
        foreach (double fold in Geometry.FoldMarks)
        {
            _body.Append(Mark(fold, Geometry.FoldMarkLength));
        }

        if (Geometry.HoleMark is double hole)
        {
            _body.Append(Mark(hole, Geometry.HoleMarkLength));
        }
    }

    /// <inheritdoc/>
    public override void EndLetter()
    {
        LetterInfo letter = _letter ?? throw new InvalidOperationException("The letter has not begun.");
        using var package = new MemoryStream();
        using (var document = WordprocessingDocument.Create(package, WordprocessingDocumentType.Document))
        {
            // Parts get fixed relationship IDs, and the document properties a fixed part, so that the same letter
            // gives the same parts every time; only the zip's timestamps differ between two runs.
            MainDocumentPart main = document.AddMainDocumentPart();
            FooterPart footer = main.AddNewPart<FooterPart>("rIdFooter");
            footer.Footer = DocxFooter.PageNumbers(letter.PageNumber);
            FooterPart first = main.AddNewPart<FooterPart>("rIdFirstFooter");
            first.Footer = new Footer(new Paragraph(new ParagraphProperties(new ParagraphStyleId { Val = DocxStyles.Footer })));
            _body.Append(DocxPage.SectionProperties(_options.PageSize, Geometry, "rIdFooter", "rIdFirstFooter"));
            main.Document = new Document(_body);
            main.AddNewPart<StyleDefinitionsPart>("rIdStyles").Styles = DocxStyles.Create(letter.CultureName);
            if (!_numbering.IsEmpty)
            {
                main.AddNewPart<NumberingDefinitionsPart>("rIdNumbering").Numbering = _numbering.ToNumbering();
            }

            DocxProperties.Write(document.AddCoreFilePropertiesPart(), letter);
        }

        package.Position = 0;
        package.CopyTo(_destination);
    }

    /// <inheritdoc/>
    public override void BeginPart(LetterPart part)
    {
        _part = part;
        _partParagraph = null;
        _paragraph = null;
        _partLines = 0;
    }

    /// <inheritdoc/>
    public override void EndPart()
    {
        if (_part == LetterPart.Recipient && Geometry.RecipientAtFoot && _partParagraph is not null)
        {
            // The un addressee sits flush left at the foot of the first page: a frame anchored there, placed first in
            // the body so that it belongs to the first page whatever the length of the letter.
            _partParagraph.Remove();
            double height = _partLines * 6.2;
            double top = (Height() - Geometry.Margins.Bottom) - height;
            SetFrame(_partParagraph, new PageBox(Geometry.Margins.Left, top, 100, height), exactHeight: false);
            _body.InsertAt(_partParagraph, 0);
        }

        _partParagraph = null;
        _paragraph = null;
    }

    /// <inheritdoc/>
    public override void BeginLine()
    {
        if (_partParagraph is null)
        {
            _partParagraph = AddParagraph(DocxStyles.For(_part));
            PlaceOnFirstPage(_partParagraph);
        }
        else
        {
            _partParagraph.Append(new Run(new Break()));
        }

        _partLines++;
        _paragraph = _partParagraph;
    }

    /// <inheritdoc/>
    public override void EndLine()
    {
    }

    /// <inheritdoc/>
    public override void BeginParagraph() => _paragraph = AddParagraph(DocxStyles.For(_part));

    /// <inheritdoc/>
    public override void EndParagraph() => _paragraph = null;

    /// <inheritdoc/>
    public override void BeginList(ListKind kind, int start) => _listId = _numbering.StartList(kind, start);

    /// <inheritdoc/>
    public override void BeginListItem(int number)
    {
        _paragraph = AddParagraph(DocxStyles.ListParagraph);
        _paragraph.ParagraphProperties!.Append(DocxNumbering.ItemProperties(_listId));
    }

    /// <inheritdoc/>
    public override void EndListItem() => _paragraph = null;

    /// <inheritdoc/>
    public override void EndList()
    {
    }

    /// <inheritdoc/>
    public override void WriteLabel(string label) => AppendText(label);

    /// <inheritdoc/>
    public override void WriteText(string text) => AppendText(text);

    /// <inheritdoc/>
    public override void WriteValue(ReadOnlySpan<char> value) => AppendText(value);

    /// <inheritdoc/>
    public override void BeginEmphasis(Emphasis emphasis) => _emphasis.Begin(emphasis);

    /// <inheritdoc/>
    public override void EndEmphasis(Emphasis emphasis) => _emphasis.End(emphasis);

    /// <inheritdoc/>
    /// <remarks>Word reflows paragraphs itself, so a soft break is a space.</remarks>
    public override void WriteSoftBreak() => AppendText(" ");

    /// <inheritdoc/>
    public override void WriteLineBreak()
    {
        CurrentParagraph().Append(new Run(new Break()));
        if (ReferenceEquals(_paragraph, _partParagraph))
        {
            _partLines++;
        }
    }

    /// <inheritdoc/>
    public override void WriteSignatories(IReadOnlyList<Signatory> signatories)
    {
        ArgumentNullException.ThrowIfNull(signatories);
        _paragraph = null;
        if (signatories.Count == 1)
        {
            _body.Append(StartFlow(SignatureParagraph(signatories[0])));
        }
        else if (signatories.Count > 1)
        {
            _body.Append(SignatureTable(signatories));
        }
    }

    private double Height() => DocxPage.Height(_options.PageSize) / (1440 / 25.4);

    private Table SignatureTable(IReadOnlyList<Signatory> signatories)
    {
        int columnWidth = DocxPage.TextWidth(_options.PageSize, Geometry) / signatories.Count;
        string width = columnWidth.ToString(CultureInfo.InvariantCulture);
        var grid = new TableGrid();
        var row = new TableRow();
        foreach (Signatory signatory in signatories)
        {
            grid.Append(new GridColumn { Width = width });
            row.Append(new TableCell(
                new TableCellProperties(new TableCellWidth { Width = width, Type = TableWidthUnitValues.Dxa }),
                SignatureParagraph(signatory)));
        }

        var properties = new TableProperties(
            new TableWidth { Width = "5000", Type = TableWidthUnitValues.Pct },
            new TableBorders(
                new TopBorder { Val = BorderValues.None },
                new LeftBorder { Val = BorderValues.None },
                new BottomBorder { Val = BorderValues.None },
                new RightBorder { Val = BorderValues.None },
                new InsideHorizontalBorder { Val = BorderValues.None },
                new InsideVerticalBorder { Val = BorderValues.None }),
            new TableLayout { Type = TableLayoutValues.Fixed });
        _flowStarted = true;
        return new Table(properties, grid, row);
    }

    private static Paragraph SignatureParagraph(Signatory signatory)
    {
        var paragraph = new Paragraph(new ParagraphProperties(new ParagraphStyleId { Val = DocxStyles.Signature }));
        bool first = true;
        if (signatory.Name.Length > 0)
        {
            paragraph.Append(TextRun(signatory.Name, bold: true, italic: false));
            first = false;
        }

        foreach (string line in signatory.Lines)
        {
            if (!first)
            {
                paragraph.Append(new Run(new Break()));
            }

            paragraph.Append(TextRun(line, bold: false, italic: false));
            first = false;
        }

        return paragraph;
    }

    /// <summary>Puts a paragraph of a part the layout places on the first page into its frame.</summary>
    private void PlaceOnFirstPage(Paragraph paragraph)
    {
        LetterGeometry geometry = Geometry;
        if (geometry.AddressField is not { } field)
        {
            return;
        }

        PageBox? box = _part switch
        {
            LetterPart.Letterhead => new PageBox(geometry.Margins.Left, geometry.LetterheadTop, (DocxPage.Width(_options.PageSize) / (1440 / 25.4)) - geometry.Margins.Left - geometry.Margins.Right, geometry.LetterheadHeight - geometry.LetterheadTop),
            LetterPart.ReturnAddress => new PageBox(field.Left + geometry.AddressFieldPadding, field.Top, field.Width - (2 * geometry.AddressFieldPadding), geometry.RemarkZoneHeight),
            LetterPart.Recipient => new PageBox(field.Left + geometry.AddressFieldPadding, field.Top + geometry.RemarkZoneHeight, field.Width - (2 * geometry.AddressFieldPadding), field.Height - geometry.RemarkZoneHeight),
            LetterPart.InformationBlock => geometry.InformationBlock,
            _ => null,
        };
        if (box is { } frame)
        {
            SetFrame(paragraph, frame, exactHeight: _part != LetterPart.InformationBlock);
            if (_part == LetterPart.Letterhead)
            {
                paragraph.ParagraphProperties!.Append(new Justification { Val = JustificationValues.Right });
            }
        }
    }

    private static void SetFrame(Paragraph paragraph, PageBox box, bool exactHeight)
    {
        ParagraphProperties properties = paragraph.ParagraphProperties!;
        properties.InsertAfter(DocxPage.Frame(box, exactHeight), properties.ParagraphStyleId);
    }

    /// <summary>A fold or hole mark: an empty framed paragraph with a top border, at the left edge of the first page.</summary>
    private static Paragraph Mark(double top, double length)
    {
        var properties = new ParagraphProperties(
            new ParagraphStyleId { Val = DocxStyles.Mark },
            DocxPage.Frame(new PageBox(3, top, length, 0.5), exactHeight: true),
            new ParagraphBorders(new TopBorder { Val = BorderValues.Single, Size = 4U, Space = 0U, Color = "555555" }));
        return new Paragraph(properties);
    }

    private Paragraph AddParagraph(string style)
    {
        var paragraph = new Paragraph(new ParagraphProperties(new ParagraphStyleId { Val = style }));
        _body.Append(paragraph);
        bool framed = Geometry.AddressField is not null && _part is LetterPart.Letterhead or LetterPart.ReturnAddress or LetterPart.Recipient or LetterPart.InformationBlock;
        if (!framed)
        {
            StartFlow(paragraph);
        }

        return paragraph;
    }

    /// <summary>
    /// In a layout with an address field the text starts below it: the first paragraph that flows gets the space
    /// between the top margin and that line.
    /// </summary>
    private Paragraph StartFlow(Paragraph paragraph)
    {
        if (_flowStarted)
        {
            return paragraph;
        }

        _flowStarted = true;
        if (Geometry.AddressField is not null)
        {
            ParagraphProperties properties = paragraph.ParagraphProperties!;
            int before = DocxPage.Twips(Geometry.FirstPageTextTop - Geometry.Margins.Top);
            properties.Append(new SpacingBetweenLines { Before = before.ToString(CultureInfo.InvariantCulture) });
        }

        return paragraph;
    }

    // Inline content outside any part is not part of the LetterWriter contract; keeping it in a body paragraph
    // loses nothing and keeps the document valid.
    private Paragraph CurrentParagraph() => _paragraph ??= AddParagraph(DocxStyles.Normal);

    private void AppendText(ReadOnlySpan<char> text)
    {
        if (!text.IsEmpty)
        {
            CurrentParagraph().Append(TextRun(text, _emphasis.Bold, _emphasis.Italic));
        }
    }

    internal static Run TextRun(ReadOnlySpan<char> text, bool bold, bool italic)
    {
        var run = new Run();
        if (bold || italic)
        {
            var properties = new RunProperties();
            if (bold)
            {
                properties.Append(new Bold());
            }

            if (italic)
            {
                properties.Append(new Italic());
            }

            run.Append(properties);
        }

        run.Append(new Text(PrintedText.Clean(text)) { Space = SpaceProcessingModeValues.Preserve });
        return run;
    }
}
