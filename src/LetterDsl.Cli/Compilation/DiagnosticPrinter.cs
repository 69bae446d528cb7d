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
            console.MarkupLine($"[{color}]{Markup.Escape(diagnostic.ToString())}[/]");
        }
    }

    /// <summary>"1 error, 2 warnings".</summary>
    public static string Count(IReadOnlyCollection<Diagnostic> diagnostics)
    {
        var errors = diagnostics.Count(d => d.Severity == DiagnosticSeverity.Error);
        var warnings = diagnostics.Count(d => d.Severity == DiagnosticSeverity.Warning);
        return $"{errors} error{(errors == 1 ? "" : "s")}, {warnings} warning{(warnings == 1 ? "" : "s")}";
    }
}
