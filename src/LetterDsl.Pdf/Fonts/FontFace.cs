namespace LetterDsl.Pdf.Fonts;

/// <summary>The four faces of a font family a letter is set in.</summary>
internal enum FontFace
{
    Regular,
    Bold,
    Italic,
    BoldItalic,
}

/// <summary>Maps emphasis to faces.</summary>
internal static class FontFaces
{
    public static FontFace Of(bool bold, bool italic) => (bold, italic) switch
    {
        (true, true) => FontFace.BoldItalic,
        (true, false) => FontFace.Bold,
        (false, true) => FontFace.Italic,
        _ => FontFace.Regular,
    };

    public static bool IsBold(this FontFace face) => face is FontFace.Bold or FontFace.BoldItalic;

    public static bool IsItalic(this FontFace face) => face is FontFace.Italic or FontFace.BoldItalic;
}
