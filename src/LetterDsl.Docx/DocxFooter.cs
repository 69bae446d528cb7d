using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;

namespace LetterDsl.Docx;

/// <summary>The footer of the pages after the first: the localized page-number label with Word's PAGE and NUMPAGES fields.</summary>
internal static class DocxFooter
{
    public static Footer PageNumbers(PageNumberLabel label)
    {
        var paragraph = new Paragraph(new ParagraphProperties(
            new ParagraphStyleId { Val = DocxStyles.Footer },
            new Justification { Val = JustificationValues.Right }));
        Text(paragraph, label.BeforePage);
        paragraph.Append(new SimpleField(new Run(new Text("2"))) { Instruction = " PAGE " });
        if (label.BetweenNumbers is not null)
        {
            Text(paragraph, label.BetweenNumbers);
            paragraph.Append(new SimpleField(new Run(new Text("2"))) { Instruction = " NUMPAGES " });
        }

        Text(paragraph, label.AfterCount);
        return new Footer(paragraph);
    }

    private static void Text(Paragraph paragraph, string text)
    {
        if (text.Length > 0)
        {
            paragraph.Append(DocxLetterWriter.TextRun(text, bold: false, italic: false));
        }
    }
}
