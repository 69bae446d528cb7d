using System;
using HandlebarsDotNet;
using static LetterDsl.Benchmarks.Rendering.Asp2020Text;

namespace LetterDsl.Benchmarks.Rendering;

/// <summary>
/// The 2020 seed letter as a Handlebars.Net template, compiled once: the letter's constant text with
/// <c>{{ordinal Session}}</c>, <c>{{date Date}}</c>, <c>{{range HagueDates}}</c>, <c>{{#if NewYorkDates}}</c> and
/// <c>{{md Place}}</c> between the pieces. The helpers format with the same <see cref="LetterCulture"/> and escape
/// free text for Markdown as the hand-written versions do; HTML encoding is off, as the output is Markdown.
/// </summary>
public sealed class HandlebarsLetter
{
    /// <summary>The template source: the constant text is Handlebars-safe, as it holds no <c>{{</c>.</summary>
    public const string Template =
        "{{md Place}}" + PlaceSeparator + "{{date Date}}"
        + BeforeSession + "{{ordinal Session}}" + BeforeHagueDates + "{{range HagueDates}}" + AfterHagueDates
        + "{{#if NewYorkDates}}" + BeforeNewYorkDates + "{{range NewYorkDates}}" + AfterNewYorkDates + "{{/if}}"
        + BeforeSecondSession + "{{ordinal Session}}" + BeforeSignatory
        + "{{md Signatory.Name}}{{#if Signatory.Title}}" + HardBreak + "{{md Signatory.Title}}{{/if}}"
        + "{{#if Signatory.Organization}}" + HardBreak + "{{md Signatory.Organization}}{{/if}}" + End;

    private readonly HandlebarsTemplate<object, object> _render;

    /// <summary>Registers the helpers for <paramref name="culture"/> and compiles <see cref="Template"/>.</summary>
    public HandlebarsLetter(LetterCulture culture)
    {
        IHandlebars handlebars = Handlebars.Create(new HandlebarsConfiguration { NoEscape = true });
        handlebars.RegisterHelper("ordinal", (in HelperOptions _, in Context _, in Arguments arguments) =>
            culture.FormatOrdinal(Convert.ToInt64(arguments[0], culture.Culture)));
        handlebars.RegisterHelper("date", (in HelperOptions _, in Context _, in Arguments arguments) =>
            culture.FormatDate((DateOnly)arguments[0]!));
        handlebars.RegisterHelper("range", (in HelperOptions _, in Context _, in Arguments arguments) =>
            culture.FormatDateRange((DateRange)arguments[0]!));
        handlebars.RegisterHelper("md", (in HelperOptions _, in Context _, in Arguments arguments) =>
            MarkdownEscaping.Escape(arguments[0] as string ?? string.Empty));
        _render = handlebars.Compile(Template);
    }

    /// <summary>Renders the letter with <paramref name="values"/>.</summary>
    public string Render(Asp2020Values values) => _render(values);
}
