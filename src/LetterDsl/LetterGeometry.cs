using System;
using System.Collections.Generic;

namespace LetterDsl;

/// <summary>
/// Where a layout puts the parts of a letter on paper, in millimetres from the top-left corner of the first page.
/// The HTML print CSS, the Word document and the PDF are all laid out from these figures.
/// </summary>
public sealed class LetterGeometry
{
    private LetterGeometry(PageMargins margins, double letterheadHeight, PageBox? addressField, double remarkZoneHeight, PageBox? informationBlock, double[] foldMarks, double? holeMark, bool recipientAtFoot)
    {
        Margins = margins;
        LetterheadHeight = letterheadHeight;
        AddressField = addressField;
        RemarkZoneHeight = remarkZoneHeight;
        InformationBlock = informationBlock;
        FoldMarks = Array.AsReadOnly(foldMarks);
        HoleMark = holeMark;
        RecipientAtFoot = recipientAtFoot;
    }

    /// <summary>The text margins. On the first page of a DIN 5008 letter the text starts below the address field instead.</summary>
    public PageMargins Margins { get; }

    /// <summary>The height of the letterhead area at the top of the first page; 0 when the letterhead flows with the text.</summary>
    public double LetterheadHeight { get; }

    /// <summary>Where the letterhead area starts, from the top edge; it ends at <see cref="LetterheadHeight"/>.</summary>
    public double LetterheadTop => 10;

    /// <summary>The address field (the envelope window), or <see langword="null"/> when the layout has none.</summary>
    public PageBox? AddressField { get; }

    /// <summary>The height of the remark zone at the top of <see cref="AddressField"/>, which holds the return address;
    /// the six-line address zone fills the rest.</summary>
    public double RemarkZoneHeight { get; }

    /// <summary>The space between the address field's left and right sides and its text (DIN 5008: 5 mm).</summary>
    public double AddressFieldPadding => 5;

    /// <summary>The information block beside the address field; its <see cref="PageBox.Height"/> is 0 (as tall as its lines).</summary>
    public PageBox? InformationBlock { get; }

    /// <summary>The fold marks, as distances from the top edge, drawn at the left edge in print.</summary>
    public IReadOnlyList<double> FoldMarks { get; }

    /// <summary>The length of a fold mark, drawn from the left edge.</summary>
    public double FoldMarkLength => 7;

    /// <summary>The hole (punch) mark, as a distance from the top edge; <see langword="null"/> when the layout has none.</summary>
    public double? HoleMark { get; }

    /// <summary>The length of the hole mark, drawn from the left edge; longer than a fold mark, so the two are told apart.</summary>
    public double HoleMarkLength => 10;

    /// <summary>Whether the addressee block sits flush left at the foot of the first page (the <c>un</c> layout).</summary>
    public bool RecipientAtFoot { get; }

    /// <summary>
    /// Where the text (subject or salutation) starts on the first page: below the address field and the information
    /// block's top, with two blank lines of space, or at the top margin when the layout has no address field.
    /// </summary>
    public double FirstPageTextTop => AddressField is { } box ? box.Bottom + (2 * LineHeight) : Margins.Top;

    /// <summary>The line pitch DIN 5008 counts in (one line of 12 pt text, 4.23 mm).</summary>
    public const double LineHeight = 4.23;

    internal static LetterGeometry Plain(bool recipientAtFoot) =>
        new(new PageMargins(25, 25, 25, 25), 0, null, 0, null, [], null, recipientAtFoot);

    // DIN 5008: form A has a 27 mm letterhead, the address field at 27 mm and the information block at 32 mm; form B
    // moves all three down 18 mm. The address zone is 27.3 mm (six lines); the remark zone above it takes the rest.
    internal static LetterGeometry Din5008(bool formB)
    {
        double top = formB ? 45 : 27;
        var field = new PageBox(20, top, 85, 45);
        return new LetterGeometry(
            new PageMargins(20, 20, 20, 25),
            top,
            field,
            field.Height - 27.3,
            new PageBox(125, formB ? 50 : 32, 75, 0),
            formB ? [105, 210] : [87, 192],
            148.5,
            recipientAtFoot: false);
    }
}

/// <summary>Page margins in millimetres.</summary>
/// <param name="Top">From the top edge.</param>
/// <param name="Right">From the right edge.</param>
/// <param name="Bottom">From the bottom edge.</param>
/// <param name="Left">From the left edge.</param>
public readonly record struct PageMargins(double Top, double Right, double Bottom, double Left);

/// <summary>A rectangle on the page in millimetres, from the top-left corner.</summary>
/// <param name="Left">From the left edge.</param>
/// <param name="Top">From the top edge.</param>
/// <param name="Width">The width.</param>
/// <param name="Height">The height; 0 for a box as tall as its content.</param>
public readonly record struct PageBox(double Left, double Top, double Width, double Height)
{
    /// <summary>The distance of the right side from the left edge.</summary>
    public double Right => Left + Width;

    /// <summary>The distance of the bottom side from the top edge.</summary>
    public double Bottom => Top + Height;
}
