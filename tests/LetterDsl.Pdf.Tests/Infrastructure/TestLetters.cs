using System.Collections.Generic;
using System.Linq;
using LetterDsl.Testing.Letters;

namespace LetterDsl.Pdf.Tests.Infrastructure;

/// <summary>Letters in the layouts the sample does not use, composed the way generated code composes them.</summary>
public static class TestLetters
{
    /// <summary>The words of <see cref="Din"/>'s address that appear nowhere else on the page.</summary>
    public static readonly string[] DinRecipient = ["Bundesministerium", "Justiz", "Amara", "Okonjo", "Mohrenstraße", "37", "10117", "Berlin"];

    private const string DinBody = """
        wir schreiben Ihnen im Namen der **Koalition für den Internationalen Strafgerichtshof** vor der 19. Tagung der Versammlung der Vertragsstaaten.

        Wir bitten Ihre Regierung, an der Tagung auf höchster Ebene teilzunehmen und in der Generaldebatte zu bekräftigen:

        - das *bedingungslose* Bekenntnis zum Gerichtshof;
        - die Achtung seiner richterlichen Unabhängigkeit;
        - eine tatkräftige Zusammenarbeit.

        Für Rückfragen stehen wir Ihnen gern zur Verfügung.
        """;

    /// <summary>A German business letter in <paramref name="layout"/> (<c>din5008-a</c> or <c>din5008-b</c>), one page long.</summary>
    public static FakeLetter Din(string layout, string? body = null) => new(
        "de-DE",
        "7. Dezember 2020",
        "Sehr geehrte Frau Ministerin,",
        BodyEvents.Parse(body ?? DinBody),
        "Mit freundlichen Grüßen",
        [new Signatory("Melinda Reed", "Leiterin", "Koalition für den IStGH")])
    {
        Layout = layout,
        From = ["Koalition für den IStGH", "Postfach 19121", "2500 CC Den Haag"],
        Recipients = ["Bundesministerium der Justiz", "Frau Ministerin Amara Okonjo", "Mohrenstraße 37", "10117 Berlin"],
        References = [("Ihr Zeichen", "IV-2020/17"), ("Unser Zeichen", "CICC/2020/17")],
        Subject = "Die 19. Tagung der Versammlung der Vertragsstaaten",
        Enclosures = ["Stellungnahme"],
        CarbonCopies = ["Auswärtiges Amt"],
    };

    /// <summary>A United Nations style letter: the addressee after the signature, at the foot of the first page.</summary>
    public static FakeLetter Un(string? body = null) => new(
        "en-GB",
        "7 December 2020",
        "Excellency,",
        BodyEvents.Parse(body ?? "I have the honour to transmit the report of the Coalition on the **nineteenth session**.\n\nPlease accept the assurances of my highest consideration."),
        "Yours sincerely,",
        [new Signatory("Melinda Reed", "Acting Convenor")])
    {
        Layout = "un",
        Place = "The Hague",
        Recipients = ["His Excellency", "Mr. Bastien Delorme", "Permanent Representative of Borduria", "New York"],
        References = [("Ref.", "CICC/2020/17")],
    };

    /// <summary>A <c>block</c> letter whose body is <paramref name="body"/>, signed by <paramref name="signatories"/>.</summary>
    public static FakeLetter Block(string body, params Signatory[] signatories) => new(
        "en-GB",
        "7 December 2020",
        "Excellency,",
        BodyEvents.Parse(body),
        "Sincerely,",
        signatories.Length > 0 ? signatories : [new Signatory("Melinda Reed", "Acting Convenor", "Coalition for the International Criminal Court")]);

    /// <summary>A body of <paramref name="count"/> one-line paragraphs, "Filler line 1." and so on.</summary>
    public static string Lines(int count) => string.Join("\n\n", Enumerable.Range(1, count).Select(i => $"Filler line {i}."));

    /// <summary>Paragraphs of <paramref name="words"/>[i] words each, every word naming its paragraph ("p3").</summary>
    public static string Paragraphs(IEnumerable<int> words) =>
        string.Join("\n\n", words.Select((count, i) => string.Join(" ", Enumerable.Repeat($"p{i + 1}", count))));
}
