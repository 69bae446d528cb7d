using System;
using System.Collections.Generic;
using LetterDsl.Pdf.Fonts;
using LetterDsl.Pdf.Layout;
using LetterDsl.Pdf.Options;
using PdfSharp.Drawing;
using PdfSharp.Pdf;
using static LetterDsl.Pdf.Drawing.StructureTags;

namespace LetterDsl.Pdf.Drawing;

/// <summary>
/// Draws laid-out pages into a PDF document, page after page: the fold and hole marks on the first page, each
/// placement's text and images with its structure tags, and the page number from page 2 on. Marks and page numbers
/// are artifacts, outside the structure tree.
/// </summary>
internal sealed class PagePainter
{
    private static readonly XPen MarkPen = new(XColor.FromArgb(0x55, 0x55, 0x55), 0.3);

    private readonly PdfDocument _document;
    private readonly StructureTags _tags;
    private readonly PageGeometry _page;
    private readonly PreparedOptions _options;
    private readonly LineBreaker _metrics;
    private readonly Dictionary<(FontFace Face, double Size), XFont> _fonts = new();
    private readonly List<XImage> _images;

    public PagePainter(PdfDocument document, StructureTags tags, PageGeometry page, PreparedOptions options, LineBreaker metrics, List<XImage> images)
    {
        _document = document;
        _tags = tags;
        _page = page;
        _options = options;
        _metrics = metrics;
        _images = images;
    }

    /// <summary>Adds the pages and draws them.</summary>
    public void Paint(List<List<Placement>> pages, PageNumberLabel pageNumber)
    {
        for (int index = 0; index < pages.Count; index++)
        {
            PdfPage pdfPage = _document.AddPage();
            pdfPage.Width = XUnit.FromPoint(_page.Width);
            pdfPage.Height = XUnit.FromPoint(_page.Height);
            using XGraphics graphics = XGraphics.FromPdfPage(pdfPage);
            if (index == 0)
            {
                DrawMarks(graphics);
            }

            foreach (Placement placement in pages[index])
            {
                Draw(graphics, placement);
            }

            if (index > 0)
            {
                _tags.Begin(Tag.Artifact);
                string label = PrintedText.Clean(pageNumber.Format(index + 1, pages.Count));
                XFont font = Font(FontFace.Regular, Typography.FooterSize);
                graphics.DrawString(label, font, XBrushes.Black, _page.Right - Measure(label, FontFace.Regular, Typography.FooterSize), _page.FooterBaseline, XStringFormats.BaseLineLeft);
                _tags.End();
            }

            _tags.EndPage();
        }
    }

    private void DrawMarks(XGraphics graphics)
    {
        LetterGeometry letter = _page.Letter;
        if (letter.FoldMarks.Count == 0 && letter.HoleMark is null)
        {
            return;
        }

        _tags.Begin(Tag.Artifact);
        foreach (double fold in letter.FoldMarks)
        {
            graphics.DrawLine(MarkPen, 0, Units.Pt(fold), Units.Pt(letter.FoldMarkLength), Units.Pt(fold));
        }

        if (letter.HoleMark is double hole)
        {
            graphics.DrawLine(MarkPen, 0, Units.Pt(hole), Units.Pt(letter.HoleMarkLength), Units.Pt(hole));
        }

        _tags.End();
    }

    private void Draw(XGraphics graphics, Placement placement)
    {
        switch (placement.Item)
        {
            case TextBlock { Marker: not null } item:
                DrawListItem(graphics, item, placement);
                break;
            case TextBlock block:
                _tags.CloseList();
                if (placement.Starts)
                {
                    _tags.Begin(Tag.Paragraph);
                }

                DrawLines(graphics, block, placement, Left(block), Width(block));
                if (placement.Ends)
                {
                    _tags.End();
                }

                break;
            case SignatureRow row:
                _tags.CloseList();
                DrawSignatures(graphics, row, placement.Top);
                break;
            case ImageItem image:
                _tags.CloseList();
                DrawImage(graphics, image.Image, image.Description, new XRect(image.Box.Left, image.Box.Top, image.Width, image.ImageHeight));
                break;
        }
    }

