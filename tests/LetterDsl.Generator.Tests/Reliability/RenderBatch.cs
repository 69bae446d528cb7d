using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Diagnostics;
using System.Linq;
using LetterDsl.Generator.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using LetterDsl.Testing.Letters;

namespace LetterDsl.Generator.Tests.Reliability;

/// <summary>One fuzzed letter of a batch: its case index, the letter, and its file path.</summary>
internal sealed record RenderCase(int Index, FuzzLetter Letter)
{
    public string Path => "/fuzz-render/case" + Index + ".letter";

    public string Text => Letter.File(Index);

    public string TypeName => FuzzLetter.Namespace(Index) + "." + FuzzLetter.ClassName;
}

/// <summary>
/// Many fuzzed letters generated one by one (<see cref="GeneratorFuzzer.Generate"/>, which also checks the generator's
/// own promises) and compiled into one assembly with the app types of <see cref="FuzzTypes"/>, because a compilation
/// per letter would cost more than all the rendering. A letter the generator rejects, or whose code does not compile,
/// is a failure: every letter is built to be valid.
/// </summary>
internal sealed class RenderBatch : IDisposable
{
    private static readonly Lazy<CSharpCompilation> s_consumer = new(() => GeneratorHarness.CreateCompilation(FuzzTypes.Source));

    private RenderBatch(CompiledLetters? letters, IReadOnlyList<RenderCase> compiled, IReadOnlyList<(RenderCase Case, string Problem)> failures)
    {
        Letters = letters;
        Compiled = compiled;
        Failures = failures;
    }

    /// <summary>The loaded letters; null when none compiled.</summary>
    public CompiledLetters? Letters { get; }

    public IReadOnlyList<RenderCase> Compiled { get; }

    public IReadOnlyList<(RenderCase Case, string Problem)> Failures { get; }

    public TimeSpan GenerateTime { get; private init; }

    public TimeSpan CompileTime { get; private init; }

    public static RenderBatch Build(IReadOnlyList<RenderCase> cases)
    {
        var failures = new List<(RenderCase, string)>();
        var trees = new Dictionary<RenderCase, ImmutableArray<SyntaxTree>>();
        var generate = Stopwatch.StartNew();
        foreach (var renderCase in cases)
        {
            var result = GeneratorFuzzer.Generate(renderCase.Path, renderCase.Text);
            var errors = result.Problems.ToList();
            if (!result.Accepted)
            {
                errors.Add("the generator rejected a letter built to be valid");
            }

            if (errors.Count > 0)
            {
                failures.Add((renderCase, string.Join("\n", errors) + Diagnostics(renderCase)));
                continue;
            }

            trees.Add(renderCase, result.Trees);
        }

        generate.Stop();
        var compile = Stopwatch.StartNew();
        var compilation = s_consumer.Value.AddSyntaxTrees(trees.Values.SelectMany(t => t));
        CompiledLetters? letters = null;
        while (trees.Count > 0 && (letters = CompiledLetters.TryLoad(compilation, out var diagnostics)) is null)
        {
            // Compiled again without the letters whose code has an error, each of them a failure.
            foreach (var (renderCase, problem) in BrokenCases(diagnostics, trees))
            {
                failures.Add((renderCase, problem));
                compilation = compilation.RemoveSyntaxTrees(trees[renderCase]);
                trees.Remove(renderCase);
            }
        }

        return new RenderBatch(letters, cases.Where(trees.ContainsKey).ToList(), failures)
        {
            GenerateTime = generate.Elapsed,
            CompileTime = compile.Elapsed,
        };
    }

    public void Dispose() => Letters?.Dispose();

    /// <summary>The cases whose generated code has an error, found by the letter its error maps to or the tree it is in.</summary>
    private static List<(RenderCase, string)> BrokenCases(ImmutableArray<Diagnostic> diagnostics, Dictionary<RenderCase, ImmutableArray<SyntaxTree>> trees)
    {
        var byPath = trees.Keys.ToDictionary(c => c.Path, StringComparer.Ordinal);
        var byTree = trees.SelectMany(pair => pair.Value.Select(tree => (tree, pair.Key))).ToDictionary(p => p.tree, p => p.Key);
        var problems = new Dictionary<RenderCase, List<string>>();
        foreach (var error in diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error))
        {
            var mapped = error.Location.GetMappedLineSpan();
            var owner = mapped.HasMappedPath && byPath.TryGetValue(mapped.Path, out var byLetter) ? byLetter
                : error.Location.SourceTree is { } tree && byTree.TryGetValue(tree, out var inTree) ? inTree
                : null;
            Assert.True(owner is not null, "A compiler error that belongs to no fuzzed letter: " + error);
            if (!problems.TryGetValue(owner!, out var list))
            {
                problems.Add(owner!, list = new List<string>());
            }

            list.Add("the generated code does not compile: " + error);
        }

        return problems.Select(p => (p.Key, string.Join("\n", p.Value.Take(5)))).ToList();
    }

    private static string Diagnostics(RenderCase renderCase)
    {
        var run = GeneratorHarness.RunLetter(renderCase.Text, renderCase.Path);
        return "\n" + string.Join("\n", run.GeneratorDiagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).Take(10));
    }
}
