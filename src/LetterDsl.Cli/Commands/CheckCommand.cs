using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Linq;
using LetterDsl.Cli.Compilation;
using Microsoft.CodeAnalysis;
using Spectre.Console;

namespace LetterDsl.Cli.Commands;

/// <summary>
/// <c>letterdsl check [folder]</c>: every letter's diagnostics as <c>dotnet build</c> reports them, and exit code 1 on
/// any error. Letters compile per project, as in the build: with <c>--project</c> in that project, else each with the
/// nearest project file above it.
/// </summary>
internal static class CheckCommand
{
    public static Command Create(CliConsole console)
    {
        var path = new Argument<string?>("path")
        {
            Description = "A folder to check with every .letter below it, or one .letter file (default: the project's folder with --project, else the current folder).",
            Arity = ArgumentArity.ZeroOrOne,
        };
        var project = new ProjectOptions();
        var command = new Command("check", "Report every letter's errors and warnings as the build would, without building.") { path };
        project.AddTo(command);
        command.SetAction(parse => LetterDslCli.Guard(console, () => Run(console, parse, parse.GetValue(path), project)));
        return command;
    }

    private static int Run(CliConsole console, ParseResult parse, string? pathArgument, ProjectOptions project)
    {
        var projectPath = project.Project(parse);
        var target = pathArgument ?? (projectPath is not null ? Path.GetDirectoryName(Path.GetFullPath(projectPath))! : ".");
        var letters = LetterFiles.Find(target);
        var context = projectPath is null ? null : project.Resolve(parse, target, console);

        var stopwatch = Stopwatch.StartNew();
        // Without --project, contexts hold no references, so letters of one project file compare equal and compile together.
        var groups = letters.GroupBy(letter => context ?? ProjectContext.Near(Path.GetDirectoryName(letter)!));
        var diagnostics = groups
            .SelectMany(group => new LetterCompiler(group.Key).Compile(group.ToList()).Diagnostics())
            .ToList();
        stopwatch.Stop();

        DiagnosticPrinter.Print(console.Messages, diagnostics);
        var failed = diagnostics.Any(d => d.Severity == DiagnosticSeverity.Error);
        var summary = string.Format(
            CultureInfo.InvariantCulture,
            "{0} letter{1} checked in {2} ms: {3}",
            letters.Count,
            letters.Count == 1 ? "" : "s",
            stopwatch.ElapsedMilliseconds,
            DiagnosticPrinter.Count(diagnostics));
        console.Messages.MarkupLine($"[{(failed ? "red" : "green")}]{Markup.Escape(summary)}[/]");
        return failed ? ExitCodes.LetterErrors : ExitCodes.Ok;
    }
}
