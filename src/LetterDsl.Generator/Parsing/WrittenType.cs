using System;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace LetterDsl.Generator.Parsing;

/// <summary>What the generator can tell about a value's type without binding the compilation.</summary>
internal enum WrittenKind
{
    /// <summary>A type the generator does not know (the app's own, or a member of one): the C# compiler checks it.</summary>
    Unknown,
    Text,
    Boolean,
    Integer,
    Real,
    Date,
    DateTime,
    DateRange,
    Signatory,
    List,
}

/// <summary>
/// A value's type as the letter writes it (<c>@param Dates: List&lt;DateOnly&gt;</c>), classified for the checks the
/// generator makes at build time: formats, lists in placeholders, loops and filters. The pipeline must not bind the
/// compilation, so only the types a letter commonly declares are known, by their C# names; anything else is
/// <see cref="WrittenKind.Unknown"/> and left to the C# compiler, which the emitted calls make reject the same mistakes.
/// </summary>
internal sealed class WrittenType
{
    public static readonly WrittenType Unknown = new(WrittenKind.Unknown, "", null);

    private static readonly string[] s_listTypes =
    {
        "IEnumerable", "IReadOnlyList", "IReadOnlyCollection", "IList", "ICollection", "List", "ImmutableArray",
        "ImmutableList", "IImmutableList", "HashSet", "ISet", "IReadOnlySet", "SortedSet", "Collection",
        "ReadOnlyCollection", "LinkedList", "Queue", "Stack",
    };

    private static readonly string[] s_mapTypes = { "Dictionary", "IDictionary", "IReadOnlyDictionary", "SortedDictionary", "ImmutableDictionary" };

    private WrittenType(WrittenKind kind, string name, WrittenType? element)
    {
        Kind = kind;
        Name = name;
        Element = element;
    }

    public WrittenKind Kind { get; }

    /// <summary>The type as written, without '?', for messages.</summary>
    public string Name { get; }

    /// <summary>The type of a list's items; <see cref="Unknown"/> when the list's items are not known.</summary>
    public WrittenType? Element { get; }

    public bool IsKnown => Kind != WrittenKind.Unknown;

    /// <summary>The type a parameter declares, from its C# text (already checked to be type syntax).</summary>
    public static WrittenType Parse(string type) => From(SyntaxFactory.ParseTypeName(type), 0);

    /// <summary>The type of a member of a value of this type, where LetterDsl knows it: a range's ends, a signatory's fields, a list's count.</summary>
    public WrittenType Member(string name) => (Kind, name) switch
    {
        (WrittenKind.DateRange, "Start" or "End") => Simple(WrittenKind.Date, "DateOnly"),
        (WrittenKind.Signatory, "Name" or "Title" or "Organization") => Simple(WrittenKind.Text, "string"),
        (WrittenKind.Signatory, "Lines") => new WrittenType(WrittenKind.List, "IReadOnlyList<string>", Simple(WrittenKind.Text, "string")),
        (WrittenKind.Text, "Length") or (WrittenKind.List, "Count" or "Length") => Simple(WrittenKind.Integer, "int"),
        _ => Unknown,
    };

    /// <summary>"a string", "an int", "a list (List&lt;DateOnly&gt;)": the type in a message.</summary>
    public string Describe() => Kind switch
    {
        WrittenKind.List => "a list (" + Name + ")",
        WrittenKind.Text when Name is "string" or "String" => "text (a string)",
        WrittenKind.Boolean => "a yes/no value (" + Name + ")",
        WrittenKind.Integer or WrittenKind.Real => (StartsWithVowel(Name) ? "an " : "a ") + Name,
        WrittenKind.Date or WrittenKind.DateTime => "a date (" + Name + ")",
        _ => (StartsWithVowel(Name) ? "an " : "a ") + Name,
    };

    private static bool StartsWithVowel(string name) => name.Length > 0 && "aeiouAEIOU".IndexOf(name[0]) >= 0;

