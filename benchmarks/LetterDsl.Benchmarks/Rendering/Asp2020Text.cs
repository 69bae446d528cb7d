namespace LetterDsl.Benchmarks.Rendering;

/// <summary>
/// The constant text of the 2020 seed letter (<c>samples/CoalitionLetters/Letters/Asp19Appeal.letter</c>) as it
/// appears in Markdown, cut at every value. The hand-written and Handlebars renderers put the values between these
/// pieces; none of the pieces holds a value, so they cannot pass a comparison by copying the output.
/// </summary>
internal static class Asp2020Text
{
    /// <summary>Between the place and the date.</summary>
    public const string PlaceSeparator = ", ";

    /// <summary>From the date to the first session number: the salutation and the first paragraphs.</summary>
    public const string BeforeSession =
        "\n\n"
        + "Excellency,\n\n"
        + "I have the honor of writing to you on behalf of the Coalition for the International Criminal Court (Coalition) - a global network of civil society organizations working in partnership to strengthen international cooperation with the ICC; ensure that the Court is fair, effective and independent; make justice both visible and universal; and advance stronger national laws that deliver justice to victims of Rome Statute crimes.\n\n"
        + "We are sending this letter on the occasion of the ";

    /// <summary>From the session number to the dates in The Hague.</summary>
    public const string BeforeHagueDates =
        " session of the Assembly of State Parties (ASP) of the Rome Statute of the International Criminal Court which will take place from ";

    /// <summary>After the dates in The Hague.</summary>
    public const string AfterHagueDates =
        " in The Hague";

    /// <summary>Before the optional dates in New York.</summary>
    public const string BeforeNewYorkDates =
        " and, tentatively, from ";

    /// <summary>After the optional dates in New York.</summary>
    public const string AfterNewYorkDates =
        " in New York";

    /// <summary>From the end of the dates sentence to the second session number.</summary>
    public const string BeforeSecondSession =
        ".\n\n"
        + "Since its adoption in 1998, the Rome Statute has held out the promise of providing recourse to justice for victims and ending impunity for perpetrators of the crimes that shock the conscience of humankind. Yet, that promise is increasingly threatened by a global climate characterized by a retreat in multilateral engagement and rising tides of hostility, discrimination, and repression around the world. Attacks against the ICC and its officials need to be firmly challenged by the court's states parties to uphold the global rule of law and to avoid undermining the Rome Statute system and its support across the globe.\n\n"
        + "While this session will be unique given the challenges posed by the COVID-19 pandemic, the annual Assembly session provides a visible opportunity to reaffirm the international community's collective commitment to human rights, accountability, and the rule of law and, through the Assembly's decision making, to advance efforts to strengthen the Court and the Rome Statute system.\n\n"
        + "We therefore appeal to you and your government to express your strong and continued political commitment to the Rome Statute and ICC by ensuring participation in the ";

    /// <summary>From the second session number to the closing and the blank lines before the signature.</summary>
    public const string BeforeSignatory =
        " session of the ASP at the highest possible level including through high-level video statements at the General Debate.\n\n"
        + "Excellency, recognizing the serious threats and challenges confronting the international justice system, we believe it is crucial that state party officials representing all of the regions and major legal systems of the world, take every opportunity, such as during the **General Debate, negotiations on resolutions, and other appropriate moments, including in your government's communications around the session**, to reaffirm, inter alia:\n\n"
        + "- **Unconditional commitment** to the ICC as the cornerstone of the fight against impunity and a critical element of a rules-based international order;\n"
        + "- Commitment to work together as States Parties to **oppose efforts to undermine the court's work and independence** and in particular to strongly condemn and counter measures made against the ICC, its officials, and those cooperating with the Court;\n"
        + "- Commitment to safeguard the **integrity of the Rome Statute**, and its cornerstone principles;\n\n"
        + "- The opportunity provided by the **ongoing review process of the ICC** to bring together states, court officials, experts and civil society in a joint effort to strengthen the work of the Court, and ensure it can exercise its mandate over the coming years to its full potential;\n"
        + "- Commitment to uphold and defend the ICC's **judicial and prosecutorial independence**;\n"
        + "- Commitment to ensure a proactive, fair, informed, and transparent **election process for the next ICC Prosecutor**, as well as the commitment to elect the most highly qualified candidates in the 2020 **judicial elections**;\n"
        + "- Commitment to **robust cooperation**, including through enhanced efforts to execute arrest warrants, the conclusion of **voluntary cooperation agreements** with the ICC, and ratification of the **Agreement on Privileges and Immunities of the ICC (APIC)**;\n"
        + "- Commitment to promote and achieve the **universality of the Rome Statute**, as well as its **full and effective implementation** into domestic jurisdictions;\n"
        + "- Commitment to upholding **complementarity** obligations and to building the capacities of national legal systems;\n"
        + "- Governments' **financial commitment** to the ICC to enable it to effectively execute the mandate they have given it, without political or arbitrary, limitations to its annual budget;\n"
        + "- The **centrality of victims – including their meaningful participation** in the Rome Statute system **and the right to a remedy and reparation**;\n"
        + "- The crucial role of civil society organizations and **human rights defenders** fighting to bring justice to victims around the world and working with the Court, and commitment to support, defend and protect human rights defenders, their families, and their work;\n"
        + "- Commitment to recognizing the Rome Statute system of justice as key in advancing accountability at the international and national level for **sexual and gender-based violence and violence against children** as grave crimes, including as war crimes, crimes against humanity, and genocide;\n"
        + "- Full support for **outreach and public information**, and their crucial importance for raising the Court's profile, creating environments conducive for the ICC's work, and managing expectations;\n"
        + "- The Rome Statute system's integral role in **conflict prevention and sustainable peacebuilding**; in implementing SDG Goal 16; in advancing the indispensable role of women in international peace and justice processes; and in delivering on the responsibility to protect populations from atrocity crimes.\n\n"
        + "Excellency, international law and multilateralism are facing enormous challenges. Many of the advancements in international justice over the last two decades are indeed remarkable. However, justice will only be assured for future generations if the monumental achievements that are the Rome Statute and the International Criminal Court are protected and strengthened.\n\n"
        + "Sincerely,\n\n\n\n";

    /// <summary>A Markdown hard break between the signatory's lines.</summary>
    public const string HardBreak = "  \n";

    /// <summary>The final line feed.</summary>
    public const string End = "\n";
}
