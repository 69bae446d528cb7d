using System.ComponentModel;

namespace LetterDsl.Composition;

/// <summary>
/// The directive a recorded line comes from. Generated letters record their sections in this order; the layout
/// decides where each one prints.
/// </summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public enum LetterSection
{
    /// <summary>An <c>@from</c> line.</summary>
    Sender,

    /// <summary>The <c>@place</c> line.</summary>
    Place,

    /// <summary>The <c>@date</c> line.</summary>
    Date,

    /// <summary>An <c>@to</c> line.</summary>
    Recipient,

    /// <summary>An <c>@ref Label: value</c> line.</summary>
    Reference,

    /// <summary>The <c>@subject</c> line.</summary>
    Subject,

    /// <summary>The <c>@salutation</c> line.</summary>
    Salutation,

    /// <summary>A body paragraph or list item.</summary>
    Body,

    /// <summary>The <c>@closing</c> line.</summary>
    Closing,

    /// <summary>An <c>@enclosure</c> line.</summary>
    Enclosure,

    /// <summary>An <c>@cc</c> line.</summary>
    CarbonCopy,

    /// <summary>An <c>@ps</c> line.</summary>
    Postscript,
}
