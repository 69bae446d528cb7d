using System;

namespace LetterDsl.Cli;

/// <summary>
/// A failure the user can act on. The commands throw it from any depth; <see cref="LetterDslCli"/> prints its message,
/// never a stack trace, and exits with its code.
/// </summary>
internal sealed class CliException : Exception
{
    private CliException(string message, int exitCode)
        : base(message) => ExitCode = exitCode;

    public int ExitCode { get; }

    /// <summary>Bad input: a missing file, bad JSON, a wrong value, an unknown option value.</summary>
    public static CliException Input(string message) => new(message, ExitCodes.InputError);

    /// <summary>A letter that does not build; its diagnostics were printed already.</summary>
    public static CliException LetterErrors(string message) => new(message, ExitCodes.LetterErrors);
}
