using System;
using System.Linq;
using System.Text;
using LetterDsl.Generator.Parsing;
using LetterDsl.Generator.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Xunit.Abstractions;
using LetterDsl.Testing.Letters;

namespace LetterDsl.Generator.Tests.Reliability;

/// <summary>
/// Letters far beyond anything written by hand still end, with output or one clear diagnostic and never a stack
/// overflow. The guard is a generous 60 s so that only a hang or a quadratic blow-up fails; the measured times are
/// printed and recorded in docs/reliability.md.
/// </summary>
public sealed class LimitTests
{
    private static readonly TimeSpan s_guard = TimeSpan.FromSeconds(60);

    private readonly ITestOutputHelper _output;

    public LimitTests(ITestOutputHelper output) => _output = output;

    [Fact]
    public void AFiveMegabyteLetterIsGenerated()
    {
        const string Paragraph = "We appeal to you, {{ Name }}, to take part in the **session** at the *highest* level.\nA second line of the same paragraph.\n\n";
        var body = Repeat(Paragraph, 5 * 1024 * 1024 / Paragraph.Length);

        var result = Run("five megabytes", body, "@param Name: string");

        AssertAccepted(result);
        Assert.True(result.GeneratedSources.Single().SourceText.Length > 5 * 1024 * 1024);
    }

    [Fact]
    public void TenThousandNestedIfsReportLTR025Once()
    {
        var body = Repeat("{{ if Flag }}\n", 10_000) + "Deep.\n" + Repeat("{{ end }}\n", 10_000);

        var result = Run("10,000 nested ifs", body, "@param Flag: bool");

        var errors = result.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).ToList();
        var error = Assert.Single(errors);
        Assert.Equal("LTR025", error.Id);
        Assert.Contains(ParseContext.MaxNestingDepth.ToString(System.Globalization.CultureInfo.InvariantCulture), error.GetMessage(), StringComparison.Ordinal);
    }

    [Fact]
    public void AHundredThousandPlaceholdersAreGenerated()
    {
        var body = Repeat("{{ Name }} and {{ Name | upper }}, {{ Name }} or {{ Name }}; {{ Name }}.\n", 20_000);

        var result = Run("100,000 placeholders", body, "@param Name: string");

        AssertAccepted(result);
        Assert.Equal(100_000, Count(result.GeneratedSources.Single().SourceText.ToString(), "this.Name"));
    }

    [Fact]
    public void AOneMegabyteLineIsGenerated()
    {
        var body = Repeat("Text with **bold**, *italic*, 5 * 3, {{ Name }} and \"quotes\" \\ { braces }. ", 1024 * 1024 / 70);

        var result = Run("a 1 MB line", body, "@param Name: string");

        AssertAccepted(result);
    }

    [Fact]
    public void AOneMegabyteLineOfUnclosedTagsReportsLTR017Once()
    {
        var result = Run("a 1 MB line of '{{'", Repeat("{{ ", 1024 * 1024 / 3), "");

        Assert.Equal("LTR017", Assert.Single(result.Diagnostics, d => d.Severity == DiagnosticSeverity.Error).Id);
    }

    [Fact]
    public void AOneMegabyteLineOfEmphasisMarkersIsGenerated()
    {
        var result = Run("a 1 MB line of '**a *b'", Repeat("**a *b ", 1024 * 1024 / 7), "");

        AssertAccepted(result);
    }

    private GeneratorRunResult Run(string what, string body, string header)
    {
        var text = ProbeLetter.Text(body, header);
        var guarded = GeneratorFuzzer.RunGuarded("/limits/Probe.letter", text, s_guard);
        Assert.True(guarded is not null, $"{what}: the generator did not finish within {s_guard.TotalSeconds} s");
        var (result, elapsed) = guarded!.Value;
        _output.WriteLine($"{what}: {text.Length:N0} characters, {elapsed.TotalMilliseconds:F0} ms");
        Assert.Null(result.Exception);
        Assert.DoesNotContain(result.Diagnostics, d => d.Id == "LTR034");
        return result;
    }

    private static void AssertAccepted(GeneratorRunResult result)
    {
        Assert.Empty(result.Diagnostics.Where(d => d.Severity >= DiagnosticSeverity.Warning));
        Assert.Single(result.GeneratedSources);
        Assert.Empty(result.GeneratedSources[0].SyntaxTree.GetDiagnostics());
    }

    private static string Repeat(string text, int count) => new StringBuilder(text.Length * count).Insert(0, text, count).ToString();

    private static int Count(string text, string value)
    {
        var count = 0;
        for (var i = text.IndexOf(value, StringComparison.Ordinal); i >= 0; i = text.IndexOf(value, i + value.Length, StringComparison.Ordinal))
        {
            count++;
        }

        return count;
    }
}
