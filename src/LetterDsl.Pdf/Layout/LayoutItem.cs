namespace LetterDsl.Pdf.Layout;

/// <summary>
/// A box of the letter's layout: a block of text, a row of signatures or an image. Items flow down the pages in the
/// order the writer received them, unless their <see cref="Region"/> fixes them on the first page.
/// </summary>
internal abstract class LayoutItem
{
    /// <summary>Where on the page the item goes.</summary>
    public Region Region { get; init; }

    /// <summary>The item's top-left corner and width on the first page, once <see cref="LetterPages"/> has placed a fixed item.</summary>
    public FixedBox Box { get; set; }

    /// <summary>The number of units a page break may fall between: lines for text, one for a row of signatures.</summary>
    public abstract int Units { get; }

    /// <summary>Whether the item may be split between pages (at least two units stay on each side).</summary>
    public abstract bool Splittable { get; }

    public abstract double SpaceBefore { get; }

    public abstract double SpaceAfter { get; }

    public abstract bool KeepWithNext { get; }

    /// <summary>The height of <paramref name="count"/> units from <paramref name="first"/> on, in points.</summary>
    public abstract double Height(int first, int count);
}

/// <summary>A place on the first page, in points from its top-left corner; its height is that of its content.</summary>
internal readonly record struct FixedBox(double Left, double Top, double Width);

/// <summary>The regions of a letter's pages, from the layout's geometry.</summary>
internal enum Region
{
    /// <summary>The text that flows down the pages.</summary>
    Flow,

    /// <summary>A DIN 5008 letterhead area at the top of the first page (the <c>@from</c> lines and the printed letterhead).</summary>
    LetterheadArea,

    /// <summary>The printed letterhead's band above the text in a layout whose letterhead flows (<c>block</c>, <c>un</c>).</summary>
    LetterheadBand,

    /// <summary>The remark zone of the address field, with the return address at its foot.</summary>
    RemarkZone,

    /// <summary>The address zone of the address field.</summary>
    AddressZone,

    /// <summary>The DIN 5008 information block.</summary>
    InformationBlock,

    /// <summary>Flush left at the foot of the first page (the <c>un</c> addressee).</summary>
    Foot,
}
