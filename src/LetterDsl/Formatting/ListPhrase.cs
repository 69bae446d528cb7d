using System;
using System.Collections;
using System.Collections.Generic;

namespace LetterDsl.Formatting;

/// <summary>
/// Writes the items of a list as one phrase, as a letter does: "A", "A and B", "A, B and C", with the conjunction of
/// the letter's language ("A, B und C", "A, B et C", "A, B y C"). Each item is written as a placeholder of its type
/// would write it, and items that are <see langword="null"/> or write nothing but white space are left out.
/// </summary>
internal static class ListPhrase
{
    private const string Separator = ", ";

    // A list inside a list is written as a phrase of its own; only a list that holds itself goes this deep, and there
    // the rest is left out instead of recursing without end.
    private const int MaxDepth = 4;

    /// <summary>The phrase for <paramref name="items"/>; empty for <see langword="null"/> or no items.</summary>
    /// <param name="culture">The letter's culture, for the items' formatting and the conjunction.</param>
    /// <param name="items">The list.</param>
    /// <param name="format">The template's format, applied to each item; null for none.</param>
    public static string Format(LetterCulture culture, IEnumerable? items, string? format)
    {
        ArgumentNullException.ThrowIfNull(culture);
        var parts = new List<string>();
        Collect(culture, items, format, parts, 0);
        return Join(parts, culture.Conventions.ListConjunction);
    }

    private static void Collect(LetterCulture culture, IEnumerable? items, string? format, List<string> parts, int depth)
    {
        if (items is null || depth > MaxDepth)
        {
            return;
        }

        foreach (object? item in items)
        {
            string text = item switch
            {
                null => string.Empty,
                string value => value,
                IEnumerable nested when item is not IFormattable => Nested(culture, nested, format, depth),
                _ => FormatBuffer.ToString(new FormatRequest<object>(culture, item, format), ValueFormatters.TryFormatObject),
            };
            if (!text.AsSpan().IsWhiteSpace())
            {
                parts.Add(text);
            }
        }
    }

    private static string Nested(LetterCulture culture, IEnumerable items, string? format, int depth)
    {
        var parts = new List<string>();
        Collect(culture, items, format, parts, depth + 1);
        return Join(parts, culture.Conventions.ListConjunction);
    }

    private static string Join(List<string> parts, string conjunction) => parts.Count switch
    {
        0 => string.Empty,
        1 => parts[0],
        _ => string.Join(Separator, parts.GetRange(0, parts.Count - 1)) + " " + conjunction + " " + parts[^1],
    };
}
