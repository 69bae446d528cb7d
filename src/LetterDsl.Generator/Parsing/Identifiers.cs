using Microsoft.CodeAnalysis.CSharp;

namespace LetterDsl.Generator.Parsing;

/// <summary>C# identifier rules, taken from Roslyn itself so the generator agrees with the compiler.</summary>
internal static class Identifiers
{
    public static bool IsValid(string name) => SyntaxFacts.IsValidIdentifier(name) && !name.StartsWith("__", System.StringComparison.Ordinal);

    public static bool IsKeyword(string name) => SyntaxFacts.GetKeywordKind(name) != SyntaxKind.None;

    /// <summary>The members every generated letter class has (from ILetter and object), which a parameter cannot also name.</summary>
    public static readonly string[] ReservedMembers =
    {
        "Closing", "DateLine", "Equals", "GetHashCode", "GetType", "MemberwiseClone", "Render", "Salutation", "Signatories",
        "ToHtml", "ToMarkdown", "ToString", "ToText", "WriteTo",
    };

    public static bool IsReservedMember(string name) => System.Array.IndexOf(ReservedMembers, name) >= 0;

    /// <summary>The identifier as it may be written in C#: keywords get an '@'.</summary>
    public static string Escape(string name) => IsKeyword(name) ? "@" + name : name;

    /// <summary>A suggestion for a keyword used as a name: "class" becomes "Class".</summary>
    public static string Suggest(string keyword) => keyword.Length == 0 ? "Name" : char.ToUpperInvariant(keyword[0]) + keyword.Substring(1);
}
