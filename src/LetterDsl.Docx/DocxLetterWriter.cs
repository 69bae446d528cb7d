using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace LetterDsl.Docx;

/// <summary>
/// Writes a letter as a Word document (.docx): one real paragraph per block in a named style, bold and italic
/// runs, lists through numbering definitions, and a signature block.
/// </summary>
/// <remarks>
/// <para>Blocks map to paragraphs in the styles <c>LetterDate</c>, <c>LetterRecipient</c> (one paragraph per run of
/// recipient lines, joined by line breaks), <c>LetterSubject</c> (bold), <c>LetterSalutation</c>, <c>Normal</c> for
/// body paragraphs, <c>LetterListParagraph</c> for list items, <c>LetterClosing</c>, <c>LetterCopy</c> (lines
/// prefixed <c>cc: </c>), <c>LetterEnclosure</c> (<c>Encl.: </c>) and <c>LetterPostscript</c> (<c>P.S. </c>).
/// Every list gets its own numbering instance over a bullet or a decimal definition, so each list restarts at the
/// number its first item has in the template.</para>
/// <para>One signatory signs in a <c>LetterSignature</c> paragraph (name in bold, then title and organization on
/// their own lines); several sign side by side in a borderless table with one column per signatory.</para>
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
    private string _cultureName = string.Empty;
    private Paragraph? _paragraph;
    private Paragraph? _groupParagraph;
    private LetterBlock? _group;
    private ListKind? _list;
    private int _listId;
    private int _bold;
    private int _italic;

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

    /// <inheritdoc/>
    public override void BeginLetter(string cultureName)
    {
        _body = new Body();
        _numbering.Clear();
        _cultureName = cultureName ?? string.Empty;
        _paragraph = null;
        _groupParagraph = null;
        _group = null;
        _list = null;
        _bold = 0;
        _italic = 0;
    }

    /// <inheritdoc/>
    public override void EndLetter()
    {
        EndBlock();
        _body.Append(DocxPage.SectionProperties(_options.PageSize));
        using var package = new MemoryStream();
        using (var document = WordprocessingDocument.Create(package, WordprocessingDocumentType.Document))
        {
            MainDocumentPart main = document.AddMainDocumentPart();
            main.Document = new Document(_body);
            main.AddNewPart<StyleDefinitionsPart>().Styles = DocxStyles.Create(_cultureName);
            if (!_numbering.IsEmpty)
            {
                main.AddNewPart<NumberingDefinitionsPart>().Numbering = _numbering.ToNumbering();
            }
        }

        package.Position = 0;
        package.CopyTo(_destination);
    }

    /// <inheritdoc/>
    public override void BeginBlock(LetterBlock block)
    {
        EndBlock();
        _list = null;
        bool groupable = LetterBlocks.IsGrouped(block);
        if (groupable && _group == block && _groupParagraph is not null)
        {
            _groupParagraph.Append(new Run(new Break()));
            _paragraph = _groupParagraph;
        }
        else
        {
            _paragraph = AddParagraph(new ParagraphProperties(new ParagraphStyleId { Val = DocxStyles.For(block) }));
            _groupParagraph = groupable ? _paragraph : null;
        }

        _group = groupable ? block : null;
        string prefix = LetterBlocks.Prefix(block);
        if (prefix.Length > 0)
        {
            AppendText(prefix);
        }
    }

    /// <inheritdoc/>
    public override void BeginListItem(ListKind kind, int number)
    {
        EndBlock();
        _group = null;
        _groupParagraph = null;
        if (_list != kind)
        {
            _list = kind;
            _listId = _numbering.StartList(kind, number);
        }

        _paragraph = AddParagraph(new ParagraphProperties(
            new ParagraphStyleId { Val = DocxStyles.ListParagraph },
            DocxNumbering.ItemProperties(_listId)));
    }

    /// <inheritdoc/>
    public override void EndBlock() => _paragraph = null;

    /// <inheritdoc/>
    public override void EndList() => _list = null;

    /// <inheritdoc/>
    public override void WriteText(string text) => AppendText(text);

    /// <inheritdoc/>
    public override void WriteValue(ReadOnlySpan<char> value) => AppendText(value);

    /// <inheritdoc/>
    public override void BeginEmphasis(Emphasis emphasis)
    {
        if (emphasis == Emphasis.Bold)
        {
            _bold++;
        }
        else
        {
            _italic++;
        }
    }

    /// <inheritdoc/>
    public override void EndEmphasis(Emphasis emphasis)
    {
        if (emphasis == Emphasis.Bold)
        {
            _bold = Math.Max(0, _bold - 1);
        }
        else
        {
            _italic = Math.Max(0, _italic - 1);
        }
    }

    /// <inheritdoc/>
    /// <remarks>Word reflows paragraphs itself, so a soft break is a space.</remarks>
    public override void WriteSoftBreak() => AppendText(" ");

    /// <inheritdoc/>
    public override void WriteLineBreak() => CurrentParagraph().Append(new Run(new Break()));

    /// <inheritdoc/>
    public override void WriteSignatories(IReadOnlyList<Signatory> signatories)
    {
        ArgumentNullException.ThrowIfNull(signatories);
        EndBlock();
        _group = null;
        _groupParagraph = null;
        _list = null;
        if (signatories.Count == 1)
        {
            _body.Append(SignatureParagraph(signatories[0]));
        }
        else if (signatories.Count > 1)
        {
            _body.Append(SignatureTable(signatories));
        }
    }

    private Table SignatureTable(IReadOnlyList<Signatory> signatories)
    {
        int columnWidth = DocxPage.TextWidth(_options.PageSize) / signatories.Count;
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
        return new Table(properties, grid, row);
    }

    private static Paragraph SignatureParagraph(Signatory signatory)
    {
        var paragraph = new Paragraph(new ParagraphProperties(new ParagraphStyleId { Val = DocxStyles.Signature }));
        paragraph.Append(TextRun(signatory.Name, bold: true, italic: false));
        foreach (string? line in new[] { signatory.Title, signatory.Organization })
        {
            if (!string.IsNullOrEmpty(line))
            {
                paragraph.Append(new Run(new Break()), TextRun(line, bold: false, italic: false));
            }
        }

        return paragraph;
    }

    private Paragraph AddParagraph(ParagraphProperties properties)
    {
        var paragraph = new Paragraph(properties);
        _body.Append(paragraph);
        return paragraph;
    }

    // Inline content outside any block is not part of the LetterWriter contract; keeping it in a body paragraph
    // loses nothing and keeps the document valid.
    private Paragraph CurrentParagraph() => _paragraph ??= AddParagraph(new ParagraphProperties(new ParagraphStyleId { Val = DocxStyles.Normal }));

    private void AppendText(ReadOnlySpan<char> text)
    {
        if (!text.IsEmpty)
        {
            CurrentParagraph().Append(TextRun(text, _bold > 0, _italic > 0));
        }
    }

    private static Run TextRun(ReadOnlySpan<char> text, bool bold, bool italic)
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

        run.Append(new Text(DocxText.Clean(text)) { Space = SpaceProcessingModeValues.Preserve });
        return run;
    }
}
