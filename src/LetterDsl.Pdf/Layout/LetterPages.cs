using System;
using System.Collections.Generic;

namespace LetterDsl.Pdf.Layout;

/// <summary>
/// Lays a letter's items out on pages: breaks every block into lines, puts the fixed regions of the first page in
/// their places (letterhead, address field, information block, the <c>un</c> addressee at the foot), then lets
/// <see cref="PageComposer"/> flow the rest into the space that leaves.
/// </summary>
internal static class LetterPages
{
    /// <summary>The gap between the letterhead band or the information block and the first line of text.</summary>
    private const double GapBelowFixed = 24;

    /// <summary>The gap between a logo and the letterhead's lines.</summary>
    private const double LogoGap = 12;

    /// <returns>The placements of each page, in the order the items were written.</returns>
    public static List<List<Placement>> Compose(List<LayoutItem> items, PageGeometry page, LineBreaker breaker)
    {
        double logoWidth = 0;
        foreach (LayoutItem item in items)
        {
            if (item is ImageItem logo)
            {
                logoWidth = logo.Width + LogoGap;
            }
        }

        foreach (LayoutItem item in items)
        {
            switch (item)
            {
                case TextBlock text:
                    double width = item.Region is Region.LetterheadArea or Region.LetterheadBand
                        ? page.TextWidth - logoWidth
                        : page.WidthOf(item.Region) - text.Indent;
                    text.SetLines(breaker.Break(text.Runs, text.Style.Size, width));
                    break;
                case SignatureRow row:
                    foreach (SignatureColumn column in row.Columns)
                    {
                        column.Text.SetLines(breaker.Break(column.Text.Runs, column.Text.Style.Size, column.Width));
                    }

                    break;
            }
        }

        double firstTop = PlaceFixed(items, page, logoWidth);
        double firstBottom = page.Bottom;
        var flow = new List<LayoutItem>(items.Count);
        foreach (LayoutItem item in items)
        {
            if (item.Region == Region.Foot)
            {
                firstBottom = Math.Min(firstBottom, item.Box.Top - Typography.BodyLeading);
            }
            else if (item.Region == Region.Flow)
            {
                flow.Add(item);
            }
        }

        List<List<Placement>> pages = PageComposer.Compose(flow, index => index == 0 ? (firstTop, firstBottom) : (page.Top, page.Bottom));

        // The fixed items join the first page in the order they were written, so the content stream (what text
        // extraction and the structure tree follow) keeps the letter's reading order.
        var first = new List<Placement>(pages[0].Count + 8);
        int next = 0;
        foreach (LayoutItem item in items)
        {
            if (item.Region != Region.Flow)
            {
                first.Add(new Placement(item, 0, item.Units, item.Box.Top));
            }
            else if (next < pages[0].Count && ReferenceEquals(pages[0][next].Item, item))
            {
                first.Add(pages[0][next++]);
            }
        }

        pages[0] = first;
        return pages;
    }

    /// <summary>Gives each fixed item its box and returns where the text starts on the first page.</summary>
    private static double PlaceFixed(List<LayoutItem> items, PageGeometry page, double logoWidth)
    {
        double top = page.Top;
        double letterheadTop = page.HasLetterheadArea ? page.LetterheadArea.Box.Top : page.Top;
        double letterheadY = letterheadTop;
        double letterheadBottom = letterheadTop;
        foreach (LayoutItem item in items)
        {
            double height = item.Height(0, item.Units);
            bool letterhead = item.Region is Region.LetterheadArea or Region.LetterheadBand;
            if (letterhead && item is ImageItem logo)
            {
                item.Box = new FixedBox(page.Left, letterheadTop, logo.Width);
                letterheadBottom = Math.Max(letterheadBottom, letterheadTop + height);
            }
            else if (letterhead)
            {
                // Text ranges right, beside the logo; the printed lines come first, then the letter's @from lines.
                item.Box = new FixedBox(page.Left + logoWidth, letterheadY, page.TextWidth - logoWidth);
                letterheadY += height;
                letterheadBottom = Math.Max(letterheadBottom, letterheadY);
            }
            else if (item.Region != Region.Flow)
            {
                item.Box = page.BoxOf(item.Region, height);
            }

            if (item.Region == Region.InformationBlock)
            {
                top = Math.Max(top, item.Box.Top + height + GapBelowFixed);
            }
        }

        if (page.Letter.AddressField is not null)
        {
            top = Math.Max(top, Units.Pt(page.Letter.FirstPageTextTop));
        }
        else if (letterheadBottom > letterheadTop)
        {
            top = Math.Max(top, letterheadBottom + GapBelowFixed);
        }

        return top;
    }
}
