using System.Collections.Generic;
using System.Linq;
using LetterDsl.Generator.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using LetterDsl.Testing.Letters;

namespace LetterDsl.Generator.Tests;

/// <summary>The pipeline caches: a C# edit re-runs no letter step, and a letter edit re-emits only that letter.</summary>
public sealed class IncrementalCacheTests
{
    private static readonly string[] s_letterSteps = { TrackingNames.Input, TrackingNames.Parse, TrackingNames.Emit, TrackingNames.ClassNames, TrackingNames.Output };

    private static readonly InMemoryAdditionalText s_first = new("/letters/First.letter", ProbeLetter.Text("The first letter.", className: "First"));
    private static readonly InMemoryAdditionalText s_second = new("/letters/Second.letter", ProbeLetter.Text("The second letter.", className: "Second"));

    [Fact]
    public void UnrelatedCSharpEditLeavesEveryLetterStepCached()
    {
        var compilation = GeneratorHarness.CreateCompilation("public static class Unrelated { public const int Value = 1; }");
        var first = GeneratorHarness.Run(GeneratorHarness.CreateDriver(new[] { s_first, s_second }), compilation);

        var tree = compilation.SyntaxTrees.Single();
        var edited = compilation.ReplaceSyntaxTree(tree, CSharpSyntaxTree.ParseText("public static class Unrelated { public const int Value = 2; }", GeneratorHarness.ParseOptions, tree.FilePath));
        var second = GeneratorHarness.Run(first.Driver, edited);

        foreach (var stepName in s_letterSteps)
        {
            var outputs = Outputs(second, stepName);
            Assert.NotEmpty(outputs);
            Assert.All(outputs, output => Assert.True(
                output.Reason is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged,
                $"{stepName} re-ran after a C# edit: {output.Reason}"));
        }

        // Cached outputs are handed back as they were, not regenerated.
        Assert.Equal(2, second.Sources.Length);
        Assert.Equal(first.Sources.Select(s => s.HintName), second.Sources.Select(s => s.HintName));
        Assert.All(first.Sources.Zip(second.Sources), pair => Assert.Same(pair.First.SourceText, pair.Second.SourceText));
    }

    [Fact]
    public void EditingOneOfTwoLettersReEmitsOnlyThatLetter()
    {
        var compilation = GeneratorHarness.CreateCompilation();
        var first = GeneratorHarness.Run(GeneratorHarness.CreateDriver(new[] { s_first, s_second }), compilation);

        var editedText = new InMemoryAdditionalText(s_second.Path, ProbeLetter.Text("The second letter, edited.", className: "Second"));
        var second = GeneratorHarness.Run(first.Driver.ReplaceAdditionalText(s_second, editedText), compilation);

        var emits = Outputs(second, TrackingNames.Emit);
        Assert.Equal(2, emits.Count);
        var modified = Assert.Single(emits, o => o.Reason == IncrementalStepRunReason.Modified);
        Assert.Contains("The second letter, edited.", modified.Value.ToString());
        Assert.Single(emits, o => o.Reason is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged);

        Assert.Equal(first.Source("First"), second.Source("First"));
        Assert.Contains("The second letter, edited.", second.Source("Second"));
    }

    [Fact]
    public void AddingALetterEmitsOnlyTheNewLetter()
    {
        var compilation = GeneratorHarness.CreateCompilation();
        var first = GeneratorHarness.Run(GeneratorHarness.CreateDriver(new[] { s_first, s_second }), compilation);

        var third = new InMemoryAdditionalText("/letters/Third.letter", ProbeLetter.Text("The third letter.", className: "Third"));
        var second = GeneratorHarness.Run(first.Driver.AddAdditionalTexts(System.Collections.Immutable.ImmutableArray.Create<AdditionalText>(third)), compilation);

        // The class-name list changed, but only the cheap duplicate check re-runs for the old letters: their code is not re-emitted.
        var emits = Outputs(second, TrackingNames.Emit);
        Assert.Equal(3, emits.Count);
        var added = Assert.Single(emits, o => o.Reason == IncrementalStepRunReason.New);
        Assert.Contains("The third letter.", added.Value.ToString());
        Assert.Equal(2, emits.Count(o => o.Reason is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged));
        Assert.Equal(3, second.Sources.Length);
    }

    [Fact]
    public void NoStepOutputHoldsARoslynObject()
    {
        // The feature tour nests blocks, loops and emphasis, so the walk reaches the deepest models the parser makes.
        var tour = new InMemoryAdditionalText("/letters/FeatureTour.letter", System.IO.File.ReadAllText(RepositoryPaths.TestLetter("FeatureTour.letter")));
        var run = GeneratorHarness.Run(new[] { s_first, s_second, tour });

        foreach (var stepName in s_letterSteps)
        {
            var outputs = Outputs(run, stepName);
            Assert.NotEmpty(outputs);
            foreach (var output in outputs)
            {
                Assert.Null(ObjectGraph.FindRoslynObject(output.Value));
            }
        }
    }

    [Fact]
    public void ObjectGraphFindsARoslynObjectNestedInValues()
    {
        var nested = new { Items = new List<object> { 1, (Name: "x", Where: Location.None) } };

        Assert.Equal("value.<Items>i__Field[1].Item2 (NoLocation)", ObjectGraph.FindRoslynObject(nested));
        Assert.Null(ObjectGraph.FindRoslynObject(new { Items = new[] { "a", "b" } }));
    }

    private static List<(object Value, IncrementalStepRunReason Reason)> Outputs(GeneratorRun run, string stepName) =>
        run.Result.TrackedSteps[stepName].SelectMany(step => step.Outputs).ToList();
}
