using System;
using System.Collections.Generic;

namespace LetterDsl;

/// <summary>
/// A letter convention (<c>@layout</c>): the reading order of the parts and the printed geometry. This is the one
/// home of both rules: the text and Markdown writers receive the parts in <see cref="ReadingOrder"/>, and the HTML,
/// Word and PDF writers place them by <see cref="Geometry"/>.
/// </summary>
public sealed class LetterLayout
{
    private readonly LetterPart[] _readingOrder;

    private LetterLayout(string name, LetterGeometry geometry, params LetterPart[] readingOrder)
    {
        Name = name;
        Geometry = geometry;
        _readingOrder = readingOrder;
        ReadingOrder = Array.AsReadOnly(readingOrder);
    }

    /// <summary>
    /// <c>block</c>, the default: letterhead, date line, references, addressee, subject, salutation, body, closing,
    /// signatures, end notations; 25 mm margins.
    /// </summary>
    public static LetterLayout Block { get; } = new(
        "block",
        LetterGeometry.Plain(recipientAtFoot: false),
        LetterPart.Letterhead, LetterPart.DateLine, LetterPart.References, LetterPart.Recipient, LetterPart.Subject,
        LetterPart.Salutation, LetterPart.Body, LetterPart.Closing, LetterPart.Signatures,
        LetterPart.Enclosures, LetterPart.CarbonCopies, LetterPart.Postscripts);

    /// <summary>
    /// <c>un</c>, the United Nations style: the addressee block follows the signatures, and in print sits flush left at
    /// the foot of the first page; 25 mm margins.
    /// </summary>
    public static LetterLayout Un { get; } = new(
        "un",
        LetterGeometry.Plain(recipientAtFoot: true),
        LetterPart.Letterhead, LetterPart.References, LetterPart.DateLine, LetterPart.Subject, LetterPart.Salutation,
        LetterPart.Body, LetterPart.Closing, LetterPart.Signatures, LetterPart.Recipient,
        LetterPart.Enclosures, LetterPart.CarbonCopies, LetterPart.Postscripts);

    /// <summary><c>din5008-a</c>: the German business letter, form A (27 mm letterhead, address field at 27 mm).</summary>
    public static LetterLayout Din5008A { get; } = Din("din5008-a", LetterGeometry.Din5008(formB: false));

    /// <summary><c>din5008-b</c>: the German business letter, form B (45 mm letterhead, address field at 45 mm).</summary>
    public static LetterLayout Din5008B { get; } = Din("din5008-b", LetterGeometry.Din5008(formB: true));

    /// <summary>Every layout, in the order of their names in the documentation.</summary>
    public static IReadOnlyList<LetterLayout> All { get; } = Array.AsReadOnly(new[] { Block, Un, Din5008A, Din5008B });

    /// <summary>The name a letter gives in <c>@layout</c> (<c>din5008-b</c>).</summary>
    public string Name { get; }

    /// <summary>The parts in the top-to-bottom, left-to-right reading order of the printed first page.</summary>
    public IReadOnlyList<LetterPart> ReadingOrder { get; }

    /// <summary>Where the parts sit on the printed page.</summary>
    public LetterGeometry Geometry { get; }

    /// <summary>Returns the layout named <paramref name="name"/> (<c>block</c>, <c>un</c>, <c>din5008-a</c>, <c>din5008-b</c>).</summary>
    /// <exception cref="ArgumentException">No layout has that name.</exception>
    public static LetterLayout Get(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        foreach (LetterLayout layout in All)
        {
            if (layout.Name == name)
            {
                return layout;
            }
        }

        throw new ArgumentException($"'{name}' is not a letter layout; the layouts are block, un, din5008-a and din5008-b.", nameof(name));
    }

    /// <summary>Whether this layout prints <paramref name="part"/> at all.</summary>
    public bool Prints(LetterPart part) => Array.IndexOf(_readingOrder, part) >= 0;

    /// <inheritdoc/>
    public override string ToString() => Name;

    private static LetterLayout Din(string name, LetterGeometry geometry) => new(
        name,
        geometry,
        LetterPart.Letterhead, LetterPart.ReturnAddress, LetterPart.Recipient, LetterPart.InformationBlock, LetterPart.Subject,
        LetterPart.Salutation, LetterPart.Body, LetterPart.Closing, LetterPart.Signatures,
        LetterPart.Enclosures, LetterPart.CarbonCopies, LetterPart.Postscripts);
}
