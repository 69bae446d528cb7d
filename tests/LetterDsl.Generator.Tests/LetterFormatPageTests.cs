using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using CoalitionLetters;
using LetterDsl.Composition;
using LetterDsl.Generator.Tests.Infrastructure;
using LetterDsl.Testing.Letters;

namespace LetterDsl.Generator.Tests;

/// <summary>Examples in docs/letter-format.md do what the page says they do.</summary>
public sealed class LetterFormatPageTests
{
    private static readonly string s_page = File.ReadAllText(Path.Combine(RepositoryPaths.Root, "docs", "letter-format.md")).Replace("\r\n", "\n");

    [Fact]
    public void TheCompleteLetterRendersAsThePageShows()
    {
        // The section's fenced blocks, in order: the letter, the C# that creates it, and its Markdown.
        var section = s_page.Substring(s_page.IndexOf("## A complete letter", StringComparison.Ordinal));
        var blocks = Regex.Matches(section, "```[a-z]*\n(.*?)```", RegexOptions.Singleline).Select(m => m.Groups[1].Value).Take(3).ToList();
        Assert.Contains("var letter = new Cicc.Letters.Asp19Appeal", blocks[1], StringComparison.Ordinal);

        using var letters = GeneratorHarness.RunLetter(blocks[0], "/letters/Asp19Appeal.letter").Load();
        var letter = letters.Create("Cicc.Letters.Asp19Appeal", new Dictionary<string, object?>
        {
            ["Session"] = 19,
            ["Date"] = new DateOnly(2020, 12, 7),
            ["HagueDates"] = new DateRange(new DateOnly(2020, 12, 14), new DateOnly(2020, 12, 16)),
            ["NewYorkDates"] = new DateRange(new DateOnly(2020, 12, 17), new DateOnly(2020, 12, 23)),
        });

        Assert.Equal(blocks[2], letter.ToMarkdown());
    }

    [Theory]
    [InlineData(true, "DearExcellency,")]
    [InlineData(false, "Dearfriend,")]
    public void WhitespaceControlTrimsAsThePageShows(bool formal, string expected)
    {
        const string Example = "Dear {{~ if Formal ~}} Excellency {{~ else ~}} friend {{~ end ~}},";
        Assert.Contains(Example, s_page, StringComparison.Ordinal);
        Assert.Contains($"\"{expected}\"", s_page, StringComparison.Ordinal);

        Assert.Equal(expected, ProbeLetter.MarkdownBody(Example, "@param Formal: bool", ("Formal", formal)));
    }

    [Fact]
    public void TheEndNotationExampleRendersAsThePageShows()
    {
        var section = Section("### `@enclosure`, `@cc`, `@ps`: end notations");
        var blocks = Blocks(section);

        using var letters = GeneratorHarness.RunLetter(ProbeLetter.Text("Body.") + blocks[0]).Load();
        var text = letters.Create(ProbeLetter.TypeName).ToText();

        Assert.EndsWith("Coalition\n\n" + blocks[1], text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("un")]
    [InlineData("din5008-b")]
    public void TheLayoutExamplesShowWhatTheSampleLettersRender(string layout)
    {
        var section = Section("## Layouts: letters as they are sent");
        var blocks = Blocks(section);
        var index = blocks.FindIndex(b => b.StartsWith("@layout " + layout + "\n", StringComparison.Ordinal));
        ILetter letter = layout == "un" ? LayoutLetters.Un() : LayoutLetters.Din();
        var rendered = letter.ToText().Split('\n');
        var source = File.ReadAllText(RepositoryPaths.SampleLetter(layout == "un" ? "UnTransmittalLetter.letter" : "DinAnfrage.letter")).Replace("\r\n", "\n").Split('\n');

        // The page shortens the body with "…"; every other line is the sample's, in its order.
        AssertInOrder(blocks[index].TrimEnd('\n').Split('\n').Where(l => l != "…" && !l.EndsWith(" …", StringComparison.Ordinal)), source);
        AssertInOrder(blocks[index + 1].TrimEnd('\n').Split('\n').Where(l => l != "…" && !l.EndsWith(" …", StringComparison.Ordinal)), rendered);
    }

    [Fact]
    public void TheLabelsTableIsTheRuntimes()
    {
        var rows = Section("## Labels").Split('\n').Where(l => l.StartsWith("| `", StringComparison.Ordinal)).ToList();
        var cultures = new[] { "en-GB", "de-DE", "fr-FR", "es-ES", "it-IT", "nl-NL", "pt-PT" };
        Assert.Equal(LetterLabels.Keys, rows.Select(r => r.Split('|')[1].Trim().Trim('`')));
        foreach (var row in rows)
        {
            var cells = row.Split('|').Select(c => c.Trim()).ToArray();
            for (var i = 0; i < cultures.Length; i++)
            {
                var labels = LetterLabels.For(LetterCulture.Get(cultures[i]));
                var actual = cells[1].Trim('`') switch
                {
                    "enclosure" => labels.Enclosure,
                    "enclosures" => labels.Enclosures,
                    "cc" => labels.CarbonCopy,
                    "ps" => labels.Postscript,
                    "pps" => labels.SecondPostscript,
                    "page" => labels.PageNumber.Format(2, 3),
                    "dateline" => labels.DateLine,
                    _ => labels.Date,
                };
                var expected = cells[3 + i].Replace("{page}", "2", StringComparison.Ordinal).Replace("{pages}", "3", StringComparison.Ordinal);
                Assert.Equal(expected, actual);
            }
        }
    }

    private static string Section(string heading)
    {
        var start = s_page.IndexOf(heading + "\n", StringComparison.Ordinal);
        Assert.True(start >= 0, "No section " + heading);
        var end = s_page.IndexOf("\n#", start + heading.Length, StringComparison.Ordinal);
        return end < 0 ? s_page.Substring(start) : s_page.Substring(start, end - start);
    }

    private static List<string> Blocks(string section) =>
        Regex.Matches(section, "```[a-z]*\n(.*?)```", RegexOptions.Singleline).Select(m => m.Groups[1].Value).ToList();

    private static void AssertInOrder(IEnumerable<string> expected, IReadOnlyList<string> actual)
    {
        var position = 0;
        foreach (var line in expected)
        {
            while (position < actual.Count && actual[position] != line)
            {
                position++;
            }

            Assert.True(position < actual.Count, $"'{line}' is not in order in:\n{string.Join("\n", actual)}");
            position++;
        }
    }
}
