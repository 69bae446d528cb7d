using System;
using System.Collections.Immutable;
using System.Threading;
using LetterDsl.Generator.Diagnostics;
using LetterDsl.Generator.Emitting;
using LetterDsl.Generator.Model;
using Microsoft.CodeAnalysis;

namespace LetterDsl.Generator;

/// <summary>Turns a parsed letter into its output, and reports that output with the project's severity settings applied.</summary>
internal static class LetterOutputBuilder
{
    public static LetterOutput Build(LetterParseResult parsed, EquatableArray<LetterIdentity> allLetters, CancellationToken cancellationToken)
    {
        var diagnostics = parsed.Diagnostics.AsImmutableArray().ToBuilder();
        var spec = parsed.Spec;
        if (spec is null)
        {
            return new LetterOutput(null, null, diagnostics.ToEquatableArray(), parsed.SeverityOverrides);
        }

        // The first letter (by path) keeps a contested class name; the others report it and are not emitted, so the
        // user sees one clear error instead of a duplicate-type error in generated code.
        foreach (var other in allLetters)
        {
            if (other.FullName == spec.FullName && string.CompareOrdinal(other.FilePath, spec.FilePath) < 0)
            {
                diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.DuplicateClassName, spec.ClassNameLocation, spec.FullName, other.FilePath));
                return new LetterOutput(null, null, diagnostics.ToEquatableArray(), parsed.SeverityOverrides);
            }
        }

        try
        {
            cancellationToken.ThrowIfCancellationRequested();
            return new LetterOutput(spec.HintName, LetterEmitter.Emit(spec), diagnostics.ToEquatableArray(), parsed.SeverityOverrides);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.InternalError, spec.ClassNameLocation, ex.GetType().Name, ex.Message));
            return new LetterOutput(null, null, diagnostics.ToEquatableArray(), parsed.SeverityOverrides);
        }
    }

    public static void Report(SourceProductionContext context, LetterOutput output)
    {
        foreach (var diagnostic in output.Diagnostics)
        {
            var severity = diagnostic.Descriptor.DefaultSeverity;
            var setting = Find(output.SeverityOverrides, diagnostic.Descriptor.Id);
            if (setting is not null)
            {
                if (setting == "none")
                {
                    continue;
                }

                if (setting == "default")
                {
                    // Keeps the default severity; accepted so a folder can undo a parent folder's setting.
                }
                else if (TryParseSeverity(setting, out var overridden))
                {
                    severity = overridden;
                }
                else
                {
                    context.ReportDiagnostic(DiagnosticInfo.Create(DiagnosticDescriptors.InvalidSeverityOverride, diagnostic.Location, setting, LetterInputReader.SeverityKeyPrefix + diagnostic.Descriptor.Id + ".severity")
                        .ToDiagnostic(DiagnosticSeverity.Warning));
                }
            }

            context.ReportDiagnostic(diagnostic.ToDiagnostic(severity));
        }

        if (output.HintName is not null && output.Source is not null)
        {
            try
            {
                context.AddSource(output.HintName, output.Source);
            }
            catch (ArgumentException)
            {
                // The same file listed twice as an AdditionalFile yields the same hint name and the same source;
                // one copy is enough, and throwing here would fail the whole build with CS8785.
            }
        }
    }

    private static string? Find(EquatableArray<string> overrides, string id)
    {
        foreach (var entry in overrides)
        {
            if (entry.Length > id.Length && entry[id.Length] == '=' && entry.StartsWith(id, StringComparison.Ordinal))
            {
                return entry.Substring(id.Length + 1);
            }
        }

        return null;
    }

    private static bool TryParseSeverity(string value, out DiagnosticSeverity severity)
    {
        switch (value)
        {
            case "error": severity = DiagnosticSeverity.Error; return true;
            case "warning": severity = DiagnosticSeverity.Warning; return true;
            case "suggestion": severity = DiagnosticSeverity.Info; return true;
            case "silent": severity = DiagnosticSeverity.Hidden; return true;
            default: severity = default; return false;
        }
    }
}
