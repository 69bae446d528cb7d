using System.CommandLine;
using System.IO;
using LetterDsl.Cli.Compilation;
using LetterDsl.Cli.Rendering;

namespace LetterDsl.Cli.Commands;

/// <summary>The letter, values, format and project options that render and watch share, and what they resolve to.</summary>
internal sealed class RenderOptions
{
    private readonly Argument<string> _letter;
    private readonly Option<string?> _values = new("--values")
    {
        Description = "A JSON file with the letter's parameters (default: Name.values.json beside the letter).",
        HelpName = "file.json",
    };

    private readonly Option<string> _format;
    private readonly Option<string?> _out;
    private readonly Option<int?> _width = new("--width")
    {
        Description = "Wrap plain text at this column (text format only).",
        HelpName = "columns",
    };

    private readonly ProjectOptions _project = new();

    public RenderOptions(string letterDescription, string defaultFormat, string outDescription)
    {
        _letter = new Argument<string>("letter") { Description = letterDescription };
        _format = new Option<string>("--format", "-f")
        {
            Description = "The output format.",
            HelpName = OutputFormats.Names,
            DefaultValueFactory = _ => defaultFormat,
        };
        _out = new Option<string?>("--out", "-o") { Description = outDescription, HelpName = "file" };
    }

    public Command AddTo(Command command)
    {
        command.Add(_letter);
        foreach (var option in new Option[] { _values, _format, _out, _width })
        {
            command.Add(option);
        }

        _project.AddTo(command);

        return command;
    }

    /// <summary>
    /// Checks the options in the order a user fixes them (format, width, letter file) and sets up the renderer, building
    /// the project first when <c>--project</c> asks for it.
    /// </summary>
    public RenderSetup Resolve(ParseResult parse, CliConsole console)
    {
        var format = OutputFormats.Parse(parse.GetValue(_format)!);
        var width = parse.GetValue(_width);
        if (width is < 1)
        {
            throw CliException.Input($"--width: {width} is not a column; use 1 or more.");
        }

        if (width is not null && format != OutputFormat.Text)
        {
            throw CliException.Input("--width applies to --format text only.");
        }

        var letterPath = LetterFiles.Require(parse.GetValue(_letter)!);
        var context = _project.Resolve(parse, Path.GetDirectoryName(letterPath)!, console);
        return new RenderSetup(new LetterRenderer(new LetterCompiler(context), letterPath, parse.GetValue(_values), format, width), format, parse.GetValue(_out));
    }
}

/// <summary>A letter ready to render, in <paramref name="Format"/>, to <paramref name="Out"/> or the command's default.</summary>
internal sealed record RenderSetup(LetterRenderer Renderer, OutputFormat Format, string? Out);
