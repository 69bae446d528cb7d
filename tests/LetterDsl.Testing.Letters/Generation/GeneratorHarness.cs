using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using LetterDsl.Generator;
using Microsoft.CodeAnalysis.Diagnostics;

namespace LetterDsl.Testing.Letters;

/// <summary>
/// Runs <see cref="LetterGenerator"/> the way the compiler does: on a C# compilation with additional files and
/// analyzer options, with step tracking on, so tests can look at the generated code, the diagnostics, the
/// compiled result and the incremental cache.
/// </summary>
public static class GeneratorHarness
{
    public static readonly CSharpParseOptions ParseOptions = new(LanguageVersion.Latest);

    private static readonly CSharpCompilationOptions s_compilationOptions = new(
        OutputKind.DynamicallyLinkedLibrary,
        nullableContextOptions: NullableContextOptions.Enable,
        generalDiagnosticOption: ReportDiagnostic.Default,
        deterministic: true);

    // Reading ~170 assemblies' metadata is the slow part of a compilation; every test shares one set.
    private static readonly Lazy<ImmutableArray<MetadataReference>> s_references = new(LoadReferences);

    /// <summary>The running framework's assemblies plus the LetterDsl runtime.</summary>
    public static ImmutableArray<MetadataReference> References => s_references.Value;

    /// <summary>Runs the generator on <paramref name="letters"/> next to <paramref name="csharpSources"/>.</summary>
    public static GeneratorRun Run(IEnumerable<AdditionalText> letters, AnalyzerConfigOptionsProvider? options = null, params string[] csharpSources)
    {
        var compilation = CreateCompilation(csharpSources);
        return Run(CreateDriver(letters, options), compilation);
    }

    /// <summary>Runs the generator on one letter given as text at <paramref name="path"/>.</summary>
    public static GeneratorRun RunLetter(string letterText, string path = "/letters/Test.letter", AnalyzerConfigOptionsProvider? options = null, params string[] csharpSources) =>
        Run(new[] { new InMemoryAdditionalText(path, letterText) }, options, csharpSources);

    /// <summary>Runs <paramref name="driver"/> on <paramref name="compilation"/>; the returned run holds the updated driver for the next step of an incremental test.</summary>
    public static GeneratorRun Run(GeneratorDriver driver, CSharpCompilation compilation)
    {
        var updated = driver.RunGeneratorsAndUpdateCompilation(compilation, out var output, out _);
        return new GeneratorRun(updated, compilation, output);
    }

    public static GeneratorDriver CreateDriver(IEnumerable<AdditionalText> letters, AnalyzerConfigOptionsProvider? options = null) =>
        CSharpGeneratorDriver.Create(
            new[] { new LetterGenerator().AsSourceGenerator() },
            letters,
            ParseOptions,
            options ?? TestAnalyzerConfigOptionsProvider.Empty,
            driverOptions: new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: true));

    public static CSharpCompilation CreateCompilation(params string[] csharpSources) =>
        CSharpCompilation.Create(
            "LetterDsl.GeneratedLetters",
            csharpSources.Select((source, i) => CSharpSyntaxTree.ParseText(source, ParseOptions, path: "/src/Consumer" + i + ".cs")),
            References,
            s_compilationOptions);

    private static ImmutableArray<MetadataReference> LoadReferences()
    {
        // Only the shared framework: the test host's own assemblies (xunit, Roslyn, the sample) stay out of the letters' compilation.
        var frameworkDirectory = Path.GetDirectoryName(typeof(object).Assembly.Location)!;
        var trusted = ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!).Split(Path.PathSeparator);
        return trusted
            .Where(path => string.Equals(Path.GetDirectoryName(path), frameworkDirectory, StringComparison.Ordinal))
            .Append(typeof(ILetter).Assembly.Location)
            .OrderBy(path => path, StringComparer.Ordinal)
            .Select(path => (MetadataReference)MetadataReference.CreateFromFile(path))
            .ToImmutableArray();
    }
}
