using LetterDsl.Pdf.Fonts;

namespace LetterDsl.Pdf.Layout;

/// <summary>
/// The type sizes and spacing of the PDF letter: 11 pt text on a 14 pt pitch, with the spacing of the HTML print
/// CSS and the Word styles (two lines after the date and the address, room for a handwritten signature, the closing
/// kept with the signatures), and the DIN 5008 address field on its 4.23 mm line pitch.
/// </summary>
internal static class Typography
{
    public const double BodySize = 11;
    public const double BodyLeading = 14;
    public const double SmallSize = 10;
    public const double SmallLeading = 13;
    public const double FooterSize = 9;

    /// <summary>The space above a signatory's name, for the handwritten signature (4 em, as in the HTML and Word output).</summary>
    public const double SignatureRoom = 48;

    /// <summary>The gap between signature columns.</summary>
    public const double ColumnGap = 18;

    /// <summary>The most signatories side by side; more continue in further rows.</summary>
    public const int SignatoriesPerRow = 3;

    /// <summary>The least width of a list's marker column (1.75 em), widened when a marker needs more.</summary>
    public const double MarkerColumn = 19;

    /// <summary>The tallest a letterhead band may be in layouts whose letterhead flows with the text.</summary>
    public static readonly double LetterheadBand = Units.Pt(25);

    public static readonly BlockStyle Body = new(BodySize, BodyLeading, 0, 8, KeepWithNext: false);
    public static readonly BlockStyle ListItem = new(BodySize, BodyLeading, 0, 3, KeepWithNext: false);
    public static readonly BlockStyle LetterheadLines = new(SmallSize, SmallLeading, 0, 0, KeepWithNext: false, AlignRight: true);
    public static readonly BlockStyle ReturnAddress = new(8, 10, 0, 0, KeepWithNext: false);
    public static readonly BlockStyle AddressField = new(BodySize, Units.Pt(LetterGeometry.LineHeight), 0, 0, KeepWithNext: false);
    public static readonly BlockStyle InformationBlock = new(SmallSize, SmallLeading, 0, 0, KeepWithNext: false);
    public static readonly BlockStyle SignatureLines = new(BodySize, BodyLeading, 0, 0, KeepWithNext: false);

    /// <summary>The style of a part that flows with the text.</summary>
    public static BlockStyle For(LetterPart part) => part switch
    {
        LetterPart.Letterhead => new(SmallSize, SmallLeading, 0, 24, KeepWithNext: false),
        LetterPart.DateLine or LetterPart.References or LetterPart.Recipient => new(BodySize, BodyLeading, 0, 24, KeepWithNext: false),
        LetterPart.Subject => new(BodySize, BodyLeading, 6, 16, KeepWithNext: true, FontFace.Bold),
        LetterPart.Salutation => new(BodySize, BodyLeading, 0, 10, KeepWithNext: true),
        LetterPart.Closing => new(BodySize, BodyLeading, 14, 0, KeepWithNext: true),
        LetterPart.Enclosures or LetterPart.CarbonCopies or LetterPart.Postscripts => new(BodySize, BodyLeading, 14, 0, KeepWithNext: false),
        _ => Body,
    };
}
