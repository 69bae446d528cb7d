using System.CommandLine;
using LetterDsl.Cli.Compilation;
using Spectre.Console;

namespace LetterDsl.Cli.Commands;

/// <summary><c>letterdsl render Letter.letter [--values v.json] [--format f] [--out file]</c>: the letter, as its generated class renders it.</summary>
internal static class RenderCommand
{
    public static Command Create(CliConsole console)
    {
        var options = new RenderOptions(
            "The .letter file to render.",
            "text",
            "Write the letter to this file instead of standard output (required for docx and pdf on a terminal).");
        var command = options.AddTo(new Command("render", "Render a letter with values from JSON, exactly as its generated class does."));
        command.SetAction(parse => LetterDslCli.Guard(console, () => Run(console, options.Resolve(parse, console))));
        return command;
    }

    private static int Run(CliConsole console, RenderSetup setup)
    {
        var rendered = setup.Renderer.Render(out var diagnostics);

        // Standard output carries the letter; what the build reported goes to standard error.
        DiagnosticPrinter.Print(console.Errors, diagnostics);
        if (rendered is null)
        {
            throw CliException.LetterErrors($"{DisplayPath.Of(setup.Renderer.LetterPath)} does not build ({DiagnosticPrinter.Count(diagnostics)}); nothing was rendered.");
        }

        rendered.Write(setup.Out, console);
        if (setup.Out is not null)
        {
            console.Errors.MarkupLine($"Wrote {Markup.Escape(DisplayPath.Of(setup.Out))}");
        }

        return ExitCodes.Ok;
    }
}
