using System.Linq;
using LetterDsl.Testing.Letters;

namespace LetterDsl.Rendering.Tests.Generated;

/// <summary>Format v2's layouts through the real generated code: each prints the parts in its own reading order.</summary>
public sealed class LayoutTests
{
    [Fact]
    public void UnPrintsTheAddresseeAfterTheSignatures()
    {
        var text = Render("""
            @layout un
            @to H.E. Mr. Volkan Bozkır
            @to President of the General Assembly
            @place New York
            @date 2020-12-04
            @salutation Excellency,

            I have the honour to transmit the appeal.

            @closing Accept, Excellency, the assurances of my highest consideration.
            @signatory (Signed) Amara Okonjo | Ambassador | Permanent Representative
            """);

        Assert.Equal(
            "New York, December 4, 2020\n\n" +
            "Excellency,\n\n" +
            "I have the honour to transmit the appeal.\n\n" +
            "Accept, Excellency, the assurances of my highest consideration.\n\n\n\n" +
            "(Signed) Amara Okonjo\nAmbassador\nPermanent Representative\n\n" +
            "H.E. Mr. Volkan Bozkır\nPresident of the General Assembly\n",
            text);
    }

    [Fact]
    public void BlockPrintsTheSenderFirstAndTheReferencesAfterTheDateLine()
    {
        var text = Render("""
            @from Coalition for the ICC
            @from The Hague
            @ref Our ref.: CICC/2020/17
            @date 2020-12-07
            @to H.E. the Minister
            @salutation Excellency,

            Body.

            @closing Sincerely,
            @signatory Melinda Reed
            """);

        Assert.Equal(
            "Coalition for the ICC\nThe Hague\n\n" +
            "December 7, 2020\n\n" +
            "Our ref.: CICC/2020/17\n\n" +
            "H.E. the Minister\n\n" +
            "Excellency,\n\nBody.\n\nSincerely,\n\n\n\nMelinda Reed\n",
            text);
    }

    [Theory]
    [InlineData("din5008-a")]
    [InlineData("din5008-b")]
    public void DinPrintsTheAddressFieldAndTheInformationBlockBeforeTheSubject(string layout)
    {
        var text = Render($"""
            @layout {layout}
            @culture de-DE
            @from Koalition e. V.
            @from Chausseestraße 128
            @from 10115 Berlin
            @to Auswärtiges Amt
            @to 10117 Berlin
            @ref Unser Zeichen: KIS-17
            @date 2020-11-23
            @subject Gesprächsanfrage
            @salutation Sehr geehrte Damen und Herren,

            Text.

            @closing Mit freundlichen Grüßen
            @signatory Lena Hoffmann
            """);

        Assert.Equal(
            "Koalition e. V.\nChausseestraße 128\n10115 Berlin\n\n" +
            "Koalition e. V. · Chausseestraße 128 · 10115 Berlin\n\n" +
            "Auswärtiges Amt\n10117 Berlin\n\n" +
            "Unser Zeichen: KIS-17\nDatum: 23. November 2020\n\n" +
            "Gesprächsanfrage\n\n" +
            "Sehr geehrte Damen und Herren,\n\nText.\n\nMit freundlichen Grüßen\n\n\n\nLena Hoffmann\n",
            text);
    }

    [Fact]
    public void EndNotationsComeInTheConventionalOrderWithOneLabelOverAList()
    {
        var text = Render(Letter("en-US", "@ps First.\n@cc Embassy\n@enclosure Agenda\n@cc Mission\n@ps Second.\n@enclosure Budget"));

        Assert.EndsWith(
            "Melinda Reed\n\n" +
            "Enclosures:\nAgenda\nBudget\n\n" +
            "cc:\nEmbassy\nMission\n\n" +
            "P.S. First.\n\n" +
            "P.P.S. Second.\n",
            text);
    }

