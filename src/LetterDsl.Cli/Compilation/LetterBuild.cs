using System;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using RoslynCompilation = Microsoft.CodeAnalysis.Compilation;

namespace LetterDsl.Cli.Compilation;

/// <summary>One compile of some letters: what the generator reported, and the compilation with the generated classes.</summary>
internal sealed class LetterBuild
{
    private readonly RoslynCompilation _compilation;
    private readonly ImmutableArray<Diagnostic> _generatorDiagnostics;
    private readonly ProjectContext _project;

    public LetterBuild(RoslynCompilation compilation, ImmutableArray<Diagnostic> generatorDiagnostics, ProjectContext project)
    {
        _compilation = compilation;
        _generatorDiagnostics = generatorDiagnostics;
        _project = project;
    }

    /// <summary>Everything a build would print for these letters: the generator's LTR diagnostics and the compiler's, which <c>#line</c> maps into the letters.</summary>
    public ImmutableArray<Diagnostic> Diagnostics(CancellationToken cancellationToken = default) =>
        Visible(_generatorDiagnostics.AddRange(_compilation.GetDiagnostics(cancellationToken)));

    /// <summary>
    /// Compiles the letters into an assembly and loads it. When the generator or the compiler reports an error, returns
    /// null and the diagnostics instead; <paramref name="diagnostics"/> holds warnings either way.
    /// </summary>
    public LoadedLetters? Load(out ImmutableArray<Diagnostic> diagnostics, CancellationToken cancellationToken = default)
    {
        diagnostics = Visible(_generatorDiagnostics);
        if (HasErrors(diagnostics))
        {
            return null;
        }

        using var image = new MemoryStream();
        // Emit binds every method body and reports what GetDiagnostics would, so the letters are compiled once.
        var result = _compilation.Emit(image, cancellationToken: cancellationToken);
        diagnostics = Visible(_generatorDiagnostics.AddRange(result.Diagnostics));
        if (!result.Success || HasErrors(diagnostics))
        {
            return null;
        }

        image.Position = 0;
        return LoadedLetters.Load(image, _project);
    }

    public static bool HasErrors(ImmutableArray<Diagnostic> diagnostics) => diagnostics.Any(d => d.Severity == DiagnosticSeverity.Error);

    // Hidden and info diagnostics never reach a build log; the build prints each diagnostic once, in file order.
    private static ImmutableArray<Diagnostic> Visible(ImmutableArray<Diagnostic> diagnostics) =>
        diagnostics
            .Where(d => d.Severity >= DiagnosticSeverity.Warning && !d.IsSuppressed)
            .Distinct()
            .OrderBy(d => d.Location.GetMappedLineSpan().Path, StringComparer.Ordinal)
            .ThenBy(d => d.Location.GetMappedLineSpan().StartLinePosition)
            .ThenBy(d => d.Id, StringComparer.Ordinal)
            .ToImmutableArray();
}
