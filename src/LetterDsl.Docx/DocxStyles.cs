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

    private const string FontName = "Georgia";

    /// <summary>The style ID for a block; body paragraphs use <see cref="Normal"/>.</summary>
    public static string For(LetterDsl.LetterBlock block) => block switch
    {
        LetterDsl.LetterBlock.DateLine => Date,
        LetterDsl.LetterBlock.Recipient => Recipient,
        LetterDsl.LetterBlock.Subject => Subject,
        LetterDsl.LetterBlock.Salutation => Salutation,
        LetterDsl.LetterBlock.Closing => Closing,
        LetterDsl.LetterBlock.CarbonCopy => CarbonCopy,
        LetterDsl.LetterBlock.Enclosure => Enclosure,
        LetterDsl.LetterBlock.Postscript => Postscript,
        _ => Normal,
    };

    /// <summary>The styles part: 12 pt Georgia in the letter's language, and one style per block kind.</summary>
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
            Paragraph(Postscript, "Letter Postscript", keepNext: false, spacingBefore: "240", spacingAfter: null));
        return styles;
    }

    private static Style Paragraph(string id, string name, bool keepNext, string? spacingBefore, string? spacingAfter, Bold? bold = null)
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
        if (bold is not null)
        {
            style.Append(new StyleRunProperties(bold));
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
