using DocumentFormat.OpenXml.Wordprocessing;

namespace LetterDsl.Docx;

/// <summary>Page geometry in twentieths of a point (twips), the unit Word's section properties use.</summary>
internal static class DocxPage
{
    private const int A4Width = 11906;
    private const int A4Height = 16838;
    private const int A4Margin = 1418; // 25 mm
    private const int LetterWidth = 12240;
    private const int LetterHeight = 15840;
    private const int LetterMargin = 1440; // 1 in

    /// <summary>The width between the margins, which the signature table's columns share.</summary>
    public static int TextWidth(DocxPageSize size) => size == DocxPageSize.Letter
        ? LetterWidth - (2 * LetterMargin)
        : A4Width - (2 * A4Margin);

    /// <summary>The body's final section: paper size and margins.</summary>
    public static SectionProperties SectionProperties(DocxPageSize size)
    {
        bool letter = size == DocxPageSize.Letter;
        int margin = letter ? LetterMargin : A4Margin;
        return new SectionProperties(
            new PageSize { Width = (uint)(letter ? LetterWidth : A4Width), Height = (uint)(letter ? LetterHeight : A4Height) },
            new PageMargin
            {
                Top = margin,
                Right = (uint)margin,
                Bottom = margin,
                Left = (uint)margin,
                Header = 709U,
                Footer = 709U,
                Gutter = 0U,
            });
    }
}
