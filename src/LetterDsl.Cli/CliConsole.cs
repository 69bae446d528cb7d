using System;
using System.IO;
using System.Threading;
using Spectre.Console;

namespace LetterDsl.Cli;

/// <summary>
/// Where the tool writes. A rendered letter goes to <see cref="Out"/> untouched, byte for byte; messages and
/// diagnostics go through Spectre.Console for colour. Tests pass writers of their own.
/// </summary>
public sealed class CliConsole
{
    // Diagnostics are one line each, as a compiler prints them, so editors and hooks can parse them; Spectre would
    // otherwise break them at the terminal's width.
    private const int UnwrappedWidth = 10_000;

    private readonly Func<Stream> _openBinaryOut;

    private CliConsole(TextWriter output, Func<Stream> openBinaryOut, bool outputIsTerminal, IAnsiConsole messages, IAnsiConsole errors, CancellationToken stop)
    {
        Out = output;
        _openBinaryOut = openBinaryOut;
        OutIsTerminal = outputIsTerminal;
        Messages = messages;
        Errors = errors;
        Stop = stop;
    }

    /// <summary>Standard output, for the rendered letter.</summary>
    public TextWriter Out { get; }

    /// <summary>Whether standard output is a terminal, where binary output would be garbage.</summary>
    public bool OutIsTerminal { get; }

    /// <summary>Progress and diagnostics, on standard output.</summary>
    public IAnsiConsole Messages { get; }

    /// <summary>Errors, on standard error.</summary>
    public IAnsiConsole Errors { get; }

    /// <summary>Cancelled when a long-running command (watch) should stop, as on Ctrl+C.</summary>
    public CancellationToken Stop { get; }

    /// <summary>Standard output as a stream, for binary formats written to a pipe.</summary>
    public Stream OpenBinaryOut() => _openBinaryOut();

    /// <summary>The process's own console, with colour where the terminal supports it.</summary>
    public static CliConsole FromSystemConsole()
    {
        var stop = new CancellationTokenSource();
        Console.CancelKeyPress += (_, e) =>
        {
            // Let watch finish its current step and exit with 0 instead of being killed mid-write.
            e.Cancel = true;
            stop.Cancel();
        };
        return new CliConsole(
            Console.Out,
            Console.OpenStandardOutput,
            !Console.IsOutputRedirected,
            Create(Console.Out, AnsiSupport.Detect, ColorSystemSupport.Detect),
            Create(Console.Error, AnsiSupport.Detect, ColorSystemSupport.Detect),
            stop.Token);
    }

    /// <summary>A console over plain writers, without colour: what tests read.</summary>
    public static CliConsole ForWriters(TextWriter output, TextWriter error, Stream? binaryOut = null, CancellationToken stop = default) =>
        new(
            output,
            () => binaryOut ?? throw new InvalidOperationException("This console has no binary output."),
            outputIsTerminal: binaryOut is null,
            Create(output, AnsiSupport.No, ColorSystemSupport.NoColors),
            Create(error, AnsiSupport.No, ColorSystemSupport.NoColors),
            stop);

    private static IAnsiConsole Create(TextWriter writer, AnsiSupport ansi, ColorSystemSupport colors)
    {
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Ansi = ansi,
            ColorSystem = colors,
            Out = new AnsiConsoleOutput(writer),
        });
        console.Profile.Width = UnwrappedWidth;
        return console;
    }
}
