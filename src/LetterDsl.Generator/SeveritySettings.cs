using System;
using Microsoft.CodeAnalysis;

namespace LetterDsl.Generator;

/// <summary>The values of a <c>letterdsl_diagnostic.ID.severity</c> setting, read in one place for validation and for reporting.</summary>
internal static class SeveritySettings
{
    /// <summary>
    /// Reads a setting. <paramref name="severity"/> is null for <c>none</c> (the diagnostic is not reported) and the
    /// descriptor's own severity for <c>default</c>. Returns false for a value that is not a severity.
    /// </summary>
    public static bool TryParse(string value, DiagnosticSeverity defaultSeverity, out DiagnosticSeverity? severity)
    {
        switch (value)
        {
            case "none": severity = null; return true;
            case "default": severity = defaultSeverity; return true;
            case "error": severity = DiagnosticSeverity.Error; return true;
            case "warning": severity = DiagnosticSeverity.Warning; return true;
            case "suggestion": severity = DiagnosticSeverity.Info; return true;
            case "silent": severity = DiagnosticSeverity.Hidden; return true;
            default: severity = defaultSeverity; return false;
        }
    }

    /// <summary>The setting for <paramref name="id"/> among "ID=value" entries, or null.</summary>
    public static string? Find(Model.EquatableArray<string> settings, string id)
    {
        foreach (var entry in settings)
        {
            if (entry.Length > id.Length && entry[id.Length] == '=' && entry.StartsWith(id, StringComparison.Ordinal))
            {
                return entry.Substring(id.Length + 1);
            }
        }

        return null;
    }
}
