using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Diagnostics;
using System.Linq;
using System.Threading.Tasks;
using LetterDsl.Generator.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using LetterDsl.Testing.Letters;

namespace LetterDsl.Generator.Tests.Reliability;

/// <summary>
/// Runs the generator on one letter text, in-process and without step tracking so a case costs milliseconds, and
/// returns every way the run broke the generator's promises: an exception, LTR034, a diagnostic outside the file, or,
/// for an accepted letter, generated code that does not compile.
/// </summary>
internal static class GeneratorFuzzer
{
    /// <summary>The per-case hang guard. It is not a performance target: a case that gets near it has a loop that does not end or grows much faster than the input.</summary>
    public static readonly TimeSpan CaseLimit = TimeSpan.FromSeconds(1);

    /// <summary>How long to wait for a case before declaring it hung and abandoning its thread.</summary>
    private static readonly TimeSpan s_abandonAfter = TimeSpan.FromSeconds(30);

    /// <summary>The sample's own types, so letters that use them (MinisterAppeal's Recipient) compile.</summary>
    private const string ConsumerSource = """
        namespace CoalitionLetters
        {
            public sealed record Recipient(string Honorific, string Name, string Title, string Country, string Salutation)
            {
                public string FormalName => Honorific + " " + Name;
            }
        }
        """;

    private static readonly GeneratorDriverOptions s_driverOptions = new(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: false);

    private static readonly Lazy<CSharpCompilation> s_consumer = new(() => GeneratorHarness.CreateCompilation(ConsumerSource));

    public static CSharpCompilation Consumer => s_consumer.Value;

    /// <summary>Runs the generator on <paramref name="text"/> at <paramref name="path"/> and checks what it reported; compiling is left to <see cref="Compile"/>.</summary>
    public static FuzzResult Generate(string path, string text)
    {
        if (RunGuarded(path, text, s_abandonAfter) is not { } guarded)
        {
            return new FuzzResult(s_abandonAfter, false, ImmutableArray<SyntaxTree>.Empty, new[] { $"the generator did not finish within {s_abandonAfter.TotalSeconds} s" });
        }

        var (run, elapsed) = guarded;
        var problems = new List<string>();
        if (run.Exception is not null)
        {
            problems.Add("the generator threw: " + run.Exception);
        }

        if (elapsed > CaseLimit)
        {
            problems.Add($"the generator took {elapsed.TotalMilliseconds:F0} ms, over the {CaseLimit.TotalMilliseconds:F0} ms hang guard");
        }

        var lines = new LetterLines(text);
        foreach (var diagnostic in run.Diagnostics)
        {
            if (diagnostic.Id == "LTR034")
            {
                problems.Add("internal error: " + diagnostic);
            }

            if (CheckLocation(diagnostic, path, lines) is { } problem)
            {
                problems.Add(problem + ": " + diagnostic);
            }
        }

        var accepted = !run.Diagnostics.Any(d => d.Severity == DiagnosticSeverity.Error);
        var trees = run.GeneratedSources.Select(s => s.SyntaxTree).ToImmutableArray();
        if (accepted && trees.IsEmpty)
        {
            problems.Add("no error was reported, yet no source was generated");
        }

        return new FuzzResult(elapsed, accepted, trees, problems);
    }

    /// <summary>
    /// Runs the generator on one letter on a thread of its own and times it; returns null when it has not finished
    /// after <paramref name="abandonAfter"/>, so a hang fails the test instead of stalling the run.
    /// </summary>
    public static (GeneratorRunResult Result, TimeSpan Elapsed)? RunGuarded(string path, string text, TimeSpan abandonAfter)
    {
        var compilation = Consumer;
        var task = Task.Run(() =>
        {
            var stopwatch = Stopwatch.StartNew();
            var driver = CSharpGeneratorDriver.Create(
                new[] { new LetterGenerator().AsSourceGenerator() },
                new[] { new InMemoryAdditionalText(path, text) },
                GeneratorHarness.ParseOptions,
                TestAnalyzerConfigOptionsProvider.Empty,
                s_driverOptions);
            var result = driver.RunGenerators(compilation).GetRunResult().Results.Single();
            return (result, stopwatch.Elapsed);
        });

        return task.Wait(abandonAfter) ? task.Result : null;
    }

    /// <summary>Compiles the generated code of an accepted letter; see <see cref="Judge"/> for which errors count.</summary>
    public static IReadOnlyList<string> Compile(string path, string text, ImmutableArray<SyntaxTree> trees) =>
        JudgeAll(Consumer.AddSyntaxTrees(trees).GetDiagnostics(), path, text);

    /// <summary>Parses the generated code of an accepted letter again: a literal escaped wrongly shows up here, without binding anything.</summary>
    public static IReadOnlyList<string> CheckSyntax(string path, string text, ImmutableArray<SyntaxTree> trees) =>
        JudgeAll(trees.SelectMany(tree => tree.GetDiagnostics()), path, text);

    /// <summary>
    /// Whether a compiler error is a generator bug. Errors that <c>#line</c> maps into the letter are the user's C#
    /// (a parameter's type or default value, a member path) and are how such mistakes are reported, by design; an
    /// error in the generated code itself, or one mapped past the letter's end, is a generator bug.
    /// </summary>
    public static string? Judge(Diagnostic diagnostic, string path, LetterLines lines)
    {
        if (diagnostic.Severity != DiagnosticSeverity.Error)
        {
            return null;
        }

        var mapped = diagnostic.Location.GetMappedLineSpan();
        if (!mapped.HasMappedPath || mapped.Path != path)
        {
            return "the generated code does not compile: " + diagnostic;
        }

        return mapped.EndLinePosition.Line >= lines.Count ? "a compiler error maps past the end of the letter: " + diagnostic : null;
    }

    private static List<string> JudgeAll(IEnumerable<Diagnostic> diagnostics, string path, string text)
    {
        var lines = new LetterLines(text);
        return diagnostics.Select(d => Judge(d, path, lines)).Where(problem => problem is not null).Select(problem => problem!).ToList();
    }

    private static string? CheckLocation(Diagnostic diagnostic, string path, LetterLines lines)
    {
        var location = diagnostic.Location;
        if (location.Kind != LocationKind.ExternalFile)
        {
            return "the diagnostic has no location in the letter";
        }

        var span = location.SourceSpan;
        var lineSpan = location.GetLineSpan();
        if (lineSpan.Path != path)
        {
            return "the diagnostic points at another file";
        }

        if (span.Start < 0 || span.End > lines.Length)
        {
            return $"the span {span} is outside the letter's {lines.Length} characters";
        }

        if (lineSpan.EndLinePosition.Line >= lines.Count)
        {
            return $"the line {lineSpan.EndLinePosition.Line + 1} is past the letter's {lines.Count} lines";
        }

        if (lineSpan.StartLinePosition != lines.PositionOf(span.Start) || lineSpan.EndLinePosition != lines.PositionOf(span.End))
        {
            return $"the line and column {lineSpan.Span} do not match the span {span}";
        }

        return null;
    }
}

/// <summary>What one fuzz case produced: its time, whether the letter was accepted (no error), its generated code, and what went wrong.</summary>
internal sealed record FuzzResult(TimeSpan Elapsed, bool Accepted, ImmutableArray<SyntaxTree> Trees, IReadOnlyList<string> Problems);
