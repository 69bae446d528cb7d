using System;
using System.Collections.Generic;
using System.Text;

namespace LetterDsl.Generator.Tests.Reliability;

/// <summary>
/// Breaks a letter in the ways editing, copying and bad encodings do: flipped bytes, lost and repeated lines, stray
/// template syntax and Unicode, changed line endings, very long lines and random directives. Every choice comes from
/// the <see cref="Random"/> it is given, so a case is replayed from its seed alone.
/// </summary>
internal static class LetterMutator
{
    /// <summary>Fragments of the letter syntax and of text that often trips up parsers and code emitters.</summary>
    private static readonly string[] s_fragments =
    {
        "{{", "}}", "{{~", "~}}", "{{{{", "@", "@@", "@*", "|", "**", "*", "***", "- ", "1. ", "  ",
        "{{ if Flag }}", "{{ else }}", "{{ end }}", "{{ for x in Items }}", "{{ x }}", "{{ Session | ordinal }}",
        "{{ Date:d MMMM yyyy }}", "{{ Missing.Member }}", "{{ | }}", "{{ }}", "{{ if }}", "{{ end }}{{ end }}",
        "\u200F", "\u202E", "\u200E", "\uD800", "\uDFFF", "\0", "\uFEFF", "\u2028", "\u2029", "\u0085",
        "\r\n", "\r", "\n", "\t", "\"", "\"\"\"", "\\", "*/", "/*", "#line 1", "{", "}", "'", "<script>", "🎉",
    };

    /// <summary>Directive names: every real one, near misses, and nonsense.</summary>
    private static readonly string[] s_directiveNames =
    {
        "letter", "namespace", "culture", "summary", "param", "using", "place", "date", "to", "subject", "salutation",
        "closing", "signatory", "signatories", "cc", "enclosure", "ps", "Letter", "parm", "dat", "x", "if", "end",
    };

    /// <summary>Values a directive may be given: valid ones, broken ones and C# that should never reach the output.</summary>
    private static readonly string[] s_directiveValues =
    {
        "", "Name", "Session: int", "Flag: bool", "Items: IReadOnlyList<string>", "X: int = \"a\"", "Y: string = null",
        "Z: List<", "class: int", "W: int = 1; } class Evil {", "V: string = \"\\\"\"", "en-GB", "xx-YY", "tr-TR",
        "2020-02-30", "2020-12-07", "7 December 2020", "{{ Date }}", "A | B | C | D", "| Title", "Some.Name.Space",
        "global::X", "{{ Signers }}", "1abc", "@", "{{ if Flag }}x{{ end }}",
    };

    public static string Mutate(string letter, Random random, List<string> log)
    {
        var operations = 1 + random.Next(4);
        for (var i = 0; i < operations; i++)
        {
            var operation = random.Next(10);
            log.Add(Name(operation));
            letter = operation switch
            {
                0 => FlipBytes(letter, random),
                1 => EditLines(letter, random, duplicate: false),
                2 => EditLines(letter, random, duplicate: true),
                3 => Insert(letter, random, Pick(s_fragments, random)),
                4 => Insert(letter, random, Fragments(random, 2 + random.Next(12))),
                5 => random.Next(3) == 0 ? letter.Replace("\n", "\r") : letter.Replace("\r\n", "\n").Replace("\n", "\r\n"),
                6 => Insert(letter, random, LongLine(random)),
                7 => InsertLine(letter, random, DirectiveSoup(random)),
                8 => letter.Substring(0, random.Next(letter.Length + 1)),
                _ => SwapLines(letter, random),
            };
        }

        return letter;
    }

    private static string Name(int operation) => operation switch
    {
        0 => "flip-bytes",
        1 => "delete-lines",
        2 => "duplicate-lines",
        3 => "insert-fragment",
        4 => "insert-fragments",
        5 => "line-endings",
        6 => "long-line",
        7 => "directive-soup",
        8 => "truncate",
        _ => "swap-lines",
    };

    private static string Pick(string[] items, Random random) => items[random.Next(items.Length)];

    private static string Fragments(Random random, int count)
    {
        var builder = new StringBuilder();
        for (var i = 0; i < count; i++)
        {
            builder.Append(Pick(s_fragments, random));
            if (random.Next(3) == 0)
            {
                builder.Append(' ');
            }
        }

        return builder.ToString();
    }

    /// <summary>Flips bits in the UTF-8 bytes, as a damaged file would, and decodes them again, replacing invalid sequences.</summary>
    private static string FlipBytes(string letter, Random random)
    {
        var bytes = Encoding.UTF8.GetBytes(letter);
        if (bytes.Length == 0)
        {
            return letter;
        }

        var flips = 1 + random.Next(8);
        for (var i = 0; i < flips; i++)
        {
            bytes[random.Next(bytes.Length)] ^= (byte)(1 << random.Next(8));
        }

        return Encoding.UTF8.GetString(bytes);
    }

    private static string EditLines(string letter, Random random, bool duplicate)
    {
        var lines = new List<string>(letter.Split('\n'));
        var start = random.Next(lines.Count);
        var count = Math.Min(1 + random.Next(3), lines.Count - start);
        if (duplicate)
        {
            lines.InsertRange(start, lines.GetRange(start, count));
        }
        else
        {
            lines.RemoveRange(start, count);
        }

        return string.Join("\n", lines);
    }

    private static string SwapLines(string letter, Random random)
    {
        var lines = letter.Split('\n');
        var a = random.Next(lines.Length);
        var b = random.Next(lines.Length);
        (lines[a], lines[b]) = (lines[b], lines[a]);
        return string.Join("\n", lines);
    }

    private static string Insert(string letter, Random random, string text) => letter.Insert(random.Next(letter.Length + 1), text);

    private static string InsertLine(string letter, Random random, string line)
    {
        var lines = new List<string>(letter.Split('\n'));
        lines.Insert(random.Next(lines.Count + 1), line);
        return string.Join("\n", lines);
    }

    /// <summary>One line of 2,000 to 50,000 characters built from one repeated fragment or from a mix.</summary>
    private static string LongLine(Random random)
    {
        var length = 2_000 + random.Next(48_000);
        var builder = new StringBuilder(length + 64);
        var single = random.Next(2) == 0 ? Pick(s_fragments, random) : null;
        while (builder.Length < length)
        {
            builder.Append(single ?? Pick(s_fragments, random)).Append(random.Next(4) == 0 ? " word" : "");
        }

        return builder.ToString();
    }

    private static string DirectiveSoup(Random random)
    {
        var builder = new StringBuilder();
        var lines = 1 + random.Next(6);
        for (var i = 0; i < lines; i++)
        {
            builder.Append('@').Append(Pick(s_directiveNames, random)).Append(' ').Append(Pick(s_directiveValues, random));
            if (random.Next(3) == 0)
            {
                builder.Append(' ').Append(Fragments(random, 1 + random.Next(3)));
            }

            if (i + 1 < lines)
            {
                builder.Append('\n');
            }
        }

        return builder.ToString();
    }
}
