namespace LetterDsl.Cli;

/// <summary>What the tool's exit code means; <c>docs/cli.md</c> lists the same table.</summary>
public static class ExitCodes
{
    /// <summary>The command did what it was asked.</summary>
    public const int Ok = 0;

    /// <summary>A letter has errors: it does not build, so there is nothing to render.</summary>
    public const int LetterErrors = 1;

    /// <summary>The command line or its input is wrong: a missing file, bad JSON, a value of the wrong type, an unknown format.</summary>
    public const int InputError = 2;

    /// <summary>The tool itself failed in a way it did not expect; the message says what happened.</summary>
    public const int InternalError = 3;
}
