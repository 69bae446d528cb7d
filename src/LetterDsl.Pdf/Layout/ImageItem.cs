using LetterDsl.Pdf.Options;

namespace LetterDsl.Pdf.Layout;

/// <summary>A picture at a fixed place on the first page: the letterhead's logo.</summary>
internal sealed class ImageItem : LayoutItem
{
    public ImageItem(CheckedImage image, string description, double width, double height)
    {
        Image = image;
        Description = description;
        Width = width;
        ImageHeight = height;
    }

    public CheckedImage Image { get; }

    /// <summary>The alternative text of the tagged figure.</summary>
    public string Description { get; }

    public double Width { get; }

    public double ImageHeight { get; }

    public override int Units => 1;

    public override bool Splittable => false;

    public override double SpaceBefore => 0;

    public override double SpaceAfter => 0;

    public override bool KeepWithNext => false;

    public override double Height(int first, int count) => count == 0 ? 0 : ImageHeight;
}
