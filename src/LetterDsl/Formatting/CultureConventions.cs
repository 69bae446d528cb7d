using System;
using System.Collections.Generic;

namespace LetterDsl.Formatting;

/// <summary>
/// The letter conventions of one culture: how its letters join the place and the date, how they write the date and
/// ordinals, the labels of end notations, postscripts, page numbers and the date in an information block, and the word
/// before a list's last item ("A, B and C"). This
/// table is the one place they are written down (docs/letter-format.md, "Cultures", cites a source for each row), so
/// adding a culture is adding a row.
/// </summary>
/// <remarks>
/// The generator compiles this file too (it checks <c>@culture</c> and reads literal dates with it), so it targets
/// netstandard2.0 and uses nothing of the runtime. Dates and month names come from here rather than from .NET's
/// culture data, which varies with the ICU version of the machine (and is absent when globalization is invariant).
/// </remarks>
/// <param name="Name">The culture name ("fr-FR"). A language's first row also serves the regions without a row of
/// their own ("fr-CA" is written as "fr-FR"); <c>"*"</c> names the row for every other language.</param>
/// <param name="DateLine">How the place joins the date, with <c>{place}</c> and <c>{date}</c> ("{place}, le {date}").</param>
/// <param name="DatePattern">The letter date as a .NET custom date pattern ("d MMMM yyyy"); <see langword="null"/>
/// only in the <c>"*"</c> row, where the culture's long date without the weekday is used.</param>
/// <param name="Months">The month names, January first, as dates spell them; <see langword="null"/> only in the
/// <c>"*"</c> row, where .NET's are used.</param>
/// <param name="FirstDay">How a date writes the first day of a month when not as "1" ("1er novembre"), or
/// <see langword="null"/>.</param>
/// <param name="Ordinal">How ordinal numbers are written.</param>
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
    string Name,
    string DateLine,
    string? DatePattern,
    string[]? Months,
    string? FirstDay,
    OrdinalStyle Ordinal,
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
    /// <summary>The name of the row for languages without one.</summary>
    public const string OtherName = "*";

    private static readonly string[] English =
        ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

    private static readonly string[] Portuguese =
        ["janeiro", "fevereiro", "março", "abril", "maio", "junho", "julho", "agosto", "setembro", "outubro", "novembro", "dezembro"];

    // One row per culture. en-GB comes before en-US because most English-speaking regions date day first, and
    // pt-PT before pt-BR because the other Portuguese-speaking countries follow the European norm.
    // French sets a no-break space before a colon.
    private static readonly CultureConventions[] Table =
    [
        new(Name: "en-GB", DateLine: "{place}, {date}", DatePattern: "d MMMM yyyy", Months: English, FirstDay: null,
            Ordinal: OrdinalStyle.English, LabelSeparator: ": ", EndNotationHeadings: false,
            Enclosure: "Enclosure", Enclosures: "Enclosures", CarbonCopy: "cc", Postscript: "P.S.", SecondPostscript: "P.P.S.",
            PageNumber: "Page {page} of {pages}", Date: "Date", ListConjunction: "and"),
        new(Name: "en-US", DateLine: "{place}, {date}", DatePattern: "MMMM d, yyyy", Months: English, FirstDay: null,
            Ordinal: OrdinalStyle.English, LabelSeparator: ": ", EndNotationHeadings: false,
            Enclosure: "Enclosure", Enclosures: "Enclosures", CarbonCopy: "cc", Postscript: "P.S.", SecondPostscript: "P.P.S.",
            PageNumber: "Page {page} of {pages}", Date: "Date", ListConjunction: "and"),
        new(Name: "fr-FR", DateLine: "{place}, le {date}", DatePattern: "d MMMM yyyy",
            Months: ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"],
            FirstDay: "1er", Ordinal: OrdinalStyle.French, LabelSeparator: "\u00A0: ", EndNotationHeadings: false,
            Enclosure: "Pièce jointe", Enclosures: "Pièces jointes", CarbonCopy: "Copie à", Postscript: "P.-S.", SecondPostscript: "P.-P.-S.",
            PageNumber: "Page {page} sur {pages}", Date: "Date", ListConjunction: "et"),
        new(Name: "de-DE", DateLine: "{place}, {date}", DatePattern: "d. MMMM yyyy",
            Months: ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober", "November", "Dezember"],
            FirstDay: null, Ordinal: OrdinalStyle.Period, LabelSeparator: ": ", EndNotationHeadings: true,
            Enclosure: "Anlage", Enclosures: "Anlagen", CarbonCopy: "Verteiler", Postscript: "PS:", SecondPostscript: "PPS:",
            PageNumber: "Seite {page} von {pages}", Date: "Datum", ListConjunction: "und"),
        new(Name: "es-ES", DateLine: "{place}, {date}", DatePattern: "d 'de' MMMM 'de' yyyy",
            Months: ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre", "noviembre", "diciembre"],
            FirstDay: null, Ordinal: OrdinalStyle.PeriodIndicator, LabelSeparator: ": ", EndNotationHeadings: false,
            Enclosure: "Anexo", Enclosures: "Anexos", CarbonCopy: "c. c.", Postscript: "P. D.", SecondPostscript: "P. P. D.",
            PageNumber: "Página {page} de {pages}", Date: "Fecha", ListConjunction: "y"),
        new(Name: "it-IT", DateLine: "{place}, {date}", DatePattern: "d MMMM yyyy",
            Months: ["gennaio", "febbraio", "marzo", "aprile", "maggio", "giugno", "luglio", "agosto", "settembre", "ottobre", "novembre", "dicembre"],
            FirstDay: "1º", Ordinal: OrdinalStyle.Indicator, LabelSeparator: ": ", EndNotationHeadings: false,
            Enclosure: "Allegato", Enclosures: "Allegati", CarbonCopy: "p.c.", Postscript: "P.S.", SecondPostscript: "P.P.S.",
            PageNumber: "Pagina {page} di {pages}", Date: "Data", ListConjunction: "e"),
        new(Name: "nl-NL", DateLine: "{place}, {date}", DatePattern: "d MMMM yyyy",
            Months: ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober", "november", "december"],
            FirstDay: null, Ordinal: OrdinalStyle.LetterE, LabelSeparator: ": ", EndNotationHeadings: false,
            Enclosure: "Bijlage", Enclosures: "Bijlagen", CarbonCopy: "Kopie aan", Postscript: "P.S.", SecondPostscript: "P.P.S.",
            PageNumber: "Pagina {page} van {pages}", Date: "Datum", ListConjunction: "en"),
        new(Name: "pt-PT", DateLine: "{place}, {date}", DatePattern: "d 'de' MMMM 'de' yyyy", Months: Portuguese, FirstDay: null,
            Ordinal: OrdinalStyle.PeriodIndicator, LabelSeparator: ": ", EndNotationHeadings: false,
            Enclosure: "Anexo", Enclosures: "Anexos", CarbonCopy: "c/c", Postscript: "P.S.", SecondPostscript: "P.P.S.",
            PageNumber: "Página {page} de {pages}", Date: "Data", ListConjunction: "e"),
        new(Name: "pt-BR", DateLine: "{place}, {date}.", DatePattern: "d 'de' MMMM 'de' yyyy", Months: Portuguese, FirstDay: "1º",
            Ordinal: OrdinalStyle.Indicator, LabelSeparator: ": ", EndNotationHeadings: false,
            Enclosure: "Anexo", Enclosures: "Anexos", CarbonCopy: "c/c", Postscript: "P.S.", SecondPostscript: "P.P.S.",
            PageNumber: "Página {page} de {pages}", Date: "Data", ListConjunction: "e"),

        // Every other language: English labels, and the culture's own long date from .NET.
        new(Name: OtherName, DateLine: "{place}, {date}", DatePattern: null, Months: null, FirstDay: null,
            Ordinal: OrdinalStyle.Period, LabelSeparator: ": ", EndNotationHeadings: false,
            Enclosure: "Enclosure", Enclosures: "Enclosures", CarbonCopy: "cc", Postscript: "P.S.", SecondPostscript: "P.P.S.",
            PageNumber: "Page {page} of {pages}", Date: "Date", ListConjunction: "and"),
    ];

    /// <summary>Every row, the <c>"*"</c> row last.</summary>
    public static IReadOnlyList<CultureConventions> All => Table;

    /// <summary>The row for every language without one.</summary>
    public static CultureConventions Other => Table[Table.Length - 1];

    /// <summary>
    /// The conventions for <paramref name="cultureName"/>: its own row, else the first row of its language, else
    /// <see cref="Other"/>. Names compare without regard to case.
    /// </summary>
    public static CultureConventions For(string cultureName)
    {
        foreach (CultureConventions row in Table)
        {
            if (string.Equals(row.Name, cultureName, StringComparison.OrdinalIgnoreCase))
            {
                return row;
            }
        }

        string language = Language(cultureName);
        foreach (CultureConventions row in Table)
        {
            if (string.Equals(Language(row.Name), language, StringComparison.OrdinalIgnoreCase))
            {
                return row;
            }
        }

        return Other;
    }

    /// <summary>Whether this is <paramref name="cultureName"/>'s own row, not one it falls back to.</summary>
    public bool IsFor(string cultureName) => string.Equals(Name, cultureName, StringComparison.OrdinalIgnoreCase);

    // "fr" of "fr-FR", "zh" of "zh-Hant-TW".
    private static string Language(string cultureName)
    {
        int dash = cultureName.IndexOf('-');
        return dash < 0 ? cultureName : cultureName.Substring(0, dash);
    }
}
