using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;

namespace LetterDsl.Docx;

/// <summary>
/// The paragraph styles a letter's blocks are written in. They are real Word styles, so a user can restyle every
/// salutation or signature of a merged batch at once in Word's style pane.
/// </summary>
internal static class DocxStyles
{
    public const string Normal = "Normal";
    public const string Date = "LetterDate";
    public const string Recipient = "LetterRecipient";
    public const string Subject = "LetterSubject";
    public const string Salutation = "LetterSalutation";
    public const string ListParagraph = "LetterListParagraph";
    public const string Closing = "LetterClosing";
    public const string Signature = "LetterSignature";
    public const string CarbonCopy = "LetterCarbonCopy";
    public const string Enclosure = "LetterEnclosure";
    public const string Postscript = "LetterPostscript";
    public const string Letterhead = "LetterLetterhead";
    public const string ReturnAddress = "LetterReturnAddress";
    public const string References = "LetterReferences";
    public const string Information = "LetterInformation";
    public const string Footer = "LetterFooter";
    public const string Mark = "LetterMark";

    private const string FontName = "Georgia";

    /// <summary>The style ID of a part's paragraphs; body paragraphs use <see cref="Normal"/>.</summary>
    public static string For(LetterPart part) => part switch
    {
        LetterPart.Letterhead => Letterhead,
        LetterPart.ReturnAddress => ReturnAddress,
        LetterPart.Recipient => Recipient,
        LetterPart.References => References,
        LetterPart.InformationBlock => Information,
        LetterPart.DateLine => Date,
        LetterPart.Subject => Subject,
        LetterPart.Salutation => Salutation,
        LetterPart.Closing => Closing,
        LetterPart.CarbonCopies => CarbonCopy,
        LetterPart.Enclosures => Enclosure,
        LetterPart.Postscripts => Postscript,
        _ => Normal,
    };

    /// <summary>The styles part: 12 pt Georgia in the letter's language, and one style per part.</summary>
    public static Styles Create(string cultureName)
    {
        var runDefaults = new RunPropertiesBaseStyle(
            new RunFonts { Ascii = FontName, HighAnsi = FontName, ComplexScript = FontName, EastAsia = FontName },
            new FontSize { Val = "24" },
            new FontSizeComplexScript { Val = "24" });
        if (!string.IsNullOrEmpty(cultureName))
        {
            runDefaults.Append(new Languages { Val = cultureName });
        }

        var styles = new Styles(
            new DocDefaults(
                new RunPropertiesDefault(runDefaults),
                new ParagraphPropertiesDefault(new ParagraphPropertiesBaseStyle(
                    new SpacingBetweenLines { After = "200", Line = "276", LineRule = LineSpacingRuleValues.Auto }))));

        styles.Append(
            new Style(new StyleName { Val = "Normal" }, new PrimaryStyle()) { Type = StyleValues.Paragraph, StyleId = Normal, Default = true },
            Paragraph(Date, "Letter Date", keepNext: false, spacingBefore: null, spacingAfter: "480"),
            Paragraph(Recipient, "Letter Recipient", keepNext: false, spacingBefore: null, spacingAfter: "480"),
            Paragraph(Subject, "Letter Subject", keepNext: true, spacingBefore: null, spacingAfter: "240", new Bold()),
            Paragraph(Salutation, "Letter Salutation", keepNext: true, spacingBefore: null, spacingAfter: null),
            ListParagraphStyle(),
            Paragraph(Closing, "Letter Closing", keepNext: true, spacingBefore: "240", spacingAfter: "0"),
            // The space before the signature leaves room for a handwritten one, as the text writers' blank lines do.
            Paragraph(Signature, "Letter Signature", keepNext: false, spacingBefore: "960", spacingAfter: "0"),
            Paragraph(CarbonCopy, "Letter Copy", keepNext: false, spacingBefore: "240", spacingAfter: null),
            Paragraph(Enclosure, "Letter Enclosure", keepNext: false, spacingBefore: "240", spacingAfter: null),
            Paragraph(Postscript, "Letter Postscript", keepNext: false, spacingBefore: "240", spacingAfter: null),
            Paragraph(Letterhead, "Letter Letterhead", keepNext: false, spacingBefore: null, spacingAfter: "480", new FontSize { Val = "20" }),
            Paragraph(ReturnAddress, "Letter Return Address", keepNext: false, spacingBefore: "0", spacingAfter: "0", new FontSize { Val = "16" }),
            Paragraph(References, "Letter References", keepNext: false, spacingBefore: null, spacingAfter: "480"),
            Paragraph(Information, "Letter Information", keepNext: false, spacingBefore: "0", spacingAfter: "0", new FontSize { Val = "20" }),
            Paragraph(Footer, "Letter Footer", keepNext: false, spacingBefore: "0", spacingAfter: "0", new FontSize { Val = "18" }),
            Paragraph(Mark, "Letter Mark", keepNext: false, spacingBefore: "0", spacingAfter: "0", new FontSize { Val = "2" }));
        return styles;
    }

    private static Style Paragraph(string id, string name, bool keepNext, string? spacingBefore, string? spacingAfter, OpenXmlElement? run = null)
    {
        var paragraph = new StyleParagraphProperties();
        if (keepNext)
        {
            paragraph.Append(new KeepNext());
        }

        if (spacingBefore is not null || spacingAfter is not null)
        {
            // An attribute set to null is still written, empty, and Word rejects that; set only the ones given.
            var spacing = new SpacingBetweenLines();
            if (spacingBefore is not null)
            {
                spacing.Before = spacingBefore;
            }

            if (spacingAfter is not null)
            {
                spacing.After = spacingAfter;
            }

            paragraph.Append(spacing);
        }

        var style = new Style(new StyleName { Val = name }, new BasedOn { Val = Normal }, new NextParagraphStyle { Val = Normal }, new PrimaryStyle(), paragraph)
        {
            Type = StyleValues.Paragraph,
            StyleId = id,
            CustomStyle = true,
        };
        if (run is not null)
        {
            style.Append(new StyleRunProperties(run));
        }

        return style;
    }

    private static Style ListParagraphStyle() => new(
        new StyleName { Val = "Letter List Paragraph" },
        new BasedOn { Val = Normal },
        new PrimaryStyle(),
        new StyleParagraphProperties(
            new SpacingBetweenLines { After = "80" },
            new Indentation { Left = "720", Hanging = "360" }))
    {
        Type = StyleValues.Paragraph,
        StyleId = ListParagraph,
        CustomStyle = true,
    };
}
