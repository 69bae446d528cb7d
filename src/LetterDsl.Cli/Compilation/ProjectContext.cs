using System;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Xml.Linq;

namespace LetterDsl.Cli.Compilation;

/// <summary>
/// The project a letter belongs to, as far as the generator and the compiler see it: the MSBuild properties the
/// generator reads (<c>RootNamespace</c>, <c>ProjectDir</c>) and, with <c>--project</c>, the project's built
/// assembly and what sits beside it, so letters can use the app's own types.
/// </summary>
internal sealed record ProjectContext(string? RootNamespace, string? ProjectDirectory, string? AssemblyPath, ImmutableArray<string> ReferencePaths)
{
    /// <summary>No project: letters see the framework and the LetterDsl runtime only.</summary>
    public static ProjectContext None { get; } = new(null, null, null, ImmutableArray<string>.Empty);

    /// <summary>
    /// The project file in <paramref name="directory"/> or the nearest folder above it, read without building, so
    /// namespaces and hint names match the build's. Its RootNamespace is the literal property, else the file name, as
    /// the SDK sets it. No project file, or several in one folder: <see cref="None"/>.
    /// </summary>
    public static ProjectContext Near(string directory)
    {
        for (var current = new DirectoryInfo(directory); current is not null; current = current.Parent)
        {
            var projects = current.GetFiles("*.csproj");
            if (projects.Length > 1)
            {
                return None;
            }

            if (projects.Length == 1)
            {
                return new ProjectContext(ReadRootNamespace(projects[0].FullName), WithTrailingSeparator(current.FullName), null, ImmutableArray<string>.Empty);
            }
        }

        return None;
    }

    /// <summary>The folder as MSBuild's ProjectDir has it: with a trailing separator.</summary>
    public static string WithTrailingSeparator(string directory) =>
        directory.EndsWith(Path.DirectorySeparatorChar) ? directory : directory + Path.DirectorySeparatorChar;

    private static string ReadRootNamespace(string projectPath)
    {
        var fallback = Path.GetFileNameWithoutExtension(projectPath).Replace(" ", "_", StringComparison.Ordinal);
        try
        {
            var declared = XDocument.Load(projectPath).Descendants()
                .Where(element => element.Name.LocalName == "RootNamespace")
                .Select(element => element.Value.Trim())
                .LastOrDefault();
            // A property built from other properties needs MSBuild; --project asks it.
            return string.IsNullOrEmpty(declared) || declared.Contains('$', StringComparison.Ordinal) ? fallback : declared;
        }
        catch (Exception ex) when (ex is IOException or System.Xml.XmlException or UnauthorizedAccessException)
        {
            return fallback;
        }
    }
}
