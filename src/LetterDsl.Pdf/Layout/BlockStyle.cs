using LetterDsl.Pdf.Fonts;

namespace LetterDsl.Pdf.Layout;

/// <summary>How a block of text is set: its size, line pitch, spacing, alignment and whether it stays with the next block.</summary>
/// <param name="Size">The font size in points.</param>
/// <param name="Leading">The distance between two baselines in points.</param>
/// <param name="SpaceBefore">The space above the block in points; collapses with the previous block's <paramref name="SpaceAfter"/>, as CSS margins do.</param>
/// <param name="SpaceAfter">The space below the block in points.</param>
/// <param name="KeepWithNext">Whether the block moves to the next page with the start of the block after it.</param>
/// <param name="Face">The face of text without emphasis.</param>
/// <param name="AlignRight">Whether lines are ranged right.</param>
internal sealed record BlockStyle(double Size, double Leading, double SpaceBefore, double SpaceAfter, bool KeepWithNext, FontFace Face = FontFace.Regular, bool AlignRight = false);
