using System.Collections.Generic;
using System.Collections.Immutable;
using LetterDsl.Generator.Diagnostics;
using LetterDsl.Generator.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace LetterDsl.Generator.Parsing;

/// <summary>Reads what is inside a tag: placeholders, <c>if</c> conditions and <c>for</c> headers, checking names against the letter's parameters and loop variables.</summary>
internal static class TagParser
{
    /// <summary>The filters the runtime's LetterFilters provides, by template name.</summary>
    public static readonly string[] FilterNames = { "capitalize", "list", "lower", "ordinal", "trim", "upper" };

    /// <summary>How to fix a placeholder LetterDsl does not understand (LTR028).</summary>
    public const string PlaceholderFix =
        "write a parameter name or a member path such as '{{ Recipient.Name }}', with an optional ':format' and '| filter'; compute anything else in C# and pass it in as a parameter";

    public static ValueInline? ParseValue(TemplateToken tag, ParseContext context)
    {
        var content = tag.Argument;
        if (content.Length == 0)
        {
            context.Report(DiagnosticDescriptors.EmptyPlaceholder, tag.Offset, tag.Length);
            return null;
        }

        var pipe = content.IndexOf('|');
        var head = pipe < 0 ? content : content.Substring(0, pipe);
        var colon = head.IndexOf(':');
        var path = (colon < 0 ? head : head.Substring(0, colon)).TrimEnd();
        var rawFormat = colon < 0 ? null : head.Substring(colon + 1);
        var format = rawFormat?.Trim();
        var formatLocation = string.IsNullOrEmpty(format)
            ? (LocationInfo?)null
            : context.Source.Location(tag.ArgumentOffset + colon + 1 + (rawFormat!.Length - rawFormat.TrimStart().Length), format!.Length);

        var expression = ParsePath(path, tag.ArgumentOffset, tag, context);
        if (expression is null)
        {
            return null;
        }

        var filters = ImmutableArray.CreateBuilder<FilterSpec>();
        var ok = true;
        var position = pipe;
        while (position >= 0)
        {
            var next = content.IndexOf('|', position + 1);
            var raw = next < 0 ? content.Substring(position + 1) : content.Substring(position + 1, next - position - 1);
            var name = raw.Trim();
            var nameOffset = tag.ArgumentOffset + position + 1 + (raw.Length - raw.TrimStart().Length);
            var location = context.Source.Location(nameOffset, name.Length);
            if (System.Array.IndexOf(FilterNames, name) < 0)
            {
                context.Report(DiagnosticDescriptors.UnknownFilter, location, name, NameSuggester.DidYouMean(name, FilterNames), string.Join(", ", FilterNames));
                ok = false;
            }
            else if (name == "ordinal" && filters.Count == 0 && !string.IsNullOrEmpty(format))
            {
                // ordinal formats the number itself, so a format before it would be silently dropped.
                context.Report(DiagnosticDescriptors.InvalidExpression, location, content, "'ordinal' writes the number itself, so it takes no ':format'; remove the format");
                ok = false;
            }
            else if (name is "ordinal" or "list" && filters.Count > 0)
            {
                // ordinal takes the number itself, and list the list itself, so neither can follow a filter that produced text.
                var what = name == "ordinal" ? "the number" : "the list";
                context.Report(DiagnosticDescriptors.InvalidExpression, location, content, $"'{name}' takes {what} itself, so put '| {name}' before the other filters");
                ok = false;
            }
            else
            {
                filters.Add(new FilterSpec(name, location));
            }

            position = next;
        }

        if (!ok || !ValueChecks.CheckValue(expression, formatLocation is null ? null : format, formatLocation, filters, context))
        {
            return null;
        }

        return new ValueInline(expression, formatLocation is null ? null : format, formatLocation, filters.ToEquatableArray());
    }

    public static ConditionSpec? ParseCondition(TemplateToken tag, ParseContext context)
    {
        var text = tag.Argument;
        var offset = tag.ArgumentOffset;
        var negated = false;
        if (text.StartsWith("!", System.StringComparison.Ordinal))
        {
            negated = true;
            Skip(ref text, ref offset, 1);
        }
        else if (text.StartsWith("not ", System.StringComparison.Ordinal))
        {
            negated = true;
            Skip(ref text, ref offset, 4);
        }

        if (text.Length == 0)
        {
            context.Report(DiagnosticDescriptors.InvalidExpression, tag.Offset, tag.Length, tag.Text, "write the condition after 'if', such as '{{ if NewYorkDates }}'");
            return null;
        }

        var expression = ParsePath(text, offset, tag, context);
        return expression is null ? null : new ConditionSpec(expression, negated);
    }

