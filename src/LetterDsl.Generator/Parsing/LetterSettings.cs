using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using LetterDsl.Formatting;
using LetterDsl.Generator.Diagnostics;
using LetterDsl.Generator.Model;

namespace LetterDsl.Generator.Parsing;

/// <summary>Reads the directives that set how the whole letter renders: <c>@culture</c>, <c>@layout</c>, <c>@label</c> and <c>@summary</c>.</summary>
internal static class LetterSettings
{
    public const string DefaultCulture = "en-US";

    public static string Culture(LetterDirectives directives, ParseContext context)
    {
        if (directives.First(DirectiveNames.Culture) is not { } directive)
        {
            return DefaultCulture;
        }

        if (directive.Value.Length == 0)
        {
            context.Report(DiagnosticDescriptors.EmptyDirective, directive.Offset, directive.Length, DirectiveNames.Culture, "a culture name, such as '@culture en-GB'");
            return DefaultCulture;
        }

        if (!CultureNames.TryGetCanonical(directive.Value, out var canonical))
        {
            context.Report(DiagnosticDescriptors.UnknownCulture, directive.ValueOffset, directive.Value.Length, directive.Value, NameSuggester.DidYouMean(directive.Value, CultureNames.Common));
            return DefaultCulture;
        }

        var conventions = CultureConventions.For(canonical);
        if (!conventions.IsFor(canonical))
        {
            context.Report(DiagnosticDescriptors.CultureWithoutConventions, directive.ValueOffset, directive.Value.Length, canonical, Fallback(conventions), Names(CultureNames.Common.ToArray()));
        }

        return canonical;
    }

    /// <summary>How a letter in a culture without a row of its own is written, for LTR060.</summary>
    private static string Fallback(CultureConventions conventions) => conventions.Name == CultureConventions.OtherName
        ? "its dates follow .NET's culture data on the machine that renders the letter, its ordinals are written '19.' and its labels are English"
        : $"its date line, dates, ordinals and labels are written as in '{conventions.Name}'";

    /// <summary>
    /// The layout name, <c>block</c> when the letter gives none. An empty or unknown one is reported, and then
    /// <paramref name="known"/> is false: the layout the letter meant is unknown, so its rules are not checked.
    /// </summary>
    public static string Layout(LetterDirectives directives, ParseContext context, out bool known)
    {
        var fallback = LetterContract.LayoutNames[0];
        known = true;
        if (directives.First(DirectiveNames.Layout) is not { } directive)
        {
            return fallback;
        }

        known = false;
        if (directive.Value.Length == 0)
        {
            context.Report(DiagnosticDescriptors.EmptyDirective, directive.Offset, directive.Length, DirectiveNames.Layout, "a layout name: " + Names(LetterContract.LayoutNames));
            return fallback;
        }

        if (Array.IndexOf(LetterContract.LayoutNames, directive.Value) < 0)
        {
            context.Report(DiagnosticDescriptors.UnknownLayout, directive.ValueOffset, directive.Value.Length, directive.Value,
                NameSuggester.Ending(NameSuggester.Closest(directive.Value, LetterContract.LayoutNames)), Names(LetterContract.LayoutNames));
            return fallback;
        }

        known = true;
        return directive.Value;
    }

    /// <summary>The <c>@label key: text</c> overrides, one per key, in file order.</summary>
    public static EquatableArray<LabelSpec> Labels(LetterDirectives directives, ParseContext context)
    {
        var labels = ImmutableArray.CreateBuilder<LabelSpec>();
        var lines = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var directive in directives.All(DirectiveNames.Label))
        {
            var colon = directive.Value.IndexOf(':');
            var key = colon < 0 ? directive.Value : directive.Value.Substring(0, colon).TrimEnd();
            var text = colon < 0 ? "" : directive.Value.Substring(colon + 1).Trim();
            if (key.Length == 0 || colon < 0 || text.Length == 0)
            {
                var length = directive.Value.Length > 0 ? directive.ValueOffset + directive.Value.Length - directive.Offset : directive.Length;
                context.Report(DiagnosticDescriptors.MalformedLabel, directive.Offset, length,
                    "'@label' takes a key, a ':' and the text, such as '@label enclosures: Attachments'");
                continue;
            }

            if (Array.IndexOf(LetterContract.LabelKeys, key) < 0)
            {
                context.Report(DiagnosticDescriptors.UnknownLabelKey, directive.ValueOffset, key.Length, key,
                    NameSuggester.Ending(NameSuggester.Closest(key, LetterContract.LabelKeys)), Names(LetterContract.LabelKeys));
                continue;
            }

            var problem = key switch
            {
                "page" => PageLabelProblem(text),
                "dateline" => DateLinePattern.Problem(text),
                _ => null,
            };
            if (problem is not null)
            {
                var textOffset = directive.ValueOffset + directive.Value.IndexOf(text, colon + 1, StringComparison.Ordinal);
                context.Report(DiagnosticDescriptors.MalformedLabel, textOffset, text.Length, problem);
                continue;
            }

            if (lines.TryGetValue(key, out var earlier))
            {
                context.Report(DiagnosticDescriptors.DuplicateDirective, directive.Offset, directive.ValueOffset + key.Length - directive.Offset,
                    DirectiveNames.Label + " " + key, earlier.ToString(CultureInfo.InvariantCulture));
                continue;
            }

            lines.Add(key, directive.LineNumber);
            labels.Add(new LabelSpec(key, text));
        }

        return labels.ToEquatableArray();
    }

    public static string? Summary(LetterDirectives directives)
    {
        var lines = directives.All(DirectiveNames.Summary).Select(d => d.Value).Where(v => v.Length > 0).ToList();
        return lines.Count == 0 ? null : string.Join(" ", lines);
    }

    /// <summary>What is wrong with a page-number label, or null: it needs '{page}', and '{pages}' may only follow it.</summary>
    private static string? PageLabelProblem(string text)
    {
        var page = text.IndexOf("{page}", StringComparison.Ordinal);
        if (page < 0)
        {
            return "the 'page' label needs '{page}' where the page number goes, such as 'Seite {page} von {pages}'";
        }

        var pages = text.IndexOf("{pages}", StringComparison.Ordinal);
        return pages >= 0 && pages < page ? "in the 'page' label, '{pages}' (the count) must come after '{page}'" : null;
    }

    private static string Names(string[] names) => string.Join(", ", names);
}
