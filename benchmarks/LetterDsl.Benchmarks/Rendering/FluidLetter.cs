using System;
using Fluid;
using Fluid.Values;

namespace LetterDsl.Benchmarks.Rendering;

/// <summary>The 2020 seed letter as a Fluid (Liquid) template, parsed once, with the same helpers as the other engines.</summary>
public sealed class FluidLetter
{
    private readonly IFluidTemplate _template;
    private readonly TemplateOptions _options = new();

    public FluidLetter(LetterCulture culture)
    {
        _template = new FluidParser().Parse(LiquidTemplate.Source);
        _options.Filters.AddFilter("ordinal", (input, _, _) => new StringValue(culture.FormatOrdinal((long)input.ToNumberValue())));
        _options.Filters.AddFilter("letterdate", (input, _, _) => new StringValue(culture.FormatDate((DateOnly)input.ToObjectValue())));
        _options.Filters.AddFilter("range", (input, _, _) => new StringValue(culture.FormatDateRange((DateRange)input.ToObjectValue())));
        _options.Filters.AddFilter("md", (input, _, _) => new StringValue(MarkdownEscaping.Escape(input.ToStringValue())));
    }

    /// <summary>Renders the letter with <paramref name="values"/>.</summary>
    public string Render(Asp2020Values values)
    {
        var context = new TemplateContext(_options);
        context.SetValue("Place", values.Place);
        context.SetValue("Date", new ObjectValue(values.Date));
        context.SetValue("Session", values.Session);
        context.SetValue("HagueDates", new ObjectValue(values.HagueDates));
        context.SetValue("NewYorkDates", values.NewYorkDates is { } newYork ? new ObjectValue(newYork) : NilValue.Instance);
        context.SetValue("Name", values.Signatory.Name);
        context.SetValue("Title", values.Signatory.Title ?? string.Empty);
        context.SetValue("Organization", values.Signatory.Organization ?? string.Empty);
        return _template.Render(context);
    }
}
