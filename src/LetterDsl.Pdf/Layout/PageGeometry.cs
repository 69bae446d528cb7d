using System;
using static LetterDsl.Pdf.Layout.Units;

namespace LetterDsl.Pdf.Layout;

/// <summary>A layout's <see cref="LetterGeometry"/> on a paper size, in points from the top-left corner of the page.</summary>
internal sealed class PageGeometry
{
    public PageGeometry(LetterGeometry geometry, PdfPageSize size)
    {
        Letter = geometry;
        (Width, Height) = PageSize(size);
        Left = Pt(geometry.Margins.Left);
        Right = Width - Pt(geometry.Margins.Right);
        Top = Pt(geometry.Margins.Top);
        Bottom = Height - Pt(geometry.Margins.Bottom);
    }

    public LetterGeometry Letter { get; }

    public double Width { get; }

    public double Height { get; }

    /// <summary>The left text margin.</summary>
    public double Left { get; }

    /// <summary>The right text margin, from the left edge.</summary>
    public double Right { get; }

    /// <summary>The top text margin.</summary>
    public double Top { get; }

    /// <summary>The bottom text margin, from the top edge.</summary>
    public double Bottom { get; }

    public double TextWidth => Right - Left;

    /// <summary>The page number's baseline: in the middle of the bottom margin.</summary>
    public double FooterBaseline => (Bottom + Height) / 2;

    /// <summary>Whether the layout has a letterhead area of its own at the top of the first page (DIN 5008).</summary>
    public bool HasLetterheadArea => Letter.LetterheadHeight > Letter.LetterheadTop;

    /// <summary>The letterhead area, from <see cref="LetterGeometry.LetterheadTop"/> to <see cref="LetterGeometry.LetterheadHeight"/>, between the side margins.</summary>
    public (FixedBox Box, double Height) LetterheadArea =>
        (new FixedBox(Left, Pt(Letter.LetterheadTop), TextWidth), Pt(Letter.LetterheadHeight - Letter.LetterheadTop));

    /// <summary>The width text may take in <paramref name="region"/>.</summary>
    public double WidthOf(Region region)
    {
        PageBox field = Letter.AddressField ?? default;
        return region switch
        {
            Region.RemarkZone or Region.AddressZone => Pt(field.Width - (2 * Letter.AddressFieldPadding)),
            Region.InformationBlock => Pt(Letter.InformationBlock?.Width ?? 0),
            _ => TextWidth,
        };
    }

    /// <summary>The box of a fixed region whose content is <paramref name="height"/> points tall.</summary>
    public FixedBox BoxOf(Region region, double height)
    {
        PageBox field = Letter.AddressField ?? default;
        double inner = Pt(field.Left + Letter.AddressFieldPadding);
        return region switch
        {
            // The return address sits at the foot of the remark zone, just above the address.
            Region.RemarkZone => new FixedBox(inner, Pt(field.Top + Letter.RemarkZoneHeight) - height, WidthOf(region)),
            Region.AddressZone => new FixedBox(inner, Pt(field.Top + Letter.RemarkZoneHeight), WidthOf(region)),
            Region.InformationBlock => new FixedBox(Pt(Letter.InformationBlock!.Value.Left), Pt(Letter.InformationBlock.Value.Top), WidthOf(region)),
            Region.Foot => new FixedBox(Left, Bottom - height, TextWidth),
            _ => throw new ArgumentOutOfRangeException(nameof(region), region, "Not a fixed region with a box of its own."),
        };
    }
}
