using System;
using LetterDsl.Testing.Letters;

namespace LetterDsl.Rendering.Tests.Generated;

/// <summary>
/// One whole letter per culture with conventions (docs/letter-format.md, "Cultures"), built from its .letter text and
/// rendered: the place–date line from a literal date in the culture's language, ordinals, a date on the first of a
/// month, and an end-notation label.
/// </summary>
public sealed class CultureLetterTests
{
    private const string Body = "The {{ Session | ordinal }} session opens on {{ Opening }}; it is the {{ First | ordinal }} of its kind.";

    [Fact]
    public void EnUs() => AssertLetter(
        "en-US", "Washington", "November 17, 2004",
        dateLine: "Washington, November 17, 2004",
        body: "The 19th session opens on December 1, 2004; it is the 1st of its kind.",
        enclosure: "Enclosure: Agenda");

    [Fact]
    public void EnGb() => AssertLetter(
        "en-GB", "London", "17 November 2004",
        dateLine: "London, 17 November 2004",
        body: "The 19th session opens on 1 December 2004; it is the 1st of its kind.",
        enclosure: "Enclosure: Agenda");

    [Fact]
    public void FrFr() => AssertLetter(
        "fr-FR", "Paris", "17 novembre 2004",
        dateLine: "Paris, le 17 novembre 2004",
        body: "The 19e session opens on 1er décembre 2004; it is the 1er of its kind.",
        enclosure: "Pièce jointe\u00A0: Agenda");

    [Fact]
    public void DeDe() => AssertLetter(
        "de-DE", "Berlin", "17. November 2004",
        dateLine: "Berlin, 17. November 2004",
        body: "The 19. session opens on 1. Dezember 2004; it is the 1. of its kind.",
        enclosure: "Anlage\nAgenda");

    [Fact]
    public void EsEs() => AssertLetter(
        "es-ES", "Madrid", "17 de noviembre de 2004",
        dateLine: "Madrid, 17 de noviembre de 2004",
        body: "The 19.º session opens on 1 de diciembre de 2004; it is the 1.º of its kind.",
        enclosure: "Anexo: Agenda");

    [Fact]
    public void ItIt() => AssertLetter(
        "it-IT", "Roma", "17 novembre 2004",
        dateLine: "Roma, 17 novembre 2004",
        body: "The 19º session opens on 1º dicembre 2004; it is the 1º of its kind.",
        enclosure: "Allegato: Agenda");

    [Fact]
    public void NlNl() => AssertLetter(
        "nl-NL", "Den Haag", "17 november 2004",
        dateLine: "Den Haag, 17 november 2004",
        body: "The 19e session opens on 1 december 2004; it is the 1e of its kind.",
        enclosure: "Bijlage: Agenda");

    [Fact]
    public void PtPt() => AssertLetter(
        "pt-PT", "Lisboa", "17 de novembro de 2004",
        dateLine: "Lisboa, 17 de novembro de 2004",
        body: "The 19.º session opens on 1 de dezembro de 2004; it is the 1.º of its kind.",
        enclosure: "Anexo: Agenda");

    [Fact]
    public void PtBr() => AssertLetter(
        "pt-BR", "Brasília", "17 de novembro de 2004",
        dateLine: "Brasília, 17 de novembro de 2004.",
        body: "The 19º session opens on 1º de dezembro de 2004; it is the 1º of its kind.",
        enclosure: "Anexo: Agenda");

    [Theory]
    [InlineData("fr-FR", "1er décembre 2004", "Paris, le 1er décembre 2004")]
    [InlineData("it-IT", "1º dicembre 2004", "Roma, 1º dicembre 2004")]
    [InlineData("de-DE", "7. Dez. 2020", "Berlin, 7. Dezember 2020")]
    [InlineData("fr-FR", "2004-12-01", "Paris, le 1er décembre 2004")]
    [InlineData("es-ES", "November 17, 2004", "Madrid, 17 de noviembre de 2004")]
    public void ALiteralDateIsReadInTheCultureOrInEnglish(string culture, string literal, string dateLine)
    {
        var place = culture switch { "fr-FR" => "Paris", "it-IT" => "Roma", "de-DE" => "Berlin", _ => "Madrid" };
        using var letters = ProbeLetter.Compile("Body.", $"@culture {culture}\n@place {place}", date: literal);

        Assert.Equal(dateLine, letters.Create().DateLine);
    }

    [Fact]
    public void WithoutAPlaceTheDateStandsAlone()
    {
        using var letters = ProbeLetter.Compile("Body.", "@culture pt-BR", date: "17 de novembro de 2004");

        Assert.StartsWith("17 de novembro de 2004\n", letters.Create().ToText(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("de-DE", "Berlin", "{place}, den {date}", "Berlin, den 17. November 2004")]
    [InlineData("es-ES", "Madrid", "{place}, a {date}", "Madrid, a 17 de noviembre de 2004")]
    [InlineData("fr-FR", "Paris", "{place}, {date}", "Paris, 17 novembre 2004")]
    [InlineData("en-GB", "New York", "Done at {place} on {date}", "Done at New York on 17 November 2004")]
    [InlineData("en-US", "Geneva", "{date}, {place}", "November 17, 2004, Geneva")]
    public void ALetterChoosesTheOtherFormWithTheDatelineLabel(string culture, string place, string pattern, string dateLine)
    {
        using var letters = ProbeLetter.Compile("Body.", $"@culture {culture}\n@place {place}\n@label dateline: {pattern}", date: "2004-11-17");

        Assert.StartsWith(dateLine + "\n", letters.Create().ToText(), StringComparison.Ordinal);
    }

    private static void AssertLetter(string culture, string place, string literalDate, string dateLine, string body, string enclosure)
    {
        using var letters = ProbeLetter.Compile(
            Body,
            $"@culture {culture}\n@place {place}\n@param Session: int\n@param First: int\n@param Opening: DateOnly\n@enclosure Agenda",
            date: literalDate);
        var letter = letters.Create(("Session", 19), ("First", 1), ("Opening", new DateOnly(2004, 12, 1)));
        var text = letter.ToText();

        Assert.Equal(dateLine, letter.DateLine);
        Assert.StartsWith(dateLine + "\n", text, StringComparison.Ordinal);
        Assert.Equal(body, letter.TextBody());
        Assert.Contains("\n" + enclosure + "\n", text, StringComparison.Ordinal);
    }
}
