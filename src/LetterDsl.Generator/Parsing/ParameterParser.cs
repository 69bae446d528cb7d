using LetterDsl.Generator.Diagnostics;
using LetterDsl.Generator.Model;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace LetterDsl.Generator.Parsing;

/// <summary>
/// Reads <c>@param Name: Type = default</c>. Types and defaults are parsed with Roslyn, so what passes here is valid
/// C# syntax. A declaration with a mistake still names its parameter (<see cref="ParseContext.BrokenNames"/>), so
/// the placeholders that use it are not reported as unknown too.
/// </summary>
internal static class ParameterParser
{
    public static ParameterSpec? Parse(string value, int offset, int directiveOffset, int directiveLength, ParseContext context)
    {
        var colon = value.IndexOf(':');
        if (colon < 0)
        {
            context.Report(DiagnosticDescriptors.MalformedParameter, directiveOffset, directiveLength, "there is no ':' between the name and the type");
            var words = value.Split(new[] { ' ', '\t' }, System.StringSplitOptions.RemoveEmptyEntries);
            context.BrokenNames.Add(words[0]);
            return null;
        }

        var rawName = value.Substring(0, colon);
        var name = rawName.Trim();
        var nameLocation = context.Source.Location(offset + (rawName.Length - rawName.TrimStart().Length), name.Length);
        if (name.Length == 0)
        {
            context.Report(DiagnosticDescriptors.MalformedParameter, directiveOffset, directiveLength, "the name is missing");
            return null;
        }

        context.BrokenNames.Add(name);
        if (Identifiers.IsKeyword(name))
        {
            context.Report(DiagnosticDescriptors.KeywordIdentifier, nameLocation, name, "a parameter", Identifiers.Suggest(name));
            return null;
        }

        if (!Identifiers.IsValid(name))
        {
            context.Report(DiagnosticDescriptors.InvalidIdentifier, nameLocation, name, "a parameter");
            return null;
        }

        var rest = value.Substring(colon + 1);
        var restOffset = offset + colon + 1;
        var equals = rest.IndexOf('=');
        var rawType = equals < 0 ? rest : rest.Substring(0, equals);
        var type = rawType.Trim();
        var typeLocation = context.Source.Location(restOffset + (rawType.Length - rawType.TrimStart().Length), type.Length);
        if (type.Length == 0)
        {
            context.Report(DiagnosticDescriptors.MalformedParameter, directiveOffset, directiveLength, $"the type of '{name}' is missing");
            return null;
        }

        var typeSyntax = SyntaxFactory.ParseTypeName(type);
        if (typeSyntax.ContainsDiagnostics || typeSyntax.Span.Length != type.Length)
        {
            context.Report(DiagnosticDescriptors.InvalidType, typeLocation, type);
            return null;
        }

        var nullable = typeSyntax is NullableTypeSyntax;
        string? defaultValue = null;
        LocationInfo? defaultLocation = null;
        if (equals >= 0)
        {
            var rawDefault = rest.Substring(equals + 1);
            defaultValue = rawDefault.Trim();
            defaultLocation = context.Source.Location(restOffset + equals + 1 + (rawDefault.Length - rawDefault.TrimStart().Length), defaultValue.Length);
            if (defaultValue.Length == 0)
            {
                context.Report(DiagnosticDescriptors.MalformedParameter, directiveOffset, directiveLength, $"the default value of '{name}' is missing after '='");
                return null;
            }

            if (CheckDefault(defaultValue, typeSyntax, nullable) is { } problem)
            {
                context.Report(DiagnosticDescriptors.InvalidDefaultValue, defaultLocation.Value, defaultValue, type, problem);
                return null;
            }
        }

        context.BrokenNames.Remove(name);
        return new ParameterSpec(name, type, defaultValue, IsRequired: !nullable && defaultValue is null, BindsSignatories: false, nameLocation, typeLocation, defaultLocation);
    }

    /// <summary>Catches literals that cannot fit a built-in type ("abc" for an int); other defaults are left to the compiler, whose errors map back through #line.</summary>
    private static string? CheckDefault(string text, TypeSyntax type, bool nullable)
    {
        var expression = SyntaxFactory.ParseExpression(text);
        if (expression.ContainsDiagnostics || expression.Span.Length != text.Length)
        {
            return "it is not a C# expression; write a literal such as 19, \"The Hague\" or null";
        }

        var literal = expression is PrefixUnaryExpressionSyntax { OperatorToken.Text: "-" or "+", Operand: LiteralExpressionSyntax operand } ? operand : expression as LiteralExpressionSyntax;
        var underlying = type is NullableTypeSyntax n ? n.ElementType : type;
        if (literal is null || underlying is not PredefinedTypeSyntax predefined)
        {
            return null;
        }

        var kind = literal.Kind();
        if (kind == SyntaxKind.NullLiteralExpression)
        {
            return nullable ? null : "null needs a nullable type; write the type with '?'";
        }

        if (kind == SyntaxKind.DefaultLiteralExpression)
        {
            return null;
        }

        var expected = predefined.Keyword.Kind() switch
        {
            SyntaxKind.StringKeyword => SyntaxKind.StringLiteralExpression,
            SyntaxKind.BoolKeyword => kind is SyntaxKind.TrueLiteralExpression or SyntaxKind.FalseLiteralExpression ? kind : SyntaxKind.TrueLiteralExpression,
            SyntaxKind.CharKeyword => SyntaxKind.CharacterLiteralExpression,
            SyntaxKind.ObjectKeyword => kind,
            _ => SyntaxKind.NumericLiteralExpression,
        };

        return kind == expected ? null : $"a {Describe(kind)} cannot be converted to it; write a value of that type, or change the type";
    }

    private static string Describe(SyntaxKind kind) => kind switch
    {
        SyntaxKind.StringLiteralExpression => "text literal",
        SyntaxKind.NumericLiteralExpression => "number",
        SyntaxKind.CharacterLiteralExpression => "character literal",
        SyntaxKind.TrueLiteralExpression or SyntaxKind.FalseLiteralExpression => "true/false value",
        _ => "literal",
    };
}
