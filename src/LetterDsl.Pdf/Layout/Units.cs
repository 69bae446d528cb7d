namespace LetterDsl.Pdf.Layout;

/// <summary>Millimetres (the unit of <see cref="LetterGeometry"/>) to points (the unit of PDF and of this layout).</summary>
internal static class Units
{
    public const double PointsPerMillimetre = 72 / 25.4;

    public static double Pt(double millimetres) => millimetres * PointsPerMillimetre;

    public static (double Width, double Height) PageSize(PdfPageSize size) =>
        size == PdfPageSize.Letter ? (Pt(215.9), Pt(279.4)) : (Pt(210), Pt(297));
}
