using System.CommandLine;

namespace LetterDsl.Cli.Commands;

/// <summary>The project options every command has, defined once so their names and help agree.</summary>
internal static class CommandOptions
{
    public static Option<string?> Project() => new("--project", "-p")
    {
        Description = "An app's project file: the tool builds it and lets letters use its types.",
        HelpName = "App.csproj",
    };

    public static Option<bool> NoBuild() => new("--no-build")
    {
        Description = "With --project, use the project's existing build output instead of building it.",
    };
}
