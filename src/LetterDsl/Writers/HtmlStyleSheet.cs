using System;
using System.Globalization;

namespace LetterDsl.Writers;

/// <summary>
/// The print CSS of an HTML letter: the base styles, and the rules that place the parts of a layout on the page
/// from its <see cref="LetterGeometry"/>, so the HTML follows the same figures as Word and PDF.
/// </summary>
internal static class HtmlStyleSheet
{
    private const string Base = """
        body { margin: 0; background: #fff; color: #111; }
        .letter { font-family: Georgia, Cambria, "Times New Roman", Times, serif; font-size: 12pt; line-height: 1.45; max-width: 40em; margin: 0 auto; }
        .letter p, .letter address { margin: 0 0 1em; }
        .letter address { font-style: normal; }
        .letter-date { margin-bottom: 2em; }
        .letter-recipient { margin-bottom: 2em; }
        .letter-subject { margin: 1.5em 0; }
        .letter ul, .letter ol { margin: 0 0 1em; padding-left: 1.75em; }
        .letter li { margin: 0 0 0.4em; }
        .letter-closing { margin-top: 1.5em; break-after: avoid; page-break-after: avoid; }
        .letter-signatures { display: flex; flex-wrap: wrap; gap: 1.5em 3em; margin: 0 0 2em; padding-top: 4em; break-inside: avoid; page-break-inside: avoid; }
        .letter-signatory { flex: 1 1 0; min-width: 12em; }
        .letter-signatory-name { font-weight: bold; }
        .letter-cc, .letter-enclosures, .letter-ps { font-size: 0.95em; }
        .letter-letterhead { margin: 0 0 2em; }
        .letter-references { margin-bottom: 2em; }
        @media screen { body { padding: 2em; } }

        """;

    /// <summary>The whole style sheet for <paramref name="layout"/> on <paramref name="paper"/>.</summary>
    public static void Write(OutputBuffer output, LetterLayout layout, HtmlPageSize paper, PageNumberLabel pageNumber)
    {
        LetterGeometry geometry = layout.Geometry;
        string size = paper == HtmlPageSize.Letter ? "letter" : "A4";
        if (geometry.AddressField is null)
        {
            output.Write("@page { size: ");
            output.Write(size);
            output.Write("; margin: ");
            output.Write(Mm(geometry.Margins.Top));
            output.Write("; }\n");
        }
        else
        {
            // The sheet itself carries the side margins, and the first page has no top margin: on the first page the
            // article's corner is the page's, so the address field and the marks are placed in page coordinates.
            output.Write("@page { size: ");
            output.Write(size);
            output.Write(Invariant($"; margin: {Mm(geometry.Margins.Top)} 0 {Mm(geometry.Margins.Bottom)} 0; }}\n@page :first {{ margin-top: 0; }}\n"));
        }

        output.Write("@page { @bottom-right { content: ");
        WritePageNumber(output, pageNumber);
        output.Write("; font: 9pt Georgia, serif; } }\n@page :first { @bottom-right { content: none; } }\n");
        output.Write(Base);
        if (geometry.AddressField is { } field)
        {
            WriteSheet(output, geometry, field, paper);
        }
        else if (geometry.RecipientAtFoot)
        {
            // The addressee prints in the first page's bottom margin (see AddresseeAtFoot); on screen it stays in reading order.
            output.Write("@media print { .letter-recipient { display: none; } }\n");
        }
    }

    /// <summary>
    /// The rule that prints the addressee flush left at the foot of the first page: a page-margin box, the one place
    /// CSS can put content at the bottom of the first page only, with the page's bottom margin grown to hold it.
    /// </summary>
    public static void WriteAddresseeAtFoot(OutputBuffer output, LetterGeometry geometry, string lines, int lineCount)
    {
        double height = Math.Max(lineCount, 1) * 6.2;
        output.Write(Invariant($"<style>\n@page :first {{ margin-bottom: {Mm(geometry.Margins.Bottom + height + 8)}; @bottom-left {{ content: "));
        WriteCssString(output, lines);
        output.Write("; white-space: pre; text-align: left; vertical-align: bottom; padding-bottom: ");
        output.Write(Mm(geometry.Margins.Bottom));
        output.Write("; font: 12pt/1.45 Georgia, Cambria, \"Times New Roman\", Times, serif; } }\n</style>\n");
    }

