using System;
using System.Globalization;

namespace LetterDsl.Formatting;

/// <summary>
/// The letter conventions of one language: how the place joins the date, the labels of end notations, postscripts,
/// page numbers and the date in an information block, and the word that ends a list. This table is the one place they
/// are written down; a language without a row writes English labels.
/// </summary>
/// <param name="Language">The two-letter ISO language name.</param>
/// <param name="PlaceDateJoiner">What stands between the place and the date ("The Hague, 7 December 2020").</param>
/// <param name="LabelSeparator">What follows a label before its value ("Our ref.: ", French "Réf.&#160;: ").</param>
/// <param name="EndNotationHeadings">Whether an end notation's label stands on its own line above even a single entry, as
/// DIN 5008 writes "Anlage" over the enclosure; otherwise one entry follows its label on the same line.</param>
/// <param name="Enclosure">The label of one enclosure.</param>
/// <param name="Enclosures">The label over several enclosures.</param>
/// <param name="CarbonCopy">The label of the copy notation.</param>
/// <param name="Postscript">The first postscript's label.</param>
/// <param name="SecondPostscript">The label of the second and later postscripts.</param>
/// <param name="PageNumber">The page-number label, with <c>{page}</c> and <c>{pages}</c>.</param>
/// <param name="Date">The date's label in an information block.</param>
/// <param name="ListConjunction">The word before the last item of a list written as a phrase ("A, B and C", "A, B und C").</param>
internal sealed record CultureConventions(
    string Language,
    string PlaceDateJoiner,
    string LabelSeparator,
    bool EndNotationHeadings,
    string Enclosure,
    string Enclosures,
    string CarbonCopy,
    string Postscript,
    string SecondPostscript,
    string PageNumber,
    string Date,
    string ListConjunction)
{
    // French sets a no-break space before a colon.
    private static readonly CultureConventions[] Table =
    [
        new("en", ", ", ": ", false, "Enclosure", "Enclosures", "cc", "P.S.", "P.P.S.", "Page {page} of {pages}", "Date", "and"),
        new("de", ", ", ": ", true, "Anlage", "Anlagen", "Verteiler", "PS:", "PPS:", "Seite {page} von {pages}", "Datum", "und"),
        new("fr", ", ", "\u00A0: ", false, "Pièce jointe", "Pièces jointes", "Copie à", "P.-S.", "P.-P.-S.", "Page {page} sur {pages}", "Date", "et"),
        new("es", ", ", ": ", false, "Anexo", "Anexos", "c. c.", "P. D.", "P. P. D.", "Página {page} de {pages}", "Fecha", "y"),
    ];

    /// <summary>The conventions for <paramref name="culture"/>'s language; English for a language without a row.</summary>
    public static CultureConventions For(CultureInfo culture)
    {
        string language = culture.TwoLetterISOLanguageName;
        foreach (CultureConventions row in Table)
        {
            if (string.Equals(row.Language, language, StringComparison.Ordinal))
            {
                return row;
            }
        }

        return Table[0];
    }
}
