namespace LetterDsl.Pdf.Layout;

/// <summary>Units <paramref name="First"/>…<paramref name="First"/>+<paramref name="Count"/> of an item, with their top <paramref name="Top"/> points from the page's top edge.</summary>
internal readonly record struct Placement(LayoutItem Item, int First, int Count, double Top)
{
    /// <summary>Whether this placement holds the item's first unit (a tag opens here).</summary>
    public bool Starts => First == 0;

    /// <summary>Whether this placement holds the item's last unit (a tag closes here).</summary>
    public bool Ends => First + Count == Item.Units;
}
