using System;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using Microsoft.CodeAnalysis;

namespace LetterDsl.Cli.Compilation;

/// <summary>
/// What every letter compiles against: the running .NET framework and the LetterDsl runtime the tool itself loaded,
/// so a compiled letter's <see cref="ILetter"/> is the tool's own type.
/// </summary>
internal static class FrameworkReferences
{
    // Reading ~170 assemblies' metadata is the slow part of a first compilation; watch and check reuse one set.
    private static readonly Lazy<ImmutableArray<MetadataReference>> s_references = new(Load);

    public static ImmutableArray<MetadataReference> All => s_references.Value;

    /// <summary>The simple names of the assemblies in <see cref="All"/>, so a project's copies of them are left out.</summary>
    public static ImmutableHashSet<string> Names => s_names.Value;

    private static readonly Lazy<ImmutableHashSet<string>> s_names = new(() =>
        FrameworkPaths().Select(path => Path.GetFileNameWithoutExtension(path)).ToImmutableHashSet(StringComparer.OrdinalIgnoreCase));

    /// <summary>The runtime assembly; a project's own copy of it is replaced by this one.</summary>
    public static string RuntimePath => typeof(ILetter).Assembly.Location;

    private static ImmutableArray<MetadataReference> Load() =>
        FrameworkPaths()
            .Select(path => (MetadataReference)MetadataReference.CreateFromFile(path))
            .ToImmutableArray();

    private static string[] FrameworkPaths()
    {
        // Only the shared framework: the tool's own assemblies (Roslyn, Spectre.Console) stay out of a letter's compilation.
        var frameworkDirectory = Path.GetDirectoryName(typeof(object).Assembly.Location)!;
        var trusted = ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!).Split(Path.PathSeparator);
        return trusted
            .Where(path => string.Equals(Path.GetDirectoryName(path), frameworkDirectory, StringComparison.Ordinal))
            .Append(RuntimePath)
            .OrderBy(path => path, StringComparer.Ordinal)
            .ToArray();
    }
}
