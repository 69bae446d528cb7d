using System;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;

namespace LetterDsl.Docx;

/// <summary>
/// Page geometry in twentieths of a point (twips), the unit Word's section and frame properties use, converted from
/// the layout's <see cref="LetterGeometry"/> in millimetres.
/// </summary>
internal static class DocxPage
{
    private const double TwipsPerMillimetre = 1440 / 25.4;

    public static int Twips(double millimetres) => (int)Math.Round(millimetres * TwipsPerMillimetre);

    public static int Width(DocxPageSize size) => size == DocxPageSize.Letter ? 12240 : 11906;

    public static int Height(DocxPageSize size) => size == DocxPageSize.Letter ? 15840 : 16838;

    /// <summary>The width between the side margins, which the signature table's columns share.</summary>
    public static int TextWidth(DocxPageSize size, LetterGeometry geometry) =>
        Width(size) - Twips(geometry.Margins.Left) - Twips(geometry.Margins.Right);

    /// <summary>The body's final section: paper size, margins, and the footer with page numbers from page 2 on.</summary>
    public static SectionProperties SectionProperties(DocxPageSize size, LetterGeometry geometry, string? footerId, string? firstFooterId)
    {
        var section = new SectionProperties();
        if (footerId is not null && firstFooterId is not null)
        {
            section.Append(
                new FooterReference { Type = HeaderFooterValues.Default, Id = footerId },
                new FooterReference { Type = HeaderFooterValues.First, Id = firstFooterId });
        }

        section.Append(
            new PageSize { Width = (uint)Width(size), Height = (uint)Height(size) },
            new PageMargin
            {
                Top = Twips(geometry.Margins.Top),
                Right = (uint)Twips(geometry.Margins.Right),
                Bottom = Twips(geometry.Margins.Bottom),
                Left = (uint)Twips(geometry.Margins.Left),
                Header = 709U,
                Footer = 567U,
                Gutter = 0U,
            });
        if (footerId is not null)
        {
            // A first page of its own, with an empty footer: page numbers start on page 2.
            section.Append(new TitlePage());
        }

        return section;
    }

    /// <summary>A frame at a fixed place on the page: the way Word positions the address field and the information block.</summary>
    public static FrameProperties Frame(PageBox box, bool exactHeight)
    {
        var frame = new FrameProperties
        {
            Width = Twips(box.Width).ToString(System.Globalization.CultureInfo.InvariantCulture),
            X = Twips(box.Left).ToString(System.Globalization.CultureInfo.InvariantCulture),
            Y = Twips(box.Top).ToString(System.Globalization.CultureInfo.InvariantCulture),
            HorizontalPosition = HorizontalAnchorValues.Page,
            VerticalPosition = VerticalAnchorValues.Page,
            Wrap = TextWrappingValues.Around,
            HorizontalSpace = "0",
            VerticalSpace = "0",
        };
        if (box.Height > 0)
        {
            frame.Height = (UInt32Value)(uint)Twips(box.Height);
            frame.HeightType = exactHeight ? HeightRuleValues.Exact : HeightRuleValues.AtLeast;
        }

        return frame;
    }
}
