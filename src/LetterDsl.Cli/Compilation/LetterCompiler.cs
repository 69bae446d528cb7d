using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using LetterDsl.Generator;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace LetterDsl.Cli.Compilation;

/// <summary>
/// Runs the real <see cref="LetterGenerator"/> on letters read from disk and compiles what it generates against the
/// framework, the LetterDsl runtime and the project's assemblies, as <c>dotnet build</c> would. It stays warm: the
/// references and the generator driver (with its incremental cache) serve every later compile, which watch relies on.
/// </summary>
internal sealed class LetterCompiler
{
    private static readonly CSharpParseOptions s_parseOptions = new(LanguageVersion.Latest);

    private readonly ImmutableArray<MetadataReference> _references;
    private GeneratorDriver _driver;

    public LetterCompiler(ProjectContext project)
    {
        Project = project;
        _references = FrameworkReferences.All.AddRange(project.ReferencePaths.Select(path => (MetadataReference)MetadataReference.CreateFromFile(path)));
        _driver = CSharpGeneratorDriver.Create(new[] { new LetterGenerator().AsSourceGenerator() }, parseOptions: s_parseOptions);
    }

    public ProjectContext Project { get; }

    /// <summary>Generates the classes of <paramref name="letterPaths"/> (full paths) into one compilation of their own.</summary>
    public LetterBuild Compile(IReadOnlyList<string> letterPaths, CancellationToken cancellationToken = default)
    {
        var texts = letterPaths.Select(path => (AdditionalText)LetterText.Read(path)).ToImmutableArray();
        var options = new ConfigOptionsProvider(AnalyzerConfigFiles.For(letterPaths, Project));

        // The project's assembly holds its own copy of each letter class; ours lives in an assembly of its own, so the
        // compiler's warning that a source type hides an imported one (CS0436) says nothing here.
        var severities = options.GlobalSeverities.SetItem("CS0436", ReportDiagnostic.Suppress);
        var compilation = CSharpCompilation.Create(
            "LetterDsl.Cli.Letters." + Guid.NewGuid().ToString("N"),
            Array.Empty<SyntaxTree>(),
            _references,
            new CSharpCompilationOptions(
                OutputKind.DynamicallyLinkedLibrary,
                nullableContextOptions: NullableContextOptions.Enable,
                specificDiagnosticOptions: severities));

        _driver = _driver.ReplaceAdditionalTexts(texts).WithUpdatedAnalyzerConfigOptions(options);
        _driver = _driver.RunGeneratorsAndUpdateCompilation(compilation, out var output, out var generatorDiagnostics, cancellationToken);
        return new LetterBuild(output, generatorDiagnostics, Project);
    }
}
