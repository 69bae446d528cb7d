using System.Collections.Generic;
using System.Linq;
using LetterDsl.Pdf.Tests.Infrastructure;

namespace LetterDsl.Pdf.Tests;

/// <summary>Where pages break: never after a paragraph's first line or before its last, and never between the closing and the signatures.</summary>
public class PaginationTests
{
    [Fact]
    public void The_closing_moves_with_the_signatures_when_the_body_ends_at_the_foot_of_a_page()
    {
        // Find the longest body of one-line paragraphs that still ends on page 1: there the closing and the
        // signature block no longer fit below it.
        int fits = 0;
        for (int lines = 10; lines <= 60; lines++)
        {
            using var probe = new PdfReading(TestLetters.Block(TestLetters.Lines(lines)).ToPdf());
            if (probe.PageOf($"{lines}.") != 1)
            {
                break;
            }

            fits = lines;
        }

        Assert.True(fits > 10, "no body length filled page 1 exactly");
        using var pdf = new PdfReading(TestLetters.Block(TestLetters.Lines(fits)).ToPdf());

        Assert.Equal(1, pdf.PageOf($"{fits}."));
        Assert.Equal(2, pdf.PageOf("Sincerely,"));
        Assert.Equal(2, pdf.PageOf("Reed"));
    }

    [Fact]
    public void A_paragraph_split_between_pages_keeps_two_lines_on_each()
    {
        // Paragraphs of 2 to 7 lines in a row, so that page breaks fall inside them at every offset.
        int[] words = Enumerable.Range(0, 40).Select(i => 14 * (2 + (i % 6))).ToArray();
        using var pdf = new PdfReading(TestLetters.Block(TestLetters.Paragraphs(words)).ToPdf());
        Assert.True(pdf.Pages.Count >= 3);

        var linesByPage = new List<Dictionary<string, int>>();
        for (int page = 1; page <= pdf.Pages.Count; page++)
        {
            var counts = new Dictionary<string, int>();
            foreach (string line in pdf.Text(page).Split('\n'))
            {
                string[] lineWords = PdfReading.Split(line);
                if (lineWords.Length > 0 && lineWords.All(w => w == lineWords[0]) && lineWords[0].StartsWith('p'))
                {
                    counts[lineWords[0]] = counts.GetValueOrDefault(lineWords[0]) + 1;
                }
            }

            linesByPage.Add(counts);
        }

        int splits = 0;
        for (int page = 0; page + 1 < linesByPage.Count; page++)
        {
            foreach ((string paragraph, int before) in linesByPage[page])
            {
                if (linesByPage[page + 1].TryGetValue(paragraph, out int after))
                {
                    splits++;
                    Assert.True(before >= 2, $"{paragraph} leaves {before} line at the foot of page {page + 1}");
                    Assert.True(after >= 2, $"{paragraph} carries {after} line to page {page + 2}");
                }
            }
        }

        Assert.True(splits > 0, "no paragraph was split, so the rule was not exercised");
    }

    [Fact]
    public void Signatories_sign_side_by_side_three_to_a_row()
    {
        Signatory[] signatories = Enumerable.Range(1, 7).Select(i => new Signatory($"Signer{i}", "Member")).ToArray();
        using var pdf = new PdfReading(TestLetters.Block("Short.", signatories).ToPdf());

        List<PlacedWord> names = pdf.PlacedWords(1).Where(w => w.Text.StartsWith("Signer", System.StringComparison.Ordinal)).ToList();
        Assert.Equal(7, names.Count);
        var rows = names.GroupBy(n => System.Math.Round(n.Top, 1)).OrderBy(g => g.Key).ToList();
        Assert.Equal(new[] { 3, 3, 1 }, rows.Select(r => r.Count()));
        Assert.Equal(new[] { "Signer1", "Signer2", "Signer3" }, rows[0].OrderBy(n => n.Left).Select(n => n.Text));
    }
}
