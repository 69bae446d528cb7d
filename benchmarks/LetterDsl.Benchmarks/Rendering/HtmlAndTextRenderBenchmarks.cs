using BenchmarkDotNet.Attributes;
using CoalitionLetters;
using CoalitionLetters.Letters;

namespace LetterDsl.Benchmarks.Rendering;

/// <summary>The generated <c>ToHtml()</c> against a single-allocation HTML baseline of the same document.</summary>
[MemoryDiagnoser]
public class HtmlRenderBenchmarks
{
    private readonly Asp19Appeal _letter = SeedLetters.Asp2020();
    private readonly Asp2020Values _values;
    private readonly CutLetter _baseline;

    public HtmlRenderBenchmarks()
    {
        _values = Asp2020Values.From(_letter);
        _baseline = new CutLetter(_letter.ToHtml(), _values, html: true);
    }

    [Benchmark(Description = "Generated ToHtml()")]
    public string GeneratedToHtml() => _letter.ToHtml();

    [Benchmark(Baseline = true, Description = "Hand-written HTML string.Create")]
    public string HandWritten() => _baseline.Render(_values);
}

/// <summary>The generated <c>ToText()</c> (no wrapping) against a single-allocation text baseline of the same text.</summary>
[MemoryDiagnoser]
public class TextRenderBenchmarks
{
    private readonly Asp19Appeal _letter = SeedLetters.Asp2020();
    private readonly Asp2020Values _values;
    private readonly CutLetter _baseline;

    public TextRenderBenchmarks()
    {
        _values = Asp2020Values.From(_letter);
        _baseline = new CutLetter(_letter.ToText(), _values, html: false);
    }

    [Benchmark(Description = "Generated ToText()")]
    public string GeneratedToText() => _letter.ToText();

    [Benchmark(Baseline = true, Description = "Hand-written text string.Create")]
    public string HandWritten() => _baseline.Render(_values);
}
