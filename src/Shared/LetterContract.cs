namespace LetterDsl;

/// <summary>
/// The names that the letter format and the runtime share: the layouts of <c>@layout</c> and the label keys of
/// <c>@label</c>. The generator checks letters against them at build time and the runtime resolves them, so this one
/// file is compiled into both.
/// </summary>
internal static class LetterContract
{
    /// <summary>The layouts, the first being the default.</summary>
    public static readonly string[] LayoutNames = { "block", "un", "din5008-a", "din5008-b" };

    /// <summary>The keys <c>@label key: text</c> accepts.</summary>
    public static readonly string[] LabelKeys = { "enclosure", "enclosures", "cc", "ps", "pps", "page", "date", "dateline" };

    /// <summary>The layouts whose address block has a fixed height: DIN 5008's window and the <c>un</c> foot.</summary>
    public static readonly string[] LayoutsWithAddressLimit = { "un", "din5008-a", "din5008-b" };

    /// <summary>How many lines the address block holds in those layouts (the six-line DIN 5008 address zone).</summary>
    public const int MaxAddressLines = 6;

    /// <summary>How many fields <c>@signatory</c> takes: a name and up to five lines.</summary>
    public const int MaxSignatoryFields = 6;
}
