using System.Globalization;
using System.Text;

namespace LetterDsl.Benchmarks.Generation;

/// <summary>
/// Letters for the generator benchmarks: each about the size of the 2020 seed letter (some 7,600 characters),
/// with five parameters, an inline <c>if</c>, a <c>for</c> over list items, bold text and a bulleted list.
/// </summary>
public static class SyntheticLetters
{
    private const string Paragraph =
        "Since its adoption, the statute has held out the promise of providing recourse to justice for victims and "
        + "ending impunity for perpetrators of the crimes that shock the conscience of humankind. Yet that promise is "
        + "increasingly threatened by a global climate characterized by a retreat in **multilateral engagement** and "
        + "rising tides of hostility, discrimination, and repression around the world. Attacks against the court and "
        + "its officials need to be firmly challenged by its states parties to uphold the global rule of law.";

    private const string Bullet =
        "- Commitment to work together as States Parties to **oppose efforts to undermine the court's work** and to "
        + "strongly condemn and counter measures made against the court, its officials, and those cooperating with it;";

    /// <summary>The path of letter <paramref name="index"/> in the synthetic project.</summary>
    public static string PathOf(int index) => "/bench/Letters/Synthetic" + index.ToString("D4", CultureInfo.InvariantCulture) + ".letter";

    /// <summary>The source of letter <paramref name="index"/>; a different <paramref name="revision"/> changes one word of its body, as a keystroke does.</summary>
    public static string Create(int index, int revision = 0)
    {
        string number = index.ToString("D4", CultureInfo.InvariantCulture);
        var text = new StringBuilder()
            .Append("@letter Synthetic").Append(number).Append('\n')
            .Append("@namespace Benchmarks.Letters\n")
            .Append("@culture en-GB\n")
            .Append("@summary Synthetic letter ").Append(number).Append(" for the generator benchmarks.\n\n")
            .Append("@param Session: int\n")
            .Append("@param Date: DateOnly\n")
            .Append("@param Dates: DateRange\n")
            .Append("@param Observer: string?\n")
            .Append("@param Topics: IReadOnlyList<string>\n\n")
            .Append("@place The Hague\n")
            .Append("@date {{ Date }}\n")
            .Append("@salutation Excellency,\n\n")
            .Append("We write to you, in revision ").Append(revision.ToString(CultureInfo.InvariantCulture))
            .Append(", on the occasion of the {{ Session | ordinal }} session, which takes place from {{ Dates }}")
            .Append("{{ if Observer }}, with {{ Observer }} attending as an observer{{ end }}.\n\n");
        for (int i = 0; i < 9; i++)
        {
            text.Append(Paragraph).Append("\n\n");
        }

        text.Append("{{ for topic in Topics }}\n- **{{ topic }}**: a matter the session will take up;\n{{ end }}\n\n");
        for (int i = 0; i < 8; i++)
        {
            text.Append(Bullet).Append('\n');
        }

        return text
            .Append("\n@closing Sincerely,\n")
            .Append("@signatory Melinda Reed | Acting Convenor | Coalition for the International Criminal Court\n")
            .ToString();
    }
}
