using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using LetterDsl.Pdf.Drawing;
using LetterDsl.Pdf.Fonts;
using LetterDsl.Pdf.Layout;
using LetterDsl.Pdf.Options;
using static LetterDsl.Pdf.Drawing.StructureTags;

namespace LetterDsl.Pdf;

/// <summary>
/// Writes a letter as PDF with PDFsharp: text set with the font's real widths, the parts placed by the layout's
/// <see cref="LetterGeometry"/> (the DIN 5008 letterhead area, address field, information block and fold marks; the
/// <c>un</c> addressee at the foot of the first page), page breaks that leave no widows or orphans and keep the
/// closing with the signatures, page numbers from page 2 on, and a tagged structure.
/// </summary>
/// <remarks>
/// <para>The writer collects the letter as boxes (paragraphs of styled runs, list items with their labels, the lines
/// of each part, rows of up to three signatories), breaks them into lines, lays them out on pages and draws them, all
/// in <see cref="EndLetter"/>: a PDF's page count and cross-reference table are known only at the end.</para>
/// <para>Parts map to structure elements: each block of lines and each paragraph is a <c>P</c>, each list an
/// <c>L</c> of <c>LI</c> elements with an <c>Lbl</c> (• or the number) and an <c>LBody</c>, the signatures a
/// <c>Div</c> with a <c>P</c> per signatory, images <c>Figure</c> elements with alternative text. Marks and page
/// numbers are artifacts.</para>
/// <para>Control characters in text and values become spaces and lone surrogates U+FFFD
/// (<see cref="PrintedText.Clean"/>); a character the font lacks prints as the font's .notdef glyph.</para>
/// </remarks>
public sealed class PdfLetterWriter : LetterWriter
{
    private readonly Stream? _destination;
    private readonly PdfOptions _options;
    private readonly LetterDocument? _shared;
    private readonly List<LayoutItem> _items = new();
    private readonly List<TextBlock> _listItems = new();
    private PreparedOptions? _prepared;
    private LineBreaker? _breaker;
    private PageGeometry? _page;
    private LetterInfo? _letter;
    private LetterPart _part;
    private TextBlock? _block;
    private ListKind _listKind;
    private int _lists;
    private EmphasisNesting _emphasis;

    /// <summary>Creates a writer that writes the PDF to <paramref name="destination"/> when the letter ends.</summary>
    /// <param name="destination">Receives the PDF's bytes from its current position; it is not flushed or closed and need not seek.</param>
    /// <param name="options">Paper, letterhead, fonts and images; <see langword="null"/> for <see cref="PdfOptions.Default"/>.</param>
    public PdfLetterWriter(Stream destination, PdfOptions? options = null)
    {
        _destination = destination ?? throw new ArgumentNullException(nameof(destination));
        if (!destination.CanWrite)
        {
            throw new ArgumentException("The stream must be writable.", nameof(destination));
        }

        _options = options ?? PdfOptions.Default;
    }

    /// <summary>Creates a writer that adds the letter to a merged document, as an article of its own.</summary>
    internal PdfLetterWriter(LetterDocument shared, PdfOptions options)
    {
        _shared = shared;
        _options = options;
    }

    private PageGeometry Page => _page ?? throw new InvalidOperationException("The letter has not begun.");

    /// <inheritdoc/>
    /// <exception cref="ArgumentException">An image or font file in the options cannot be used; the exception names the option.</exception>
    public override void BeginLetter(LetterInfo letter)
    {
        ArgumentNullException.ThrowIfNull(letter);
        _prepared = _options.Prepared;
        _breaker = new LineBreaker(_prepared.Family);
        _page = new PageGeometry(letter.Layout.Geometry, _options.PageSize);
        _letter = letter;
        _items.Clear();
        _listItems.Clear();
        _block = null;
        _lists = 0;
        _emphasis.Reset();
        AddPrintedLetterhead();
    }

    /// <inheritdoc/>
    public override void EndLetter()
    {
        LetterInfo letter = _letter ?? throw new InvalidOperationException("The letter has not begun.");
        List<List<Placement>> pages = LetterPages.Compose(_items, Page, _breaker!);
        if (_shared is not null)
        {
            Paint(_shared, letter, pages, article: true);
            return;
        }

        using var document = new LetterDocument(_options);
        Paint(document, letter, pages, article: false);
        document.Save(_destination!);
    }

