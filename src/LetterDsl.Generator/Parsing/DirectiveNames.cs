namespace LetterDsl.Generator.Parsing;

/// <summary>The directives of the letter format (v1, and v2's <c>@layout</c>, <c>@from</c>, <c>@ref</c> and <c>@label</c>). The names are a public contract.</summary>
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
    public const string Layout = "layout";
    public const string From = "from";
    public const string Ref = "ref";
    public const string Label = "label";

    public static readonly string[] All =
    {
        Letter, Namespace, Using, Culture, Layout, Summary, Param, From, Place, To, Ref, Subject, Date, Salutation, Closing, Signatory, Signatories, Cc, Enclosure, Ps, Label,
    };

    /// <summary>Directives that may appear only once.</summary>
    public static readonly string[] Single = { Letter, Namespace, Culture, Layout, Place, Subject, Date, Salutation, Closing, Signatories };
}
