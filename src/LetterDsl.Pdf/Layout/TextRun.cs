using LetterDsl.Pdf.Fonts;

namespace LetterDsl.Pdf.Layout;

/// <summary>Text in one face, as the writer received it; a hard line break is a run of its own.</summary>
/// <param name="Text">The text, already cleaned by <see cref="PrintedText.Clean"/>; "\n" for a hard break.</param>
/// <param name="Face">The face emphasis selects.</param>
internal readonly record struct TextRun(string Text, FontFace Face)
{
    public static TextRun Break { get; } = new("\n", FontFace.Regular);

    public bool IsBreak => Text == "\n";
}
