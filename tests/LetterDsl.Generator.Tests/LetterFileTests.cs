using System.Collections.Generic;
using System.Linq;
using LetterDsl.Generator.Tests.Infrastructure;
using LetterDsl.Testing.Letters;

namespace LetterDsl.Generator.Tests;

/// <summary>How letter files map to generated sources: line endings do not matter, and every path gets its own hint name.</summary>
public sealed class LetterFileTests
{
    [Fact]
    public void CrlfAndLfLettersRenderTheSame()
    {
        const string Body = "First line  \nsecond line.\n\n- one\n- two\n\n{{ if Urgent }}\nUrgent.\n{{ end }}";
        var lf = ProbeLetter.Text(Body, "@param Urgent: bool");

        Assert.Equal(Render(lf), Render(lf.Replace("\n", "\r\n")));
    }

    [Fact]
    public void LettersWithTheSameFileNameInDifferentFoldersGetDistinctSources()
    {
        var options = TestAnalyzerConfigOptionsProvider.ForProject("Acme", "/src/Acme/");
        var run = GeneratorHarness.Run(
            new[]
            {
                new InMemoryAdditionalText("/src/Acme/Appeals/Notice.letter", ProbeLetter.Text("An appeal.", className: null, @namespace: null)),
                new InMemoryAdditionalText("/src/Acme/Reminders/Notice.letter", ProbeLetter.Text("A reminder.", className: null, @namespace: null)),
            },
            options);

        run.AssertClean();
        Assert.Equal(2, run.Sources.Select(s => s.HintName).Distinct().Count());
        Assert.NotNull(run.Output.GetTypeByMetadataName("Acme.Appeals.Notice"));
        Assert.NotNull(run.Output.GetTypeByMetadataName("Acme.Reminders.Notice"));
    }

    [Fact]
    public void TwoLettersWithTheSameClassNameReportLTR023OnTheLaterPath()
    {
        var run = GeneratorHarness.Run(new[]
        {
            new InMemoryAdditionalText("/letters/b.letter", ProbeLetter.Text("Second.")),
            new InMemoryAdditionalText("/letters/a.letter", ProbeLetter.Text("First.")),
        });

        var diagnostic = Assert.Single(run.GeneratorDiagnostics);
        Assert.Equal("LTR023", diagnostic.Id);
        Assert.Equal("/letters/b.letter", diagnostic.Location.GetLineSpan().Path);
        Assert.Contains("First.", run.Source(ProbeLetter.ClassName));
        Assert.Empty(run.CompileDiagnostics.Where(d => d.Severity == Microsoft.CodeAnalysis.DiagnosticSeverity.Error));
    }

    private static string Render(string letterText)
    {
        using var letters = GeneratorHarness.RunLetter(letterText).Load();
        return letters.Create(ProbeLetter.TypeName, new Dictionary<string, object?> { ["Urgent"] = true }).ToMarkdown();
    }
}
