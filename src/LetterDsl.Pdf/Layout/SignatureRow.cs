using System.Collections.Generic;
using LetterDsl.Pdf.Options;

namespace LetterDsl.Pdf.Layout;

/// <summary>Up to three signatories side by side, each with room above the name for a handwritten signature or an image.</summary>
internal sealed class SignatureRow : LayoutItem
{
    public SignatureRow(bool first) => First = first;

    /// <summary>Whether this is the first row of the signature block (which the closing keeps with it).</summary>
    public bool First { get; }

    /// <summary>Whether this is the last row of the signature block.</summary>
    public bool Last { get; set; }

    public List<SignatureColumn> Columns { get; } = new(Typography.SignatoriesPerRow);

    public override int Units => 1;

    public override bool Splittable => false;

    public override double SpaceBefore => First ? 0 : 12;

    public override double SpaceAfter => 12;

    public override bool KeepWithNext => false;

    public override double Height(int first, int count)
    {
        int lines = 0;
        foreach (SignatureColumn column in Columns)
        {
            lines = System.Math.Max(lines, column.Text.Lines.Count);
        }

        return count == 0 ? 0 : Typography.SignatureRoom + (lines * Typography.BodyLeading);
    }
}

/// <summary>One signatory: the name in bold and the lines under it, in a column <paramref name="Left"/> points from the text's left edge.</summary>
internal sealed record SignatureColumn(Signatory Signatory, TextBlock Text, double Left, double Width, CheckedImage? Image);
