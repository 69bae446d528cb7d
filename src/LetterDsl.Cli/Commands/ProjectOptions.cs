using System.CommandLine;
using LetterDsl.Cli.Compilation;

namespace LetterDsl.Cli.Commands;

/// <summary>The options every command has for letters that use an app's types: <c>--project</c>, <c>--no-build</c>, <c>--configuration</c>.</summary>
internal sealed class ProjectOptions
{
    private readonly Option<string?> _project = new("--project", "-p")
    {
        Description = "An app's project file: the tool builds it and lets letters use its types.",
        HelpName = "App.csproj",
    };

    private readonly Option<bool> _noBuild = new("--no-build")
    {
        Description = "With --project, use the project's existing build output instead of building it.",
    };

    private readonly Option<string> _configuration = new("--configuration", "-c")
    {
        Description = "With --project, the configuration to build or read.",
        HelpName = "Debug|Release",
        DefaultValueFactory = _ => "Debug",
    };

    public void AddTo(Command command)
    {
        command.Add(_project);
        command.Add(_noBuild);
        command.Add(_configuration);
    }

    /// <summary>The project file <c>--project</c> names, or null.</summary>
    public string? Project(ParseResult parse) => parse.GetValue(_project);

    /// <summary>The context for letters in <paramref name="nearDirectory"/>: the <c>--project</c> one, built, or the nearest project file's.</summary>
    public ProjectContext Resolve(ParseResult parse, string nearDirectory, CliConsole console) =>
        ProjectContexts.Resolve(parse.GetValue(_project), parse.GetValue(_noBuild), parse.GetValue(_configuration)!, nearDirectory, console);
}
