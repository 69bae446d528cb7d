using System;
using CoalitionLetters.Letters;
using LetterDsl;
using LetterDsl.Docx;
using LetterDsl.Pdf;
using Spectre.Console;

namespace CoalitionLetters;

/// <summary>
/// Prints the two seed letters, rebuilt from typed parameters, in the format asked for (or, with
/// <c>--letters layouts</c>, the three letters that show the UN, DIN 5008 and US business layouts); or, with
/// <c>--recipients</c>, writes the personalised appeal once per recipient of a CSV file.
/// </summary>
public static class Program
{
    private const string Usage = "Usage: CoalitionLetters [--letters seeds|layouts] [--format text|markdown|html] | --recipients <csv> --out <dir> [--format html|docx|pdf|text|markdown] [--single-file]";

    public static int Main(string[] args)
    {
        string? formatName = null;
        string? recipients = null;
        string? output = null;
        string letters = "seeds";
        bool singleFile = false;
        for (var i = 0; i < args.Length; i++)
        {
            if (args[i] is "--format" or "-f" && i + 1 < args.Length)
            {
                formatName = args[++i].ToLowerInvariant();
            }
            else if (args[i] == "--recipients" && i + 1 < args.Length)
            {
                recipients = args[++i];
            }
            else if (args[i] == "--letters" && i + 1 < args.Length && args[i + 1] is "seeds" or "layouts")
            {
                letters = args[++i];
            }
            else if (args[i] == "--out" && i + 1 < args.Length)
            {
                output = args[++i];
            }
            else if (args[i] == "--single-file")
            {
                singleFile = true;
            }
            else if (args[i] is "--help" or "-h")
            {
                Console.WriteLine(Usage);
                return 0;
            }
            else
            {
                Console.Error.WriteLine($"Unknown or incomplete argument '{args[i]}'. {Usage}");
                return 2;
            }
        }

        if (recipients is not null || output is not null)
        {
            if (recipients is null || output is null)
            {
                Console.Error.WriteLine($"--recipients and --out go together. {Usage}");
                return 2;
            }

            ILetterFileRenderer? renderer = formatName switch
            {
                null or "html" => LetterFileRenderer.Html,
                "docx" => DocxFileRenderer.Default,
                "pdf" => PdfFileRenderer.Default,
                _ => TryParseFormat(formatName, out var fileFormat) ? LetterFileRenderer.For(fileFormat) : null,
            };
            if (renderer is null)
            {
                Console.Error.WriteLine($"Unknown format '{formatName}'. {Usage}");
                return 2;
            }

            if (singleFile)
            {
                // One file of every letter is what a print shop wants; only PDF can hold several letters.
                if (renderer != PdfFileRenderer.Default)
                {
                    Console.Error.WriteLine($"--single-file needs --format pdf. {Usage}");
                    return 2;
                }

                return MergeCommand.RunSingleFile(recipients, output, AnsiConsole.Console);
            }

            return MergeCommand.Run(recipients, output, renderer, AnsiConsole.Console);
        }

        if (singleFile)
        {
            Console.Error.WriteLine($"--single-file needs --recipients, --out and --format pdf. {Usage}");
            return 2;
        }

        var format = LetterFormat.Markdown;
        if (formatName is not null && !TryParseFormat(formatName, out format))
        {
            Console.Error.WriteLine($"Unknown format '{formatName}' for printing (docx and pdf need --recipients and --out). {Usage}");
            return 2;
        }

        if (format == LetterFormat.Html)
        {
            HtmlPage.Write(Console.Out, "Coalition letters", SeedLetters.All());
            return 0;
        }

        var first = true;
        foreach (var letter in letters == "layouts" ? LayoutLetters.All() : SeedLetters.All())
        {
            if (!first)
            {
                Console.Out.Write("\n---\n\n");
            }

            letter.WriteTo(Console.Out, format);
            first = false;
        }

        return 0;
    }

    private static bool TryParseFormat(string value, out LetterFormat format)
    {
        switch (value)
        {
            case "text": format = LetterFormat.Text; return true;
            case "markdown" or "md": format = LetterFormat.Markdown; return true;
            case "html": format = LetterFormat.Html; return true;
            default: format = default; return false;
        }
    }
}
