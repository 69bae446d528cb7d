using System;
using System.Collections.Generic;

namespace LetterDsl.Pdf.Tests.Infrastructure;

/// <summary>The words a PDF of a letter must show, in order: those of its <c>ToText()</c>.</summary>
public static class ExpectedText
{
    /// <summary>
    /// The words of <paramref name="letter"/>'s plain text. The text writer marks a bullet item with "-", the PDF with
    /// "•"; that marker, the first word of an item's line, is the one difference, and it is mapped here.
    /// </summary>
    public static List<string> Words(ILetter letter)
    {
        var words = new List<string>();
        foreach (string line in letter.ToText().Split('\n'))
        {
            string[] lineWords = PdfReading.Split(line);
            for (int i = 0; i < lineWords.Length; i++)
            {
                words.Add(i == 0 && lineWords[i] == "-" && line.StartsWith("- ", StringComparison.Ordinal) ? "•" : lineWords[i]);
            }
        }

        return words;
    }

    /// <summary>The page-number label of <paramref name="letter"/>'s culture, as the PDF writes it.</summary>
    public static Func<int, int, string> PageLabel(ILetter letter)
    {
        var info = new InfoProbe();
        letter.Render(info);
        return info.Label!.Format;
    }

    /// <summary>Takes the <see cref="LetterInfo"/> a render begins with, and nothing else.</summary>
    private sealed class InfoProbe : LetterWriter
    {
        public PageNumberLabel? Label { get; private set; }

        public override void BeginLetter(LetterInfo letter)
        {
            Label = letter.PageNumber;
        }

        public override void EndLetter() { }
        public override void BeginPart(LetterPart part) { }
        public override void EndPart() { }
        public override void BeginLine() { }
        public override void EndLine() { }
        public override void BeginParagraph() { }
        public override void EndParagraph() { }
        public override void BeginList(ListKind kind, int start) { }
        public override void BeginListItem(int number) { }
        public override void EndListItem() { }
        public override void EndList() { }
        public override void WriteLabel(string label) { }
        public override void WriteText(string text) { }
        public override void WriteValue(ReadOnlySpan<char> value) { }
        public override void BeginEmphasis(Emphasis emphasis) { }
        public override void EndEmphasis(Emphasis emphasis) { }
        public override void WriteSoftBreak() { }
        public override void WriteLineBreak() { }
        public override void WriteSignatories(IReadOnlyList<Signatory> signatories) { }
    }
}
