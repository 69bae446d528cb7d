using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using LetterDsl.Generator.Diagnostics;
using LetterDsl.Generator.Model;

namespace LetterDsl.Generator.Parsing;

/// <summary>
/// Reads <c>@signatory Name | line | line …</c> and <c>@signatories {{ Signers }}</c>. The line is lexed by the
/// template lexer first and split at the '|' characters of its text, so a '|' inside a placeholder stays the filter
/// separator it is there and an escaped <c>{{{{</c> stays text.
/// </summary>
internal static class SignatoryParser
{
    public static EquatableArray<SignatorySpec> Signatories(LetterDirectives directives, ParseContext context)
    {
        var result = ImmutableArray.CreateBuilder<SignatorySpec>();
        foreach (var directive in directives.All(DirectiveNames.Signatory))
        {
            var tokens = TemplateLexer.Lex(new[] { new SourceLine(directive.Value, directive.ValueOffset) }, context);
            var fields = SplitFields(tokens);
            if (fields.Count > LetterContract.MaxSignatoryFields)
            {
                context.Report(DiagnosticDescriptors.TooManySignatoryFields, directive.ValueOffset, directive.Value.Length,
                    fields.Count.ToString(CultureInfo.InvariantCulture), LetterContract.MaxSignatoryFields.ToString(CultureInfo.InvariantCulture));
                continue;
            }

            if (fields[0].Count == 0)
            {
                context.Report(DiagnosticDescriptors.EmptyDirective, directive.Offset, directive.Length, DirectiveNames.Signatory, "a name before the first '|', such as '@signatory Melinda Reed | Acting Convenor'");
                continue;
            }

            var lines = ImmutableArray.CreateBuilder<InlineLine>(fields.Count - 1);
            for (var i = 1; i < fields.Count; i++)
            {
                lines.Add(new InlineLine(fields[i].Count == 0 ? EquatableArray<InlineNode>.Empty : InlineParser.Parse(fields[i], context, inParagraph: false)));
            }

            result.Add(new SignatorySpec(InlineParser.Parse(fields[0], context, inParagraph: false), lines.ToEquatableArray()));
        }

        return result.ToEquatableArray();
    }

    /// <summary>The parameter that <c>@signatories</c> binds, or null when it has none or a mistake (reported).</summary>
    public static ExpressionSpec? Source(LetterDirectives directives, PartReader parts, ParseContext context)
    {
        if (directives.First(DirectiveNames.Signatories) is not { } directive)
        {
            return null;
        }

        // Parsed first so its names are checked, and its parameter is not also reported as unused, whatever follows.
        context.AcceptsListValue = true;
        var nodes = parts.ParseInline(directive.Value, directive.ValueOffset);
        context.AcceptsListValue = false;
        if (directives.Has(DirectiveNames.Signatory))
        {
            context.Report(DiagnosticDescriptors.SignatoriesConflict, directive.Offset, directive.Length, "Use either '@signatory' lines or '@signatories', not both.");
            return null;
        }

        if (nodes.Count != 1 || nodes[0] is not ValueInline { Format: null, Filters.IsEmpty: true } value || value.Expression.RootIsLoopVariable || !value.Expression.Members.IsEmpty)
        {
            var length = directive.Value.Length > 0 ? directive.ValueOffset + directive.Value.Length - directive.Offset : directive.Length;
            context.Report(DiagnosticDescriptors.SignatoriesConflict, directive.Offset, length,
                "'@signatories' takes one placeholder naming a list parameter, such as '@signatories {{ Signers }}' with '@param Signers: IReadOnlyList<Signatory>'.");
            return null;
        }

        return value.Expression;
    }

    /// <summary>Cuts the tokens at each '|' in text, and trims each field.</summary>
    private static List<List<TemplateToken>> SplitFields(List<TemplateToken> tokens)
    {
        var fields = new List<List<TemplateToken>> { new() };
        foreach (var token in tokens)
        {
            if (token.Kind != TemplateTokenKind.Text)
            {
                fields[fields.Count - 1].Add(token);
                continue;
            }

            var start = 0;
            for (var bar = token.Text.IndexOf('|'); bar >= 0; bar = token.Text.IndexOf('|', start))
            {
                fields[fields.Count - 1].Add(token.WithText(token.Text.Substring(start, bar - start), start));
                fields.Add(new List<TemplateToken>());
                start = bar + 1;
            }

            fields[fields.Count - 1].Add(start == 0 ? token : token.WithText(token.Text.Substring(start), start));
        }

        foreach (var field in fields)
        {
            if (field.Count > 0)
            {
                field[0] = field[0].TrimStart();
                field[field.Count - 1] = field[field.Count - 1].TrimEnd();
            }

            field.RemoveAll(t => t.Kind == TemplateTokenKind.Text && t.Text.Length == 0);
        }

        return fields;
    }
}
