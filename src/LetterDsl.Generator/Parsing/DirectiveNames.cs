namespace LetterDsl.Generator.Parsing;

/// <summary>The directives of the letter format v1. The names are a public contract.</summary>
internal static class DirectiveNames
{
    public const string Letter = "letter";
    public const string Namespace = "namespace";
    public const string Culture = "culture";
    public const string Summary = "summary";
    public const string Using = "using";
    public const string Param = "param";
    public const string Place = "place";
    public const string To = "to";
    public const string Subject = "subject";
    public const string Date = "date";
    public const string Salutation = "salutation";
    public const string Closing = "closing";
    public const string Signatory = "signatory";
    public const string Signatories = "signatories";
    public const string Cc = "cc";
    public const string Enclosure = "enclosure";
    public const string Ps = "ps";

    public static readonly string[] All =
    {
        Letter, Namespace, Using, Culture, Summary, Param, Place, To, Subject, Date, Salutation, Closing, Signatory, Signatories, Cc, Enclosure, Ps,
    };

    /// <summary>Directives that may appear only once.</summary>
    public static readonly string[] Single = { Letter, Namespace, Culture, Place, Subject, Date, Salutation, Closing, Signatories };
}
