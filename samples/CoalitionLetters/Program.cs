using System;
using System.Collections.Generic;
using CoalitionLetters.Letters;
using LetterDsl;

namespace CoalitionLetters;

/// <summary>Prints the two seed letters, rebuilt from typed parameters, in the format asked for.</summary>
public static class Program
{
    public static int Main(string[] args)
    {
        var format = LetterFormat.Markdown;
        for (var i = 0; i < args.Length; i++)
        {
            if (args[i] is "--format" or "-f" && i + 1 < args.Length && TryParseFormat(args[i + 1], out var parsed))
            {
                format = parsed;
                i++;
            }
            else if (args[i] is "--help" or "-h")
            {
                Console.WriteLine("Usage: CoalitionLetters [--format text|markdown|html]");
                return 0;
            }
            else
            {
                Console.Error.WriteLine($"Unknown or incomplete argument '{args[i]}'. Usage: CoalitionLetters [--format text|markdown|html]");
                return 2;
            }
        }

        var first = true;
        foreach (var letter in SeedLetters.All())
        {
            if (!first)
            {
                Console.Out.Write(format == LetterFormat.Html ? "\n" : "\n---\n\n");
            }

            letter.WriteTo(Console.Out, format);
            first = false;
        }

        return 0;
    }

    private static bool TryParseFormat(string value, out LetterFormat format)
    {
        switch (value.ToLowerInvariant())
        {
            case "text": format = LetterFormat.Text; return true;
            case "markdown" or "md": format = LetterFormat.Markdown; return true;
            case "html": format = LetterFormat.Html; return true;
            default: format = default; return false;
        }
    }
}
