namespace LetterDsl;

/// <summary>
/// The parts of a letter as a <see cref="LetterWriter"/> receives them: regions of the printed page, in the reading
/// order of the letter's <see cref="LetterLayout"/>. A part with nothing to show (an optional part the letter lacks,
/// or one whose lines all rendered empty) is not written at all.
/// </summary>
public enum LetterPart
{
    /// <summary>The sender's block (<c>@from</c>): letterhead text, one line per directive.</summary>
    Letterhead,

    /// <summary>The sender in one line above the address, in the remark zone of a DIN 5008 address field.</summary>
    ReturnAddress,

    /// <summary>The addressee block (<c>@to</c>), one line per directive; in a DIN 5008 letter, the address field.</summary>
    Recipient,

    /// <summary>The reference fields (<c>@ref Label: value</c>), one labelled line each.</summary>
    References,

    /// <summary>A DIN 5008 information block: the reference fields, then the date under its label.</summary>
    InformationBlock,

    /// <summary>The place and date ("The Hague, 7 December 2020").</summary>
    DateLine,

    /// <summary>The subject line (<c>@subject</c>).</summary>
    Subject,

    /// <summary>The salutation ("Excellency,").</summary>
    Salutation,

    /// <summary>The body: paragraphs and lists.</summary>
    Body,

    /// <summary>The closing ("Sincerely,").</summary>
    Closing,

    /// <summary>The signature block, written with <see cref="LetterWriter.WriteSignatories"/>.</summary>
    Signatures,

    /// <summary>The enclosure notation: one labelled line, or a label over one line per enclosure.</summary>
    Enclosures,

    /// <summary>The copy notation (<c>@cc</c>): one labelled line, or a label over one line per copy.</summary>
    CarbonCopies,

    /// <summary>The postscripts (<c>@ps</c>), one labelled paragraph each ("P.S.", "P.P.S.").</summary>
    Postscripts,
}

/// <summary>The kinds of body list.</summary>
public enum ListKind
{
    /// <summary>A <c>- </c> list.</summary>
    Bulleted,

    /// <summary>A <c>1. </c> list.</summary>
    Numbered,
}

/// <summary>Inline emphasis from the body's Markdown subset.</summary>
public enum Emphasis
{
    /// <summary><c>**bold**</c></summary>
    Bold,

    /// <summary><c>*italic*</c></summary>
    Italic,
}
