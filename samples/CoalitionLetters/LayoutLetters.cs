using System;
using System.Collections.Generic;
using CoalitionLetters.Letters;
using LetterDsl;

namespace CoalitionLetters;

/// <summary>The three letters that show format v2's layouts, with the values they are rendered with.</summary>
public static class LayoutLetters
{
    /// <summary>A United Nations letter (<c>@layout un</c>): the addressee prints below the signature.</summary>
    public static UnTransmittalLetter Un() => new()
    {
        Country = "Arcadia",
        Reference = "ARC/UN/2020/412",
        Date = new DateOnly(2020, 12, 4),
        Session = 19,
        AgendaItem = 74,
        Representative = "Amara Okonjo",
        President = "Mr. Volkan Bozkır",
        AnnexTitle = null,
    };

    /// <summary>A German business letter in DIN 5008 form B (<c>@layout din5008-b</c>). There is no earlier letter to refer to, so "Ihr Zeichen" and "Ihre Nachricht vom" do not print.</summary>
    public static DinAnfrage Din() => new()
    {
        Recipient = new Recipient("Frau Dr.", "Anna Schmidt", "Auswärtiges Amt", "Deutschland", "Sehr geehrte Frau Dr. Schmidt,"),
        Department = "Referat 500 – Völkerrecht",
        TheirReference = null,
        TheirLetterDate = null,
        OurReference = "KIS-2020-117",
        Date = new DateOnly(2020, 11, 23),
        Session = 19,
        HagueDates = new DateRange(new DateOnly(2020, 12, 14), new DateOnly(2020, 12, 16)),
        Caseworker = "Lena Hoffmann",
        Phone = "+49 30 1234567-0",
    };

    /// <summary>A US business letter in block style (<c>@layout block</c>, the default).</summary>
    public static SenatorLetter Senator() => new()
    {
        Date = new DateOnly(2021, 3, 8),
        Senator = "John Smith",
        SenatorSurname = "Smith",
        State = "Vermont",
        Resolution = "S.Res. 117",
        HearingDate = new DateOnly(2021, 3, 23),
        Sender = "Jordan Ellis",
        Staffer = null,
    };

    /// <summary>The three letters, in the order the README shows them.</summary>
    public static IEnumerable<ILetter> All()
    {
        yield return Un();
        yield return Din();
        yield return Senator();
    }
}
