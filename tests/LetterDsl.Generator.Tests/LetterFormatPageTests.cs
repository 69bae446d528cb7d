using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using LetterDsl.Generator.Tests.Infrastructure;

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
}
