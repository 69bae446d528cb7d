using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Spectre.Console;

namespace LetterDsl.Cli.Compilation;

/// <summary>Prints diagnostics as the compiler does, <c>path(line,col): error ID: message</c>, errors in red and warnings in yellow.</summary>
internal static class DiagnosticPrinter
{
    public static void Print(IAnsiConsole console, IEnumerable<Diagnostic> diagnostics)
    {
        foreach (var diagnostic in diagnostics)
        {
            var color = diagnostic.Severity == DiagnosticSeverity.Error ? "red" : "yellow";
            console.MarkupLine($"[{color}]{Markup.Escape(Format(diagnostic))}[/]");
        }
    }

    /// <summary>
    /// The line csc prints: Roslyn's own format, plus the help link in parentheses for diagnostics that are not the
    /// compiler's own, so each line equals the build's.
    /// </summary>
    public static string Format(Diagnostic diagnostic)
    {
        var line = diagnostic.ToString();
        var link = diagnostic.Descriptor.HelpLinkUri;
        return string.IsNullOrEmpty(link) || diagnostic.Id.StartsWith("CS", System.StringComparison.Ordinal) ? line : $"{line} ({link})";
    }

    /// <summary>"1 error, 2 warnings".</summary>
    public static string Count(IReadOnlyCollection<Diagnostic> diagnostics)
    {
        var errors = diagnostics.Count(d => d.Severity == DiagnosticSeverity.Error);
        var warnings = diagnostics.Count(d => d.Severity == DiagnosticSeverity.Warning);
        return $"{errors} error{(errors == 1 ? "" : "s")}, {warnings} warning{(warnings == 1 ? "" : "s")}";
    }
}