    [Fact]
    public void OneEnclosureAndOneCopyFollowTheirLabelsOnTheSameLine()
    {
        var text = Render(Letter("en-GB", "@enclosure Agenda\n@cc Embassy"));

        Assert.EndsWith("Melinda Reed\n\nEnclosure: Agenda\n\ncc: Embassy\n", text);
    }

    [Theory]
    [InlineData("de-DE", "Anlagen\nAgenda\nBudget\n\nVerteiler\nEmbassy\n\nPS: First.\n\nPPS: Second.\n")]
    [InlineData("fr-FR", "Pièces jointes\u00A0:\nAgenda\nBudget\n\nCopie à\u00A0: Embassy\n\nP.-S. First.\n\nP.-P.-S. Second.\n")]
    [InlineData("es-ES", "Anexos:\nAgenda\nBudget\n\nc. c.: Embassy\n\nP. D. First.\n\nP. P. D. Second.\n")]
    public void EndNotationLabelsFollowTheCulture(string culture, string expected)
    {
        var text = Render(Letter(culture, "@enclosure Agenda\n@enclosure Budget\n@cc Embassy\n@ps First.\n@ps Second."));

        Assert.EndsWith("Melinda Reed\n\n" + expected, text);
    }

    [Fact]
    public void LabelOverridesReplaceTheCulturesLabels()
    {
        var text = Render(Letter("de-DE", "@label enclosures: Beilagen\n@label cc: Kopie an\n@label ps: Nachtrag:\n@enclosure A\n@enclosure B\n@cc C\n@ps D."));

        Assert.EndsWith("Beilagen\nA\nB\n\nKopie an\nC\n\nNachtrag: D.\n", text);
    }

    [Fact]
    public void ASignatoryHasANameAndUpToFiveLines()
    {
        var text = Render(Letter("en-US", "", "@signatory (Signed) Amara Okonjo | Ambassador | Permanent Representative | Mission of Arcadia | United Nations | New York"));

        Assert.EndsWith("(Signed) Amara Okonjo\nAmbassador\nPermanent Representative\nMission of Arcadia\nUnited Nations\nNew York\n", text);
    }

    [Fact]
    public void SignatoriesStandSideBySideInWrappedTextWhenTheyFit()
    {
        using var letters = GeneratorHarness.RunLetter(Letter("en-US", "", "@signatory Doris Mpoumou | Director | ICRtoP\n@signatory Andres Serbin | Chair | ICRtoP")).Load();
        var letter = letters.Create(ProbeLetter.TypeName);

        Assert.EndsWith(
            "Yours,\n\n\n\n" +
            "Doris Mpoumou    Andres Serbin\n" +
            "Director         Chair\n" +
            "ICRtoP           ICRtoP\n",
            letter.ToText(new TextOptions { Width = 40 }));
        Assert.EndsWith("Yours,\n\n\n\nDoris Mpoumou\nDirector\nICRtoP\n\n\n\nAndres Serbin\nChair\nICRtoP\n", letter.ToText(new TextOptions { Width = 25 }));
        Assert.EndsWith("Yours,\n\n\n\nDoris Mpoumou\nDirector\nICRtoP\n\n\n\nAndres Serbin\nChair\nICRtoP\n", letter.ToText());
    }

    private static string Render(string letterText)
    {
        if (!letterText.StartsWith("@letter", System.StringComparison.Ordinal))
        {
            letterText = $"@letter {ProbeLetter.ClassName}\n@namespace {ProbeLetter.Namespace}\n" + letterText;
        }

        using var letters = GeneratorHarness.RunLetter(letterText).Load();
        return letters.Create(ProbeLetter.TypeName).ToText();
    }

    private static string Letter(string culture, string endNotations, string signatory = "@signatory Melinda Reed") =>
        $"@letter {ProbeLetter.ClassName}\n@namespace {ProbeLetter.Namespace}\n@culture {culture}\n@date 2020-12-07\n@salutation Dear friends,\n\nBody.\n\n@closing Yours,\n{signatory}\n{endNotations}\n";
}