    /// <inheritdoc/>
    public override void BeginPart(LetterPart part)
    {
        _part = part;
        _block = null;
    }

    /// <inheritdoc/>
    public override void EndPart() => _block = null;

    /// <inheritdoc/>
    public override void BeginLine()
    {
        if (_block is null)
        {
            _block = NewBlock(_part);
        }
        else
        {
            _block.Runs.Add(TextRun.Break);
        }
    }

    /// <inheritdoc/>
    public override void EndLine()
    {
    }

    /// <inheritdoc/>
    public override void BeginParagraph() => _block = NewBlock(_part);

    /// <inheritdoc/>
    public override void EndParagraph() => _block = null;

    /// <inheritdoc/>
    public override void BeginList(ListKind kind, int start)
    {
        _listKind = kind;
        _lists++;
        _listItems.Clear();
    }

    /// <inheritdoc/>
    public override void BeginListItem(int number)
    {
        string marker = _listKind == ListKind.Bulleted ? "•" : number.ToString(CultureInfo.InvariantCulture) + ".";
        _block = new TextBlock(LetterPart.Body, Typography.ListItem) { Marker = marker, List = _lists };
        _items.Add(_block);
        _listItems.Add(_block);
    }

    /// <inheritdoc/>
    public override void EndListItem() => _block = null;

    /// <inheritdoc/>
    /// <remarks>The marker column is as wide as the widest marker needs (a list that reaches "200." indents further than one of bullets).</remarks>
    public override void EndList()
    {
        double indent = Typography.MarkerColumn;
        foreach (TextBlock item in _listItems)
        {
            indent = Math.Max(indent, _breaker!.Measure(item.Marker!, item.Style.Face, item.Style.Size) + 6);
        }

        foreach (TextBlock item in _listItems)
        {
            item.Indent = indent;
        }

        if (_listItems.Count > 0)
        {
            _listItems[^1].EndsList = true;
        }

        _listItems.Clear();
    }

    /// <inheritdoc/>
    public override void WriteLabel(string label) => Append(label);

    /// <inheritdoc/>
    public override void WriteText(string text) => Append(text);

    /// <inheritdoc/>
    public override void WriteValue(ReadOnlySpan<char> value) => Append(value);

    /// <inheritdoc/>
    public override void BeginEmphasis(Emphasis emphasis) => _emphasis.Begin(emphasis);

    /// <inheritdoc/>
    public override void EndEmphasis(Emphasis emphasis) => _emphasis.End(emphasis);

    /// <inheritdoc/>
    /// <remarks>Lines are broken anew to the page's width, so a soft break is a space.</remarks>
    public override void WriteSoftBreak() => Append(" ");

    /// <inheritdoc/>
    public override void WriteLineBreak() => CurrentBlock().Runs.Add(TextRun.Break);

    /// <inheritdoc/>
    /// <remarks>Signatories sign side by side, up to three to a row; more continue in further rows. The image
    /// <see cref="PdfOptions.SignatureImages"/> holds for a signatory's name fills the room above that name.</remarks>
    public override void WriteSignatories(IReadOnlyList<Signatory> signatories)
    {
        ArgumentNullException.ThrowIfNull(signatories);
        _block = null;
        int perRow = Math.Min(Math.Max(signatories.Count, 1), Typography.SignatoriesPerRow);
        double width = (Page.TextWidth - ((perRow - 1) * Typography.ColumnGap)) / perRow;
        SignatureRow? row = null;
        for (int i = 0; i < signatories.Count; i++)
        {
            if (i % perRow == 0)
            {
                row = new SignatureRow(first: i == 0);
                _items.Add(row);
            }

            Signatory signatory = signatories[i];
            var text = new TextBlock(LetterPart.Signatures, Typography.SignatureLines);
            if (signatory.Name.Length > 0)
            {
                text.Runs.Add(new TextRun(PrintedText.Clean(signatory.Name), FontFace.Bold));
            }

            foreach (string line in signatory.Lines)
            {
                if (text.Runs.Count > 0)
                {
                    text.Runs.Add(TextRun.Break);
                }

                text.Runs.Add(new TextRun(PrintedText.Clean(line), FontFace.Regular));
            }

            int column = i % perRow;
            row!.Columns.Add(new SignatureColumn(signatory, text, column * (width + Typography.ColumnGap), width, _prepared!.SignatureOf(signatory)));
        }

        if (row is not null)
        {
            row.Last = true;
        }
    }

