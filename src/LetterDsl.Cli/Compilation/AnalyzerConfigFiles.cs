using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Text;
using Microsoft.CodeAnalysis;

namespace LetterDsl.Cli.Compilation;

/// <summary>
/// The <c>.editorconfig</c> and <c>.globalconfig</c> files a build would hand the compiler for these letters, plus the
/// global config the SDK writes with the <c>build_property.*</c> values, parsed by Roslyn's own
/// <see cref="AnalyzerConfigSet"/> so sections, <c>root = true</c> and precedence work exactly as in the build.
/// </summary>
internal static class AnalyzerConfigFiles
{
    public static AnalyzerConfigSet For(IEnumerable<string> letterPaths, ProjectContext project)
    {
        var configs = ImmutableArray.CreateBuilder<AnalyzerConfig>();
        // The SDK searches every folder above the project's letters (LetterDsl's props add them to its search).
        var folders = letterPaths
            .SelectMany(path => FoldersAbove(Path.GetDirectoryName(path)!))
            .Distinct(StringComparer.Ordinal)
            .OrderBy(folder => folder, StringComparer.Ordinal);
        foreach (var folder in folders)
        {
            foreach (var name in new[] { ".editorconfig", ".globalconfig" })
            {
                var path = Path.Combine(folder, name);
                if (File.Exists(path))
                {
                    configs.Add(AnalyzerConfig.Parse(ReadConfig(path), path));
                }
            }
        }

        configs.Add(AnalyzerConfig.Parse(BuildProperties(project), Path.Combine(project.ProjectDirectory ?? Path.GetTempPath(), "LetterDsl.Cli.GeneratedMSBuildEditorConfig.editorconfig")));
        return AnalyzerConfigSet.Create(configs.ToImmutable());
    }

    /// <summary>What the SDK's GeneratedMSBuildEditorConfig holds for the properties LetterDsl's props make visible.</summary>
    private static string BuildProperties(ProjectContext project)
    {
        var text = new StringBuilder("is_global = true\n");
        if (project.RootNamespace is { } rootNamespace)
        {
            text.Append("build_property.RootNamespace = ").Append(rootNamespace).Append('\n');
        }

        if (project.ProjectDirectory is { } directory)
        {
            text.Append("build_property.ProjectDir = ").Append(directory).Append('\n');
        }

        return text.ToString();
    }

    private static IEnumerable<string> FoldersAbove(string folder)
    {
        for (var current = new DirectoryInfo(folder); current is not null; current = current.Parent)
        {
            yield return current.FullName;
        }
    }

    private static string ReadConfig(string path)
    {
        try
        {
            return File.ReadAllText(path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw CliException.Input($"{DisplayPath.Of(path)}: cannot read it: {ex.Message}");
        }
    }
}
