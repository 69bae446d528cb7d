using System.Collections.Immutable;
using System.IO;
using System.Threading;
using LetterDsl.Cli.Compilation;
using LetterDsl.Cli.Values;
using Microsoft.CodeAnalysis;

namespace LetterDsl.Cli.Rendering;

/// <summary>
/// Renders one letter from its file and its values: generate, compile, load, bind, render. It keeps its
/// <see cref="LetterCompiler"/>, so rendering the same letter again (in watch) reuses the warm references and driver.
/// </summary>
internal sealed class LetterRenderer
{
    private readonly LetterCompiler _compiler;
    private readonly string? _valuesOption;
    private readonly OutputFormat _format;
    private readonly int? _width;

    public LetterRenderer(LetterCompiler compiler, string letterPath, string? valuesOption, OutputFormat format, int? width)
    {
        _compiler = compiler;
        LetterPath = letterPath;
        _valuesOption = valuesOption;
        _format = format;
        _width = width;
    }

    public string LetterPath { get; }

    /// <summary>The values file this letter reads: the one <c>--values</c> names, or the default beside the letter.</summary>
    public string ValuesPath => Path.GetFullPath(_valuesOption ?? ValuesFile.DefaultPath(LetterPath));

    /// <summary>
    /// The rendered letter, or null when the letter does not build; <paramref name="diagnostics"/> holds what the
    /// build reported either way. Bad values throw a <see cref="CliException"/>.
    /// </summary>
    public LetterOutput? Render(out ImmutableArray<Diagnostic> diagnostics, CancellationToken cancellationToken = default)
    {
        var build = _compiler.Compile(new[] { LetterPath }, cancellationToken);
        using var loaded = build.Load(out diagnostics, cancellationToken);
        if (loaded is null)
        {
            return null;
        }

        using var values = ValuesFile.For(LetterPath, _valuesOption);
        var letter = ValueBinder.Create(loaded.SingleLetterType(), values);
        return LetterOutput.Render(letter, _format, _width);
    }
}
