using System;
using System.CommandLine;
using System.CommandLine.Help;
using System.Threading.Tasks;
using LetterDsl.Cli.Commands;
using Spectre.Console;

namespace LetterDsl.Cli;

/// <summary>
/// The <c>letterdsl</c> command line. Every failure ends as a message and an exit code (<see cref="ExitCodes"/>),
/// never a stack trace. Tests call <see cref="RunAsync"/> with a <see cref="CliConsole"/> of their own.
/// </summary>
public static class LetterDslCli
{
    public static async Task<int> RunAsync(string[] args, CliConsole console)
    {
        ArgumentNullException.ThrowIfNull(console);
        // A named command rather than RootCommand, whose name is the entry assembly's (LetterDsl.Cli), not the tool's.
        var root = new Command("letterdsl", "Render, check and watch LetterDsl .letter files without writing code.")
        {
            new HelpOption(),
            new VersionOption(),
            RenderCommand.Create(console),
            CheckCommand.Create(console),
            WatchCommand.Create(console),
        };

        var parse = root.Parse(args);
        if (parse.Errors.Count > 0)
        {
            foreach (var error in parse.Errors)
            {
                WriteError(console, error.Message);
            }

            console.Errors.MarkupLine("Run 'letterdsl --help' for the commands and their options.");
            return ExitCodes.InputError;
        }

        var configuration = new InvocationConfiguration
        {
            Output = console.Out,
            EnableDefaultExceptionHandler = false,
            // Ctrl+C cancels CliConsole.Stop, which watch handles itself to exit with 0.
            ProcessTerminationTimeout = null,
        };
        return await parse.InvokeAsync(configuration, console.Stop).ConfigureAwait(false);
    }

    /// <summary>Runs a command's work and turns every failure into a message and an exit code.</summary>
    internal static int Guard(CliConsole console, Func<int> action)
    {
        try
        {
            return action();
        }
        catch (Exception ex)
        {
            return Fail(console, ex);
        }
    }

    /// <inheritdoc cref="Guard"/>
    internal static async Task<int> GuardAsync(CliConsole console, Func<Task<int>> action)
    {
        try
        {
            return await action().ConfigureAwait(false);
        }
        catch (Exception ex)
        {
            return Fail(console, ex);
        }
    }

    private static int Fail(CliConsole console, Exception exception)
    {
        switch (exception)
        {
            case CliException known:
                WriteError(console, known.Message);
                return known.ExitCode;
            case OperationCanceledException when console.Stop.IsCancellationRequested:
                return ExitCodes.Ok;
            default:
                WriteError(console, $"letterdsl failed unexpectedly: {exception.GetType().Name}: {exception.Message}");
                return ExitCodes.InternalError;
        }
    }

    private static void WriteError(CliConsole console, string message)
    {
        foreach (var line in message.Split('\n'))
        {
            console.Errors.MarkupLine($"[red]error:[/] {Markup.Escape(line)}");
        }
    }
}
