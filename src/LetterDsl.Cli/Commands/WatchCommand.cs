using System;
using System.CommandLine;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using LetterDsl.Cli.Compilation;
using LetterDsl.Cli.Rendering;
using LetterDsl.Cli.Watching;
using Spectre.Console;

namespace LetterDsl.Cli.Commands;

/// <summary>
/// <c>letterdsl watch Letter.letter</c>: renders the letter into a preview file on every save of the letter or its
/// values, and shows the diagnostics instead while the letter is broken. Ctrl+C stops it with exit code 0.
/// </summary>
internal static class WatchCommand
{
    public static Command Create(CliConsole console)
    {
        var options = new RenderOptions(
            "The .letter file to watch.",
            "html",
            "The preview file (default: Name.html in a letterdsl-preview folder under the temp folder).");
        var command = options.AddTo(new Command("watch", "Re-render a letter into a preview file on every save; an HTML preview reloads itself."));
        command.SetAction((parse, _) => LetterDslCli.GuardAsync(console, () => RunAsync(console, options.Resolve(parse, console))));
        return command;
    }

    private static async Task<int> RunAsync(CliConsole console, RenderSetup setup)
    {
        var renderer = setup.Renderer;
        var preview = new LivePreview(setup.Out ?? DefaultPreviewPath(renderer.LetterPath, setup.Format), setup.Format);

        console.Messages.MarkupLine($"Preview: [link]{Markup.Escape(new Uri(preview.Path).AbsoluteUri)}[/]");
        // The first render loads and JIT-compiles Roslyn, which takes a second or two; later ones reuse it.
        console.Messages.Status().Start($"Loading the compiler and rendering {Markup.Escape(Path.GetFileName(renderer.LetterPath))}…", _ => Render(console, renderer, preview));
        console.Messages.MarkupLine($"Watching {Markup.Escape(DisplayPath.Of(renderer.LetterPath))} and {Markup.Escape(DisplayPath.Of(renderer.ValuesPath))}; press Ctrl+C to stop.");

        using var changes = new FileChanges(new[] { renderer.LetterPath, renderer.ValuesPath });
        try
        {
            while (true)
            {
                await changes.WaitAsync(console.Stop).ConfigureAwait(false);
                Render(console, renderer, preview);
            }
        }
        catch (OperationCanceledException) when (console.Stop.IsCancellationRequested)
        {
            console.Messages.MarkupLine("Stopped watching.");
            return ExitCodes.Ok;
        }
    }

    /// <summary>One render: the letter into the preview, or its problems into the preview and the console. It never throws for the letter's faults, so watching goes on.</summary>
    private static void Render(CliConsole console, LetterRenderer renderer, LivePreview preview)
    {
        var name = Markup.Escape(Path.GetFileName(renderer.LetterPath));
        var stopwatch = Stopwatch.StartNew();
        try
        {
            var rendered = renderer.Render(out var diagnostics, console.Stop);
            if (rendered is null)
            {
                stopwatch.Stop();
                DiagnosticPrinter.Print(console.Messages, diagnostics);
                preview.ShowProblems($"{Path.GetFileName(renderer.LetterPath)} does not build", diagnostics.Select(DiagnosticPrinter.Format));
                console.Messages.MarkupLine($"[red]✗[/] {name} does not build ({DiagnosticPrinter.Count(diagnostics)}), checked in {stopwatch.ElapsedMilliseconds} ms; the preview shows the diagnostics.");
                return;
            }

            DiagnosticPrinter.Print(console.Messages, diagnostics);
            preview.ShowLetter(rendered);
            stopwatch.Stop();
            console.Messages.MarkupLine($"[green]✓[/] {name} rendered in {stopwatch.ElapsedMilliseconds} ms");
        }
        catch (CliException ex)
        {
            preview.ShowProblems($"{Path.GetFileName(renderer.LetterPath)} cannot be rendered", ex.Message.Split('\n'));
            console.Messages.MarkupLine($"[red]✗[/] {Markup.Escape(ex.Message)}");
        }
    }

    private static string DefaultPreviewPath(string letterPath, OutputFormat format) =>
        Path.Combine(Path.GetTempPath(), "letterdsl-preview", Path.GetFileNameWithoutExtension(letterPath) + OutputFormats.Extension(format));
}
