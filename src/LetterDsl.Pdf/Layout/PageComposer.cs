using System;
using System.Collections.Generic;

namespace LetterDsl.Pdf.Layout;

/// <summary>
/// Distributes the flowing items over pages: spacing between items collapses as CSS margins do and vanishes at the
/// top of a page; a paragraph splits only where at least two of its lines stay on each page (no widows, no
/// orphans); an item that keeps with the next one (subject, salutation, closing) moves to the next page unless the
/// next item's first two lines (or all of it, if it cannot split) fit beside it, so the closing always shares a page
/// with the first row of signatures.
/// </summary>
internal static class PageComposer
{
    private const int MinimumLines = 2;

    /// <summary>Lays <paramref name="items"/> out on pages whose text area runs from <paramref name="frames"/>(page index).</summary>
    public static List<List<Placement>> Compose(IReadOnlyList<LayoutItem> items, Func<int, (double Top, double Bottom)> frames)
    {
        var pages = new List<List<Placement>> { new() };
        (double top, double bottom) = frames(0);
        double y = top;
        double after = 0;

        void NewPage()
        {
            pages.Add(new List<Placement>());
            (top, bottom) = frames(pages.Count - 1);
            y = top;
            after = 0;
        }

        for (int i = 0; i < items.Count; i++)
        {
            LayoutItem item = items[i];
            int first = 0;
            while (first < item.Units)
            {
                double gap = y == top ? 0 : Math.Max(after, item.SpaceBefore);
                double room = bottom - y - gap;
                if (first == 0 && y != top && KeptHeight(items, i) > room)
                {
                    NewPage();
                    continue;
                }

                int count = Fit(item, first, room, atTop: y == top);
                if (count == 0)
                {
                    NewPage();
                    continue;
                }

                pages[^1].Add(new Placement(item, first, count, y + gap));
                y += gap + item.Height(first, count);
                first += count;
                after = item.SpaceAfter;
                if (first < item.Units)
                {
                    NewPage();
                }
            }
        }

        return pages;
    }

    /// <summary>How many units of <paramref name="item"/> from <paramref name="first"/> on go on this page: all, a split that leaves two lines on each side, or none.</summary>
    private static int Fit(LayoutItem item, int first, double room, bool atTop)
    {
        int left = item.Units - first;
        if (item.Height(first, left) <= room + 0.01)
        {
            return left;
        }

        int fits = 0;
        while (fits < left && item.Height(first, fits + 1) <= room + 0.01)
        {
            fits++;
        }

        if (item.Splittable)
        {
            // Leave at least two lines for the next page, and put at least two on this one.
            int count = Math.Min(fits, left - MinimumLines);
            if (count >= MinimumLines)
            {
                return count;
            }
        }

        // At the top of a page nothing better will come: set what fits (at least one unit), whatever the rules say.
        return atTop ? Math.Max(1, fits) : 0;
    }

    /// <summary>The height that must fit for item <paramref name="index"/> to start here: the item whole (if it keeps with the next) and the start of what it keeps with.</summary>
    private static double KeptHeight(IReadOnlyList<LayoutItem> items, int index)
    {
        double height = 0;
        double after = 0;
        for (int i = index; i < items.Count; i++)
        {
            LayoutItem item = items[i];
            double gap = i == index ? 0 : Math.Max(after, item.SpaceBefore);
            bool keeps = item.KeepWithNext && i + 1 < items.Count;
            int units = keeps || !item.Splittable || item.Units < 2 * MinimumLines ? item.Units : MinimumLines;
            height += gap + item.Height(0, units);
            if (!keeps)
            {
                break;
            }

            after = item.SpaceAfter;
        }

        return height;
    }
}