    private static WrittenType Simple(WrittenKind kind, string name) => new(kind, name, null);

    private static WrittenType From(TypeSyntax type, int depth)
    {
        // Nested generics are bounded by the type's own text; the depth guard keeps a pathological one off the stack.
        if (depth > 16)
        {
            return Unknown;
        }

        switch (type)
        {
            case NullableTypeSyntax nullable:
                return From(nullable.ElementType, depth + 1);
            case PredefinedTypeSyntax predefined:
                return Keyword(predefined.Keyword.Kind(), predefined.Keyword.Text);
            case ArrayTypeSyntax array when array.RankSpecifiers.Count == 1 && array.RankSpecifiers[0].Rank == 1:
                return List(array.ToString(), From(array.ElementType, depth + 1));
            case AliasQualifiedNameSyntax alias when alias.Alias.Identifier.Text == "global":
                return From(alias.Name, depth + 1);
            case QualifiedNameSyntax qualified when IsKnownNamespace(qualified.Left.ToString()):
                return From(qualified.Right, depth + 1);
            case GenericNameSyntax generic:
                return Generic(generic, depth);
            case IdentifierNameSyntax identifier:
                return Named(identifier.Identifier.Text);
            default:
                return Unknown;
        }
    }

    private static WrittenType Generic(GenericNameSyntax generic, int depth)
    {
        var name = generic.Identifier.Text;
        var arguments = generic.TypeArgumentList.Arguments;
        if (arguments.Count == 1 && name == "Nullable")
        {
            return From(arguments[0], depth + 1);
        }

        if (arguments.Count == 1 && Array.IndexOf(s_listTypes, name) >= 0)
        {
            return List(generic.ToString(), From(arguments[0], depth + 1));
        }

        return arguments.Count == 2 && Array.IndexOf(s_mapTypes, name) >= 0 ? List(generic.ToString(), Unknown) : Unknown;
    }

    private static WrittenType List(string name, WrittenType element) => new(WrittenKind.List, name, element);

    private static bool IsKnownNamespace(string left) => left is "System" or "global::System" or "System.Collections.Generic"
        or "global::System.Collections.Generic" or "System.Collections.Immutable" or "global::System.Collections.Immutable"
        or "System.Collections.ObjectModel" or "global::System.Collections.ObjectModel" or "LetterDsl" or "global::LetterDsl";

    private static WrittenType Keyword(SyntaxKind keyword, string text) => keyword switch
    {
        SyntaxKind.StringKeyword or SyntaxKind.CharKeyword => Simple(WrittenKind.Text, text),
        SyntaxKind.BoolKeyword => Simple(WrittenKind.Boolean, text),
        SyntaxKind.IntKeyword or SyntaxKind.LongKeyword or SyntaxKind.ShortKeyword or SyntaxKind.ByteKeyword
            or SyntaxKind.SByteKeyword or SyntaxKind.UIntKeyword or SyntaxKind.ULongKeyword or SyntaxKind.UShortKeyword => Simple(WrittenKind.Integer, text),
        SyntaxKind.DecimalKeyword or SyntaxKind.DoubleKeyword or SyntaxKind.FloatKeyword => Simple(WrittenKind.Real, text),
        _ => Unknown,
    };

    private static WrittenType Named(string name) => name switch
    {
        "String" or "Char" => Simple(WrittenKind.Text, name),
        "Boolean" => Simple(WrittenKind.Boolean, name),
        "Int32" or "Int64" or "Int16" or "Byte" or "SByte" or "UInt32" or "UInt64" or "UInt16" => Simple(WrittenKind.Integer, name),
        "Decimal" or "Double" or "Single" => Simple(WrittenKind.Real, name),
        "DateOnly" => Simple(WrittenKind.Date, name),
        "DateTime" or "DateTimeOffset" => Simple(WrittenKind.DateTime, name),
        "DateRange" => Simple(WrittenKind.DateRange, name),
        "Signatory" => Simple(WrittenKind.Signatory, name),
        _ => Unknown,
    };
}