    private static void WriteSheet(OutputBuffer output, LetterGeometry geometry, PageBox field, HtmlPageSize paper)
    {
        (double width, double height) = paper == HtmlPageSize.Letter ? (215.9, 279.4) : (210, 297);
        PageBox information = geometry.InformationBlock!.Value;
        output.Write(Invariant($$"""
            .letter { position: relative; box-sizing: border-box; width: {{Mm(width)}}; max-width: none; margin: 0; padding: {{Mm(geometry.FirstPageTextTop)}} {{Mm(geometry.Margins.Right)}} 0 {{Mm(geometry.Margins.Left)}}; }
            .letter-letterhead { position: absolute; top: {{Mm(geometry.LetterheadTop)}}; right: {{Mm(geometry.Margins.Right)}}; left: {{Mm(geometry.Margins.Left)}}; height: {{Mm(geometry.LetterheadHeight - geometry.LetterheadTop)}}; margin: 0; overflow: hidden; text-align: right; font-size: 10pt; line-height: 1.3; }
            .letter-address-field { position: absolute; left: {{Mm(field.Left)}}; top: {{Mm(field.Top)}}; width: {{Mm(field.Width)}}; height: {{Mm(field.Height)}}; box-sizing: border-box; padding: 0 {{Mm(geometry.AddressFieldPadding)}}; overflow: hidden; }
            .letter-return-address { height: {{Mm(geometry.RemarkZoneHeight)}}; margin: 0; display: flex; flex-direction: column; justify-content: flex-end; font-size: 8pt; line-height: 1.2; }
            .letter-address-field .letter-recipient { margin: 0; line-height: {{Mm(LetterGeometry.LineHeight)}}; font-size: 11pt; }
            .letter-information { position: absolute; left: {{Mm(information.Left)}}; top: {{Mm(information.Top)}}; width: {{Mm(information.Width)}}; margin: 0; font-size: 10pt; line-height: 1.4; }
            .letter-mark { position: absolute; left: 0; width: {{Mm(geometry.FoldMarkLength)}}; border-top: 0.3pt solid #555; }
            .letter-mark-hole { width: {{Mm(geometry.HoleMarkLength)}}; }
            @media screen { body { background: #eee; } .letter { min-height: {{Mm(height)}}; background: #fff; box-shadow: 0 0 4px #999; } }

            """));
    }

    /// <summary>The fold and hole marks, positioned from the top edge of the first page.</summary>
    public static void WriteMarks(OutputBuffer output, LetterGeometry geometry)
    {
        if (geometry.FoldMarks.Count == 0 && geometry.HoleMark is null)
        {
            return;
        }

        output.Write("<div class=\"letter-marks\" aria-hidden=\"true\">");
        foreach (double fold in geometry.FoldMarks)
        {
            output.Write(Invariant($"<span class=\"letter-mark letter-mark-fold\" style=\"top: {Mm(fold)}\"></span>"));
        }

        if (geometry.HoleMark is double hole)
        {
            output.Write(Invariant($"<span class=\"letter-mark letter-mark-hole\" style=\"top: {Mm(hole)}\"></span>"));
        }

        output.Write("</div>\n");
    }

    private static void WritePageNumber(OutputBuffer output, PageNumberLabel label)
    {
        WriteCssString(output, label.BeforePage);
        output.Write(" counter(page)");
        if (label.BetweenNumbers is not null)
        {
            output.Write(' ');
            WriteCssString(output, label.BetweenNumbers);
            output.Write(" counter(pages)");
        }

        output.Write(' ');
        WriteCssString(output, label.AfterCount);
    }

    /// <summary>Writes a CSS string literal. Every character that could end the string, the rule or the
    /// <c>&lt;style&gt;</c> element is escaped, so label and addressee text stay text.</summary>
    private static void WriteCssString(OutputBuffer output, string text)
    {
        output.Write('"');
        foreach (char c in text)
        {
            if (c is '"' or '\\' or '<' or '>' or '&' || char.IsControl(c) || c is '\u2028' or '\u2029')
            {
                output.Write(c == '\n' ? "\\A " : Invariant($"\\{(int)c:X} "));
            }
            else
            {
                output.Write(c);
            }
        }

        output.Write('"');
    }

    private static string Mm(double millimetres) => Invariant($"{millimetres:0.##}mm");

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
