using System.Collections.Generic;
using System.Linq;
using Spectre.Console;

namespace LetterDsl.Cli.Compilation;

/// <summary>Picks the project context for a command: the one <c>--project</c> names, built, or the nearest project file, read.</summary>
internal static class ProjectContexts
{
    public static ProjectContext Resolve(string? projectOption, bool noBuild, string configuration, string nearDirectory, CliConsole console)
    {
        if (projectOption is null)
        {
            return ProjectContext.Near(nearDirectory);
        }

        // The spinner goes to standard error: standard output may be carrying the letter.
        var verb = noBuild ? "Reading" : "Building";
        var warnings = new List<string>();
        var context = console.Errors.Status().Start($"{verb} {Markup.Escape(DisplayPath.Of(projectOption))}…", _ => ProjectBuilder.Load(projectOption, build: !noBuild, configuration, warnings.Add));
        foreach (var line in warnings.SelectMany(warning => warning.Split('\n')))
        {
            console.Errors.MarkupLine($"[yellow]warning:[/] {Markup.Escape(line)}");
        }

        return context;
    }
}
