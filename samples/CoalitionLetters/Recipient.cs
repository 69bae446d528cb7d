namespace CoalitionLetters;

/// <summary>A minister who receives a personalised appeal: one row of <c>recipients.csv</c>.</summary>
/// <param name="Honorific">How the name is introduced ("H.E. Mr.", "H.E. Ms.", "Hon.").</param>
/// <param name="Name">The minister's name.</param>
/// <param name="Title">The office ("Minister of Foreign Affairs").</param>
/// <param name="Country">The minister's country.</param>
/// <param name="Salutation">The salutation form the protocol calls for: "Excellency," or "Dear Minister,".</param>
public sealed record Recipient(string Honorific, string Name, string Title, string Country, string Salutation)
{
    /// <summary>The name as it heads the address ("H.E. Ms. Amara Okonjo").</summary>
    public string FormalName => Honorific + " " + Name;
}
