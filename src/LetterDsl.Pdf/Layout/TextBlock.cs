using System.Collections.Generic;

namespace LetterDsl.Pdf.Layout;

/// <summary>
/// A paragraph, a list item or the lines of a part (joined by hard breaks, as in the Word output), as styled runs
/// until <see cref="SetLines"/> breaks it into lines.
/// </summary>
internal sealed class TextBlock : LayoutItem
{
    public TextBlock(LetterPart part, BlockStyle style)
    {
        Part = part;
        Style = style;
    }

    public LetterPart Part { get; }

    public BlockStyle Style { get; }

    public List<TextRun> Runs { get; } = new();

    /// <summary>The list item's label ("•", "3."), or <see langword="null"/> outside a list.</summary>
    public string? Marker { get; init; }

    /// <summary>The list the item belongs to, counted from 1 in the letter; 0 outside a list.</summary>
    public int List { get; init; }

    /// <summary>Whether this is the last item of its list, which is followed by a paragraph's space rather than an item's.</summary>
    public bool EndsList { get; set; }

    /// <summary>The width of the marker column: the text's indent from the block's left edge.</summary>
    public double Indent { get; set; }

    public List<TextLine> Lines { get; private set; } = new();

    public override int Units => Lines.Count;

    public override bool Splittable => Region == Region.Flow;

    public override double SpaceBefore => Style.SpaceBefore;

    public override double SpaceAfter => EndsList ? Typography.Body.SpaceAfter : Style.SpaceAfter;

    public override bool KeepWithNext => Style.KeepWithNext;

    public bool IsEmpty
    {
        get
        {
            foreach (TextRun run in Runs)
            {
                if (!run.IsBreak && run.Text.Length > 0)
                {
                    return false;
                }
            }

            return Marker is null;
        }
    }

    public void SetLines(List<TextLine> lines) => Lines = lines;

    public override double Height(int first, int count) => count * Style.Leading;
}
