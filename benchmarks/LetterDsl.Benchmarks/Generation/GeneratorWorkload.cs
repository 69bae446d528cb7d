using System;
using System.Collections.Immutable;
using System.Linq;
using LetterDsl.Generator;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using LetterDsl.Testing.Letters;

namespace LetterDsl.Benchmarks.Generation;

/// <summary>
/// A project of <see cref="LetterCount"/> synthetic letters and two C# files, driven in-process through
/// <see cref="CSharpGeneratorDriver"/> as the compiler and the IDE drive <see cref="LetterGenerator"/>, with the
/// two edits the benchmarks replay: one letter changed, and an unrelated C# file changed.
/// </summary>
public sealed class GeneratorWorkload
{
    private const string UnrelatedPath = "/bench/Unrelated.cs";
    private static readonly CSharpParseOptions ParseOptions = new(LanguageVersion.Latest);

    private readonly bool _trackSteps;

    public GeneratorWorkload(int letterCount, bool trackSteps)
    {
        LetterCount = letterCount;
        _trackSteps = trackSteps;
        Letters = Enumerable.Range(0, letterCount)
            .Select(static i => (AdditionalText)new InMemoryAdditionalText(SyntheticLetters.PathOf(i), SyntheticLetters.Create(i)))
            .ToImmutableArray();
        EditedIndex = letterCount / 2;
        EditedLetter = new InMemoryAdditionalText(SyntheticLetters.PathOf(EditedIndex), SyntheticLetters.Create(EditedIndex, revision: 1));

        SyntaxTree program = CSharpSyntaxTree.ParseText("namespace Benchmarks; public static class Program { public static void Main() { } }", ParseOptions, "/bench/Program.cs");
        SyntaxTree unrelated = Unrelated(1);
        Compilation = CSharpCompilation.Create(
            "Benchmarks",
            [program, unrelated],
            [MetadataReference.CreateFromFile(typeof(object).Assembly.Location), MetadataReference.CreateFromFile(typeof(ILetter).Assembly.Location)],
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));
        EditedCompilation = Compilation.ReplaceSyntaxTree(unrelated, Unrelated(2));
    }

    /// <summary>How many letters the project holds.</summary>
    public int LetterCount { get; }

    /// <summary>The letters, in path order.</summary>
    public ImmutableArray<AdditionalText> Letters { get; }

    /// <summary>Which letter the one-letter edit changes.</summary>
    public int EditedIndex { get; }

    /// <summary>That letter with one word changed.</summary>
    public AdditionalText EditedLetter { get; }

    /// <summary>The project's C# code.</summary>
    public CSharpCompilation Compilation { get; }

    /// <summary>The same project with a method body changed in a C# file that has nothing to do with letters.</summary>
    public CSharpCompilation EditedCompilation { get; }

    /// <summary>A driver that has not run yet, as after opening the project.</summary>
    public GeneratorDriver CreateDriver() => CSharpGeneratorDriver.Create(
        [new LetterGenerator().AsSourceGenerator()],
        Letters,
        ParseOptions,
        optionsProvider: null,
        new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, _trackSteps));

    /// <summary>Runs every step on every letter.</summary>
    public GeneratorDriver RunCold() => CreateDriver().RunGenerators(Compilation);

    /// <summary>Re-runs <paramref name="warm"/> after one letter changed.</summary>
    public GeneratorDriver RunAfterLetterEdit(GeneratorDriver warm) =>
        warm.ReplaceAdditionalText(Letters[EditedIndex], EditedLetter).RunGenerators(Compilation);

    /// <summary>Re-runs <paramref name="warm"/> after the unrelated C# file changed.</summary>
    public GeneratorDriver RunAfterCSharpEdit(GeneratorDriver warm) => warm.RunGenerators(EditedCompilation);

    private static SyntaxTree Unrelated(int version) => CSharpSyntaxTree.ParseText(
        "namespace Benchmarks; public static class Unrelated { public static int Version() => " + version.ToString(System.Globalization.CultureInfo.InvariantCulture) + "; }",
        ParseOptions,
        UnrelatedPath);
}