    private void DrawListItem(XGraphics graphics, TextBlock item, Placement placement)
    {
        if (_tags.OpenList != item.List)
        {
            _tags.CloseList();
            _tags.Begin(Tag.List);
            _tags.OpenList = item.List;
        }

        if (placement.Starts)
        {
            _tags.Begin(Tag.ListItem);
            _tags.Begin(Tag.Label);
            graphics.DrawString(item.Marker!, Font(item.Style.Face, item.Style.Size), XBrushes.Black, _page.Left, placement.Top + Baseline(item.Style), XStringFormats.BaseLineLeft);
            _tags.End();
            _tags.Begin(Tag.ListBody);
        }

        DrawLines(graphics, item, placement, _page.Left + item.Indent, _page.TextWidth - item.Indent);
        if (placement.Ends)
        {
            _tags.End();
            _tags.End();
        }
    }

    private void DrawSignatures(XGraphics graphics, SignatureRow row, double top)
    {
        if (row.First)
        {
            _tags.Begin(Tag.Division);
        }

        foreach (SignatureColumn column in row.Columns)
        {
            double left = _page.Left + column.Left;
            if (column.Image is { } image)
            {
                // The image fills the room above the name, bottom-aligned, at most as wide as the column.
                double height = Typography.SignatureRoom - 6;
                double width = Math.Min(column.Width, height * image.PixelWidth / image.PixelHeight);
                height = width * image.PixelHeight / image.PixelWidth;
                string description = column.Signatory.Name.Length > 0 ? "Signature of " + PrintedText.Clean(column.Signatory.Name) : "Signature";
                DrawImage(graphics, image, description, new XRect(left, top + Typography.SignatureRoom - 3 - height, width, height));
            }

            _tags.Begin(Tag.Paragraph);
            TextBlock text = column.Text;
            DrawLines(graphics, text, new Placement(text, 0, text.Lines.Count, top + Typography.SignatureRoom), left, column.Width);
            _tags.End();
        }

        if (row.Last)
        {
            _tags.End();
        }
    }

    private void DrawImage(XGraphics graphics, CheckedImage image, string description, XRect box)
    {
        XImage picture = image.Load();
        _images.Add(picture);
        _tags.BeginFigure(description, box);
        graphics.DrawImage(picture, box);
        _tags.End();
    }

    private void DrawLines(XGraphics graphics, TextBlock block, Placement placement, double left, double width)
    {
        BlockStyle style = block.Style;
        double baseline = placement.Top + Baseline(style);
        for (int i = placement.First; i < placement.First + placement.Count; i++)
        {
            TextLine line = block.Lines[i];
            double x = style.AlignRight ? left + width - line.Width : left;
            foreach (LineSegment segment in line.Segments)
            {
                graphics.DrawString(segment.Text, Font(segment.Face, style.Size), XBrushes.Black, x + segment.X, baseline, XStringFormats.BaseLineLeft);
            }

            baseline += style.Leading;
        }
    }

    /// <summary>The baseline's distance from the top of a line box: half the leading above the font's ascent.</summary>
    private double Baseline(BlockStyle style)
    {
        FaceMetrics metrics = _metrics.Metrics(FontFace.Regular);
        double content = (metrics.Ascent + metrics.Descent) * style.Size;
        return ((style.Leading - content) / 2) + (metrics.Ascent * style.Size);
    }

    private double Left(LayoutItem item) => item.Region == Region.Flow ? _page.Left : item.Box.Left;

    private double Width(LayoutItem item) => item.Region == Region.Flow ? _page.TextWidth : item.Box.Width;

    private double Measure(string text, FontFace face, double size) => _metrics.Measure(text, face, size);

    private XFont Font(FontFace face, double size)
    {
        if (!_fonts.TryGetValue((face, size), out XFont? font))
        {
            font = FaceMetrics.Font(_options.Family, face, size);
            _fonts.Add((face, size), font);
        }

        return font;
    }
}
