using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;

namespace LetterDsl.IntegrationTests;

/// <summary>A diagnostic as MSBuild prints it: <c>path(line,col): error ID: message [project]</c>.</summary>
public sealed record BuildDiagnostic(string File, int Line, int Column, string Severity, string Id);

public static partial class MsBuildOutput
{
    /// <summary>Every distinct diagnostic in the output; MSBuild repeats errors in its summary.</summary>
    public static IReadOnlyList<BuildDiagnostic> Diagnostics(string output) =>
        DiagnosticLine().Matches(output)
            .Select(m => new BuildDiagnostic(
                m.Groups["file"].Value.Trim(),
                int.Parse(m.Groups["line"].Value, System.Globalization.CultureInfo.InvariantCulture),
                int.Parse(m.Groups["column"].Value, System.Globalization.CultureInfo.InvariantCulture),
                m.Groups["severity"].Value,
                m.Groups["id"].Value))
            .Distinct()
            .ToList();

    /// <summary>The one diagnostic with <paramref name="id"/>; fails with the output when there is none or more than one.</summary>
    public static BuildDiagnostic Single(string output, string id)
    {
        var found = Diagnostics(output).Where(d => d.Id == id).ToList();
        Assert.True(found.Count == 1, $"Expected exactly one {id}, found {found.Count}:\n{output}");
        return found[0];
    }

    [GeneratedRegex(@"^\s*(?<file>[^\r\n]+?)\((?<line>\d+),(?<column>\d+)\): (?<severity>error|warning) (?<id>[A-Z]+[0-9]+):", RegexOptions.Multiline)]
    private static partial Regex DiagnosticLine();
}
