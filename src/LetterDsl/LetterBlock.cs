namespace LetterDsl;

/// <summary>The parts of a letter that a <see cref="LetterWriter"/> is told about, in the order they appear.</summary>
public enum LetterBlock
{
    /// <summary>The place and date ("The Hague, 7 December 2020").</summary>
    DateLine,

    /// <summary>One line of the addressee block (<c>@to</c>); consecutive ones form one block.</summary>
    Recipient,

    /// <summary>The subject line (<c>@subject</c>).</summary>
    Subject,

    /// <summary>The salutation ("Excellency,").</summary>
    Salutation,

    /// <summary>A body paragraph.</summary>
    Paragraph,

    /// <summary>The closing ("Sincerely,").</summary>
    Closing,

    /// <summary>One <c>@cc</c> line; consecutive ones form one block.</summary>
    CarbonCopy,

    /// <summary>One <c>@enclosure</c> line; consecutive ones form one block.</summary>
    Enclosure,

    /// <summary>A postscript (<c>@ps</c>).</summary>
    Postscript,
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
