using System.Collections.Generic;
using LetterDsl.Pdf.Fonts;

namespace LetterDsl.Pdf.Layout;

/// <summary>One set line: its pieces in one face each, left to right.</summary>
internal sealed class TextLine
{
    public List<LineSegment> Segments { get; } = new(2);

    /// <summary>The width of the line's text in points.</summary>
    public double Width { get; set; }
}

/// <summary>Characters <paramref name="Start"/>…<paramref name="Start"/>+<paramref name="Length"/> of <paramref name="Source"/>, set in one face at <paramref name="X"/> points from the line's start.</summary>
internal readonly record struct LineSegment(string Source, int Start, int Length, FontFace Face, double X)
{
    public string Text => Start == 0 && Length == Source.Length ? Source : Source.Substring(Start, Length);
}