    private void Paint(LetterDocument document, LetterInfo letter, List<List<Placement>> pages, bool article)
    {
        document.SetMetadata(letter);
        if (article)
        {
            // Each letter of a merge starts on the front of a sheet, for duplex printing.
            if (document.PageCount % 2 == 1)
            {
                document.AddBlankPage(Page.Width, Page.Height);
            }

            document.Tags.Begin(Tag.Article);
            if (letter.CultureName.Length > 0)
            {
                document.Tags.SetLanguage(letter.CultureName);
            }
        }

        new PagePainter(document.Document, document.Tags, Page, _prepared!, _breaker!, document.Images).Paint(pages, letter.PageNumber);
        document.Tags.CloseAll();
    }

    /// <summary>The options' letterhead: a logo and lines at the top of the first page, before the letter's own parts.</summary>
    private void AddPrintedLetterhead()
    {
        PreparedOptions prepared = _prepared!;
        Region region = Page.HasLetterheadArea ? Region.LetterheadArea : Region.LetterheadBand;
        if (prepared.Logo is { } logo)
        {
            double maxHeight = Page.HasLetterheadArea ? Page.LetterheadArea.Height : Typography.LetterheadBand;
            double height = Math.Min(maxHeight, Page.TextWidth / 2 * logo.PixelHeight / logo.PixelWidth);
            _items.Add(new ImageItem(logo, prepared.LogoDescription, height * logo.PixelWidth / logo.PixelHeight, height) { Region = region });
        }

        if (prepared.LetterheadLines.Count > 0)
        {
            var lines = new TextBlock(LetterPart.Letterhead, Typography.LetterheadLines) { Region = region };
            foreach (string line in prepared.LetterheadLines)
            {
                if (lines.Runs.Count > 0)
                {
                    lines.Runs.Add(TextRun.Break);
                }

                lines.Runs.Add(new TextRun(line, FontFace.Regular));
            }

            _items.Add(lines);
        }
    }

    private TextBlock NewBlock(LetterPart part)
    {
        LetterGeometry geometry = Page.Letter;
        Region region = part switch
        {
            LetterPart.Letterhead when Page.HasLetterheadArea => Region.LetterheadArea,
            LetterPart.ReturnAddress when geometry.AddressField is not null => Region.RemarkZone,
            LetterPart.Recipient when geometry.AddressField is not null => Region.AddressZone,
            LetterPart.Recipient when geometry.RecipientAtFoot => Region.Foot,
            LetterPart.InformationBlock when geometry.InformationBlock is not null => Region.InformationBlock,
            _ => Region.Flow,
        };
        BlockStyle style = region switch
        {
            Region.LetterheadArea => Typography.LetterheadLines,
            Region.RemarkZone => Typography.ReturnAddress,
            Region.AddressZone => Typography.AddressField,
            Region.InformationBlock => Typography.InformationBlock,
            _ => Typography.For(part),
        };
        var block = new TextBlock(part, style) { Region = region };
        _items.Add(block);
        return block;
    }

    // Inline content outside any block is not part of the LetterWriter contract; a body paragraph keeps it.
    private TextBlock CurrentBlock() => _block ??= NewBlock(LetterPart.Body);

    private void Append(ReadOnlySpan<char> text)
    {
        if (!text.IsEmpty)
        {
            TextBlock block = CurrentBlock();
            FontFace face = FontFaces.Of(_emphasis.Bold || block.Style.Face.IsBold(), _emphasis.Italic || block.Style.Face.IsItalic());
            block.Runs.Add(new TextRun(PrintedText.Clean(text), face));
        }
    }
}
