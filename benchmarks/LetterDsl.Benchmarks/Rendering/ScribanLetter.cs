using System;
using Scriban;
using Scriban.Runtime;

namespace LetterDsl.Benchmarks.Rendering;

/// <summary>The 2020 seed letter as a Scriban template (in its Liquid mode), parsed once, with the same helpers as the other engines.</summary>
public sealed class ScribanLetter
{
    private readonly Template _template;
    private readonly ScriptObject _helpers = new();

    public ScribanLetter(LetterCulture culture)
    {
        _template = Template.ParseLiquid(LiquidTemplate.Source);
        _helpers.Import("ordinal", new Func<long, string>(culture.FormatOrdinal));
        _helpers.Import("letterdate", new Func<DateOnly, string>(date => culture.FormatDate(date)));
        _helpers.Import("range", new Func<DateRange, string>(range => culture.FormatDateRange(range)));
        _helpers.Import("md", new Func<string, string>(MarkdownEscaping.Escape));
    }

    /// <summary>Renders the letter with <paramref name="values"/>.</summary>
    public string Render(Asp2020Values values)
    {
        var data = new ScriptObject
        {
            ["Place"] = values.Place,
            ["Date"] = values.Date,
            ["Session"] = values.Session,
            ["HagueDates"] = values.HagueDates,
            ["NewYorkDates"] = values.NewYorkDates,
            ["Name"] = values.Signatory.Name,
            ["Title"] = values.Signatory.Title,
            ["Organization"] = values.Signatory.Organization,
        };
        var context = new LiquidTemplateContext();
        context.PushGlobal(_helpers);
        context.PushGlobal(data);
        return _template.Render(context);
    }
}
