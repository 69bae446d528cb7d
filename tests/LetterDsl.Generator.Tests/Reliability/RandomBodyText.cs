using System;
using System.Collections.Generic;
using System.Text;

namespace LetterDsl.Generator.Tests.Reliability;

/// <summary>
/// Random body text that holds no Markdown syntax, so a letter made of it must render as plain text unchanged.
/// It is full of what trips up code emitters: quotes, backslashes, single braces, <c>"""</c>, <c>*/</c>,
/// <c>#line</c>, tabs, RTL text and marks, astral characters, and both CRLF and LF line endings.
/// </summary>
internal static class RandomBodyText
{
    /// <summary>
    /// Words that may appear anywhere in a line. None starts a list item, a directive or a placeholder, and the only
    /// '*' is in "*/", always after white space, so it can open emphasis but nothing can close it ("/*" would).
    /// </summary>
    private static readonly string[] s_words =
    {
        "letter", "Excellency", "Rome", "1998", "ASP-19", "a-b", "x@y.org", "#line", "#line 1 \"evil.cs\"", "#if", "\"", "\"quoted\"",
        "'", "it's", "\\", "back\\slash", "\\n", "\\u0041", "{", "}", "{0}", "(", ")", "[x]", "<b>", "&amp;", "&", "%s", "$", "^",
        "`", "~", "|", "_", "=", "+", "\"\"\"", "\"\"\"raw\"\"\"", "*/", "//", "@", "#", "!", "?", ";", ":", ",", ".",
        "café", "naïve", "e\u0301", "日本", "שלום", "مرحبا", "\u200F", "\u200E", "\u202E", "\u202Cx", "\u00A0", "🎉", "𝄞", "😀",
        "Ω", "ß", "İ", "ı", "\uFEFF", "\u2028", "\u0085", "\0",
    };

    /// <summary>A body of <paramref name="paragraphs"/> paragraphs (as written in the letter) and the text that ToText must give back for it.</summary>
    public static (string Body, string Expected) Create(Random random, int paragraphs)
    {
        var body = new StringBuilder();
        var expected = new StringBuilder();
        for (var p = 0; p < paragraphs; p++)
        {
            if (p > 0)
            {
                body.Append(LineEnd(random));
                expected.Append("\n\n");
            }

            var lines = 1 + random.Next(4);
            for (var l = 0; l < lines; l++)
            {
                var line = Line(random);
                body.Append(line).Append(LineEnd(random));

                // A line's edges lose their white space, Unicode's included (char.IsWhiteSpace: NBSP, U+0085, U+2028).
                expected.Append(l > 0 ? " " : "").Append(line.Trim());
            }
        }

        return (body.ToString(), expected.ToString());
    }

    private static string LineEnd(Random random) => random.Next(2) == 0 ? "\n" : "\r\n";

    private static string Line(Random random)
    {
        var words = new List<string>();
        var count = 1 + random.Next(15);
        for (var i = 0; i < count; i++)
        {
            words.Add(s_words[random.Next(s_words.Length)]);
        }

        var line = new StringBuilder(words[0]);
        for (var i = 1; i < words.Count; i++)
        {
            line.Append(random.Next(6) switch { 0 => "\t", 1 => "  ", _ => " " }).Append(words[i]);
        }

        // A line of white space alone would end the paragraph.
        return line.ToString().Trim().Length == 0 ? line.Append(" letter").ToString() : line.ToString();
    }
}
