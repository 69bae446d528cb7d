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
    /// <summary>Emits the letter's class. It depends on this letter alone, so editing one letter re-emits only that one.</summary>
    public static LetterOutput Emit(LetterParseResult parsed, CancellationToken cancellationToken)
    {
        var spec = parsed.Spec;
        if (spec is null)
        {
            return new LetterOutput(null, null, null, parsed.Diagnostics, parsed.SeverityOverrides);
        }

        var identity = new LetterIdentity(spec.FullName, spec.FilePath, spec.ClassNameLocation);
        try
        {
            cancellationToken.ThrowIfCancellationRequested();
            return new LetterOutput(identity, spec.HintName, LetterEmitter.Emit(spec), parsed.Diagnostics, parsed.SeverityOverrides);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            var diagnostics = parsed.Diagnostics.AsImmutableArray().Add(DiagnosticInfo.Create(DiagnosticDescriptors.InternalError, spec.ClassNameLocation, ex.GetType().Name, ex.Message));
            return new LetterOutput(identity, null, null, diagnostics.ToEquatableArray(), parsed.SeverityOverrides);
        }
    }

    /// <summary>
    /// Withholds a letter whose class name an earlier letter (by path) already has: the user sees one LTR023 instead of a
    /// duplicate-type error in generated code. This step is cheap, so a change to the set of letters costs no re-emit.
    /// </summary>
    public static LetterOutput WithoutDuplicate(LetterOutput output, EquatableArray<LetterIdentity> allLetters)
    {
        if (output.Identity is not { } identity)
        {
            return output;
        }

        foreach (var other in allLetters)
        {
            if (other.FullName == identity.FullName && string.CompareOrdinal(other.FilePath, identity.FilePath) < 0)
            {
                var diagnostics = output.Diagnostics.AsImmutableArray().Add(DiagnosticInfo.Create(DiagnosticDescriptors.DuplicateClassName, identity.ClassNameLocation, identity.FullName, other.FilePath));
                return output with { HintName = null, Source = null, Diagnostics = diagnostics.ToEquatableArray() };
            }
        }

        return output;
    }

    public static void Report(SourceProductionContext context, LetterOutput output)
    {
        foreach (var diagnostic in output.Diagnostics)
        {
            var severity = (DiagnosticSeverity?)diagnostic.Descriptor.DefaultSeverity;
            if (SeveritySettings.Find(output.SeverityOverrides, diagnostic.Descriptor.Id) is { } setting)
            {
                // An invalid value was reported once by the parser (LTR036) and leaves the default severity.
                SeveritySettings.TryParse(setting, diagnostic.Descriptor.DefaultSeverity, out severity);
            }

            if (severity is { } effective)
            {
                context.ReportDiagnostic(diagnostic.ToDiagnostic(effective));
            }
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
}
