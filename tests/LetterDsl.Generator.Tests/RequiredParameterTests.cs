using System.IO;
using System.Linq;
using System.Reflection;
using LetterDsl.Generator.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using LetterDsl.Testing.Letters;

namespace LetterDsl.Generator.Tests;

/// <summary>Required parameters are <c>required</c> properties: code that creates a letter without one does not compile (CS9035).</summary>
public sealed class RequiredParameterTests
{
    private const string Usings = "using System; using LetterDsl; using CoalitionLetters.Letters;\n";

    [Fact]
    public void OmittingARequiredParameterIsCS9035NamingIt()
    {
        var run = RunAsp19Appeal(Usings + """
            public static class Consumer
            {
                public static ILetter Create() => new Asp19Appeal
                {
                    Date = new DateOnly(2020, 12, 7),
                    HagueDates = new DateRange(new DateOnly(2020, 12, 14), new DateOnly(2020, 12, 16)),
                };
            }
            """);

        Assert.Empty(run.GeneratorDiagnostics);
        var error = Assert.Single(run.CompileDiagnostics, d => d.Severity == DiagnosticSeverity.Error);
        Assert.Equal("CS9035", error.Id);
        Assert.Contains("Session", error.GetMessage(), System.StringComparison.Ordinal);
        Assert.Equal("/src/Consumer0.cs", error.Location.GetLineSpan().Path);
    }

    [Fact]
    public void EveryRequiredParameterSetCompilesCleanlyAndOptionalOnesKeepTheirDefaults()
    {
        var run = RunAsp19Appeal(Usings + """
            public static class Consumer
            {
                public static ILetter Create() => new Asp19Appeal
                {
                    Session = 19,
                    Date = new DateOnly(2020, 12, 7),
                    HagueDates = new DateRange(new DateOnly(2020, 12, 14), new DateOnly(2020, 12, 16)),
                };
            }
            """);

        using var letters = run.Load();
        var letter = (ILetter)letters.Assembly.GetType("Consumer")!.GetMethod("Create", BindingFlags.Public | BindingFlags.Static)!.Invoke(null, null)!;

        Assert.Equal("The Hague, 7 December 2020", letter.DateLine);
        var markdown = letter.ToMarkdown();
        Assert.Contains("from 14-16 December 2020 in The Hague.", markdown, System.StringComparison.Ordinal);
        Assert.DoesNotContain("New York", markdown, System.StringComparison.Ordinal);
    }

    [Fact]
    public void OnlyParametersWithoutDefaultOrNullableTypeAreRequired()
    {
        var run = RunAsp19Appeal();

        var required = run.Output.GetTypeByMetadataName("CoalitionLetters.Letters.Asp19Appeal")!
            .GetMembers().OfType<IPropertySymbol>().Where(p => p.IsRequired).Select(p => p.Name).OrderBy(n => n, System.StringComparer.Ordinal);
        Assert.Equal(new[] { "Date", "HagueDates", "Session" }, required);
    }

    private static GeneratorRun RunAsp19Appeal(params string[] consumer) =>
        GeneratorHarness.RunLetter(
            File.ReadAllText(RepositoryPaths.SampleLetter("Asp19Appeal.letter")),
            "/CoalitionLetters/Letters/Asp19Appeal.letter",
            TestAnalyzerConfigOptionsProvider.ForProject("CoalitionLetters", "/CoalitionLetters/"),
            consumer);
}