    public static (string Variable, ExpressionSpec Source)? ParseFor(TemplateToken tag, ParseContext context)
    {
        var parts = tag.Argument.Split(new[] { ' ', '\t' }, System.StringSplitOptions.RemoveEmptyEntries);
        if (parts.Length != 3 || parts[1] != "in")
        {
            context.Report(DiagnosticDescriptors.MalformedFor, tag.Offset, tag.Length, tag.Text);

            // The words are most likely the loop variable and the list, so neither is reported again in the loop's body
            // or as an unused parameter.
            foreach (var part in parts)
            {
                if (context.Parameters.ContainsKey(part))
                {
                    context.UsedParameters.Add(part);
                }
                else if (part != "in")
                {
                    context.BrokenNames.Add(part);
                }
            }

            return null;
        }

        var variable = parts[0];
        var variableLocation = context.Source.Location(tag.ArgumentOffset, variable.Length);
        var valid = false;
        if (Identifiers.IsKeyword(variable))
        {
            context.Report(DiagnosticDescriptors.KeywordIdentifier, variableLocation, variable, "a loop variable", Identifiers.Suggest(variable));
            context.BrokenNames.Add(variable);
        }
        else if (!Identifiers.IsValid(variable))
        {
            context.Report(DiagnosticDescriptors.InvalidIdentifier, variableLocation, variable, "a loop variable");
            context.BrokenNames.Add(variable);
        }
        else if (context.Parameters.ContainsKey(variable) || context.IsLoopVariable(variable))
        {
            var what = context.Parameters.ContainsKey(variable) ? $"the parameter '{variable}'" : $"an enclosing loop variable";
            context.Report(DiagnosticDescriptors.LoopVariableConflict, variableLocation, variable, what);
        }
        else
        {
            valid = true;
        }

        // The list is checked even when the variable is not, so a wrong list name is reported in the same build.
        var sourceText = parts[2];
        var sourceOffset = tag.ArgumentOffset + tag.Argument.LastIndexOf(sourceText, System.StringComparison.Ordinal);
        var source = ParsePath(sourceText, sourceOffset, tag, context);
        if (valid && source is null)
        {
            // The list was reported; the variable's uses in the body are not mistakes of their own.
            context.BrokenNames.Add(variable);
        }

        if (valid && source is not null && !ValueChecks.CheckLoopSource(variable, source, context))
        {
            // Reported once at the list; the loop's body uses the variable as it was meant, so those uses are not mistakes too.
            context.BrokenNames.Add(variable);
            return null;
        }

        return valid && source is not null ? (variable, source) : null;
    }

    private static void Skip(ref string text, ref int offset, int count)
    {
        var rest = text.Substring(count);
        var trimmed = rest.TrimStart();
        offset += count + (rest.Length - trimmed.Length);
        text = trimmed;
    }

    /// <summary>Marks the parameters named in a placeholder LetterDsl cannot read as used, so the one error is not followed by LTR009 warnings.</summary>
    public static void MarkMentionedParametersUsed(string text, ParseContext context)
    {
        foreach (var token in SyntaxFactory.ParseTokens(text))
        {
            if (token.IsKind(SyntaxKind.IdentifierToken) && context.Parameters.ContainsKey(token.ValueText))
            {
                context.UsedParameters.Add(token.ValueText);
            }
        }
    }

    /// <summary>Parses <c>Root.Member.Member</c>; the root must be a parameter or a loop variable in scope.</summary>
    private static ExpressionSpec? ParsePath(string path, int offset, TemplateToken tag, ParseContext context)
    {
        var segments = path.Split('.');
        foreach (var segment in segments)
        {
            var name = segment.StartsWith("@", System.StringComparison.Ordinal) ? segment.Substring(1) : segment;
            if (!Microsoft.CodeAnalysis.CSharp.SyntaxFacts.IsValidIdentifier(name))
            {
                context.Report(DiagnosticDescriptors.InvalidExpression, path.Length == 0 ? context.Source.Location(tag.Offset, tag.Length) : context.Source.Location(offset, path.Length), path.Length == 0 ? tag.Text : path, PlaceholderFix);
                MarkMentionedParametersUsed(path, context);
                return null;
            }
        }

        var root = segments[0].TrimStart('@');
        var rootLocation = context.Source.Location(offset, segments[0].Length);
        var isLoopVariable = context.IsLoopVariable(root);
        if (!isLoopVariable && !context.Parameters.ContainsKey(root))
        {
            if (context.BrokenNames.Contains(root))
            {
                return null;
            }

            var known = new List<string>(context.Parameters.Keys);
            known.AddRange(context.LoopVariables);
            var closest = NameSuggester.Closest(root, known);
            context.Report(DiagnosticDescriptors.UnknownParameter, rootLocation, root, NameSuggester.Ending(closest));

            // A misspelling is a use of the parameter meant, which is therefore not also reported as unused.
            if (closest is not null && context.Parameters.ContainsKey(closest))
            {
                context.UsedParameters.Add(closest);
            }

            return null;
        }

        if (!isLoopVariable)
        {
            context.UsedParameters.Add(root);
        }

        var members = ImmutableArray.CreateBuilder<string>(segments.Length - 1);
        for (var i = 1; i < segments.Length; i++)
        {
            members.Add(segments[i].TrimStart('@'));
        }

        return new ExpressionSpec(root, members.ToEquatableArray(), isLoopVariable, context.Source.Location(offset, path.Length));
    }
}
