using System.Collections.Generic;
using System.IO;
using System.Net;
using LetterDsl;

namespace CoalitionLetters;

/// <summary>
/// Several letters on one HTML page. Each letter's own <c>ToHtml()</c> is a complete document, so printing two of them
/// one after the other would not be a valid page; the page embeds each letter as a fragment instead and brings its own
/// styles, as <see cref="HtmlOptions.FragmentOnly"/> intends.
/// </summary>
public static class HtmlPage
{
    private const string Styles = """
        body { margin: 0; padding: 2em; background: #eee; color: #111; }
        .letter { font-family: Georgia, "Times New Roman", serif; font-size: 12pt; line-height: 1.45; max-width: 40em; margin: 0 auto 2em; padding: 2.5em; background: #fff; box-shadow: 0 0 4px #999; }
        .letter p, .letter address { margin: 0 0 1em; }
        .letter address { font-style: normal; }
        .letter-signatures { display: flex; flex-wrap: wrap; gap: 1.5em 3em; padding-top: 4em; }
        .letter-signatory-name { font-weight: bold; }
        @media print { body { padding: 0; background: #fff; } .letter { box-shadow: none; margin: 0; padding: 0; break-after: page; } }

        """;

    /// <summary>Writes one complete HTML document titled <paramref name="title"/> holding <paramref name="letters"/> in order.</summary>
    public static void Write(TextWriter output, string title, IEnumerable<ILetter> letters)
    {
        output.Write("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<title>");
        output.Write(WebUtility.HtmlEncode(title));
        output.Write("</title>\n<style>\n");
        output.Write(Styles);
        output.Write("</style>\n</head>\n<body>\n");
        foreach (var letter in letters)
        {
            output.Write(LetterRendering.ToHtml(letter, new HtmlOptions { FragmentOnly = true }));
        }

        output.Write("</body>\n</html>\n");
    }
}
