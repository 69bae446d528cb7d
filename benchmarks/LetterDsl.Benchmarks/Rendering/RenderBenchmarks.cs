using System.IO;
using BenchmarkDotNet.Attributes;
using CoalitionLetters;
using CoalitionLetters.Letters;

namespace LetterDsl.Benchmarks.Rendering;

/// <summary>
/// Renders the 2020 seed letter as Markdown eight ways in one run. The hand-written
/// <see cref="string.Create{TState}(int, TState, System.Buffers.SpanAction{char, TState})"/> version is the baseline, so every
/// other row's ratio says how far it is from the practical limit; the three runtime template engines render the same
/// Markdown with the same helpers.
/// </summary>
[MemoryDiagnoser]
public class RenderBenchmarks
{
    private readonly Asp19Appeal _letter = SeedLetters.Asp2020();
    private readonly StringWriter _reusedWriter = new();
    private readonly Asp2020Values _values;
    private readonly HandlebarsLetter _handlebars;
    private readonly FluidLetter _fluid;
    private readonly ScribanLetter _scriban;

    public RenderBenchmarks()
    {
        _values = Asp2020Values.From(_letter);
        _handlebars = new HandlebarsLetter(_values.Culture);
        _fluid = new FluidLetter(_values.Culture);
        _scriban = new ScribanLetter(_values.Culture);
    }

    /// <summary>(a) The generated <c>ToMarkdown()</c>.</summary>
    [Benchmark(Description = "Generated ToMarkdown()")]
    public string GeneratedToMarkdown() => _letter.ToMarkdown();

    /// <summary>(b) The generated <c>WriteTo</c> into a <see cref="StringWriter"/> that is cleared and reused.</summary>
    [Benchmark(Description = "Generated WriteTo(StringWriter)")]
    public StringWriter GeneratedWriteTo()
    {
        _reusedWriter.GetStringBuilder().Clear();
        _letter.WriteTo(_reusedWriter, LetterFormat.Markdown);
        return _reusedWriter;
    }

    /// <summary>(c) The practical limit: one allocation, the result.</summary>
    [Benchmark(Baseline = true, Description = "Hand-written string.Create")]
    public string HandWrittenStringCreate() => HandWrittenLetter.WithStringCreate(_values);

    /// <summary>(d) The usual hand-written way.</summary>
    [Benchmark(Description = "Hand-written StringBuilder")]
    public string HandWrittenStringBuilder() => HandWrittenLetter.WithStringBuilder(_values);

    /// <summary>(e) Handlebars.Net, with the template compiled once.</summary>
    [Benchmark(Description = "Handlebars.Net (compiled once)")]
    public string HandlebarsNet() => _handlebars.Render(_values);

    /// <summary>(f) Fluid, with the template parsed once.</summary>
    [Benchmark(Description = "Fluid (parsed once)")]
    public string Fluid() => _fluid.Render(_values);

    /// <summary>(g) Scriban, with the template parsed once.</summary>
    [Benchmark(Description = "Scriban (parsed once)")]
    public string Scriban() => _scriban.Render(_values);
}
