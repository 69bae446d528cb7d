using System;
using System.Linq;
using LetterDsl.Generator.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using LetterDsl.Testing.Letters;

namespace LetterDsl.Generator.Tests.Diagnostics;

/// <summary>A letter with mistakes reports all of them in one build, each once, and still yields its class where it can.</summary>
public sealed class ErrorRecoveryTests
{
    private const string Path = "/letters/Test.letter";
    private const string UsesSession = "{{ Session }}, {{ Session | ordinal }}, {{ if Session }}x{{ end }}.";

    [Fact]
    public void FiveDifferentMistakesAreAllReportedInOneBuild()
    {
        var letter = string.Join("\n",
            "@letter Probe",
            "@param Session: int",
            "@subjet The coming session",
            "@date February 30, 2021",
            "@salutation Excellency,",
            "",
            "The {{ Sesion }} session, the {{ Session | ordinl }} one.",
            "",
            "@closing Sincerely,",
            "@signatory Ada Lovelace",
            "PS: see you there.");

        var diagnostics = GeneratorHarness.RunLetter(letter, Path).GeneratorDiagnostics.OrderBy(d => d.Id, StringComparer.Ordinal).ToList();

        Assert.Equal(new[] { "LTR005", "LTR006", "LTR015", "LTR024", "LTR027" }, diagnostics.Select(d => d.Id));
        DiagnosticAssert.At(diagnostics[0], "LTR005", Path, 7, "The {{ ".Length + 1, "Sesion".Length);
        DiagnosticAssert.At(diagnostics[1], "LTR006", Path, 3, 1, "@subjet".Length);
        DiagnosticAssert.At(diagnostics[2], "LTR015", Path, 4, "@date ".Length + 1, "February 30, 2021".Length);
        DiagnosticAssert.At(diagnostics[3], "LTR024", Path, 11, 1, "PS: see you there.".Length);
        DiagnosticAssert.At(diagnostics[4], "LTR027", Path, 7, "The {{ Sesion }} session, the {{ Session | ".Length + 1, "ordinl".Length);
    }

    [Fact]
    public void ALetterWithAnUnknownParameterStillYieldsAClassTheProjectCanUse()
    {
        const string Consumer = "public static class Consumer { public static string Write() => new Tests.Probe { Session = 19 }.ToText(); }";

        var run = GeneratorHarness.RunLetter(ProbeLetter.Text("The {{ Session | ordinal }} session, not the {{ Sesion }}.", "@param Session: int"), Path, options: null, Consumer);

        Assert.Equal("LTR005", Assert.Single(run.GeneratorDiagnostics).Id);
        Assert.NotNull(run.Output.GetTypeByMetadataName(ProbeLetter.TypeName)?.GetMembers("Session").SingleOrDefault());
        Assert.Empty(run.CompileDiagnostics.Where(d => d.Severity >= DiagnosticSeverity.Warning));
    }

    [Fact]
    public void ABrokenParameterIsOneDiagnosticNotOnePerUse()
    {
        var run = GeneratorHarness.RunLetter(ProbeLetter.Text(UsesSession, "@param Session: int = \"x\""), Path);

        Assert.Equal("LTR014", Assert.Single(run.GeneratorDiagnostics).Id);
        Assert.Single(run.Sources);
    }

    [Fact]
    public void ATypeThatDoesNotExistIsOneCompilerErrorOnTheParamLine()
    {
        // 'Int' is a well-formed type, so the generator accepts it and the compiler reports it through #line.
        var run = GeneratorHarness.RunLetter(ProbeLetter.Text(UsesSession, "@param Session: Int"), Path);

        Assert.Empty(run.GeneratorDiagnostics);
        var error = Assert.Single(run.CompileDiagnostics, d => d.Severity == DiagnosticSeverity.Error);
        DiagnosticAssert.At(error, "CS0246", Path, 3, DiagnosticAssert.MappedColumn("@param Session: ".Length + 1), "Int".Length);
    }

    [Fact]
    public void AnEndAfterABlockCutOffAtAParagraphIsNotReportedAgain()
    {
        var run = GeneratorHarness.RunLetter(ProbeLetter.Text("One{{ if A }} two\n\nthree{{ end }}\n\n{{ end }}", "@param A: bool"), Path);

        // The first 'end' belongs to the cut-off 'if'; the second has no block at all.
        Assert.Equal(new[] { "LTR030", "LTR018" }, run.GeneratorDiagnostics.Select(d => d.Id));
        DiagnosticAssert.At(run.GeneratorDiagnostics[1], "LTR018", Path, 11, 1, "{{ end }}".Length);
    }

    [Fact]
    public void ADuplicateClassNameIsReportedAtTheLetterName()
    {
        var run = GeneratorHarness.Run(new[]
        {
            new InMemoryAdditionalText("/letters/a.letter", ProbeLetter.Text("First.")),
            new InMemoryAdditionalText("/letters/b.letter", ProbeLetter.Text("Second.")),
        });

        var diagnostic = Assert.Single(run.GeneratorDiagnostics);
        DiagnosticAssert.At(diagnostic, "LTR023", "/letters/b.letter", 1, "@letter ".Length + 1, ProbeLetter.ClassName.Length);
        Assert.Equal("Letter class 'Tests.Probe' is also generated from '/letters/a.letter'; give one of them another '@letter' name or '@namespace'.", diagnostic.GetMessage());
    }
}
