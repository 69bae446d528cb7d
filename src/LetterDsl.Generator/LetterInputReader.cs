using System.Collections.Immutable;
using System.Threading;
using LetterDsl.Generator.Diagnostics;
using LetterDsl.Generator.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace LetterDsl.Generator;

/// <summary>Reads a <c>.letter</c> file and the options that apply to it into a value, so nothing from Roslyn travels further down the pipeline.</summary>
internal static class LetterInputReader
{
    /// <summary>The .editorconfig key prefix for per-folder severities, which Roslyn does not apply to additional files itself.</summary>
    public const string SeverityKeyPrefix = "letterdsl_diagnostic.";

    public static LetterInput Read(AdditionalText file, AnalyzerConfigOptionsProvider provider, CancellationToken cancellationToken)
    {
        var text = file.GetText(cancellationToken)?.ToString() ?? "";
        var global = provider.GlobalOptions;
        global.TryGetValue("build_property.RootNamespace", out var rootNamespace);
        global.TryGetValue("build_property.ProjectDir", out var projectDirectory);

        var fileOptions = provider.GetOptions(file);
        var overrides = ImmutableArray.CreateBuilder<string>();
        foreach (var descriptor in DiagnosticDescriptors.All)
        {
            var key = SeverityKeyPrefix + descriptor.Id + ".severity";
            if (fileOptions.TryGetValue(key, out var value) || global.TryGetValue(key, out value))
            {
                overrides.Add(descriptor.Id + "=" + value.Trim().ToLowerInvariant());
            }
        }

        return new LetterInput(file.Path, text, new LetterFileOptions(
            string.IsNullOrWhiteSpace(rootNamespace) ? null : rootNamespace,
            string.IsNullOrWhiteSpace(projectDirectory) ? null : projectDirectory,
            overrides.ToEquatableArray()));
    }
}
