using System;
using System.Linq;
using CoalitionLetters;
using LetterDsl.Testing;

namespace LetterDsl.Rendering.Tests;

public class TextFormatTests
{
    [Fact]
    public void The_2020_letter_is_the_seed_without_emphasis_markers()
    {
        string text = SeedLetters.Asp2020().ToText();

        Assert.DoesNotContain("*", text);
        Assert.Equal(SeedNormalizer.Normalize(SeedText.WithoutEmphasis(SeedFiles.Letter2020)), SeedNormalizer.Normalize(text));
    }

    [Fact]
    public void The_2010_letter_drops_italic_and_bold_and_keeps_both_signatories()
    {
        string text = SeedLetters.Kampala2010().ToText();

        Assert.Contains("On behalf of the International Coalition for the Responsibility to Protect (ICRtoP)", text);
        Assert.Equal(SeedNormalizer.Normalize(SeedText.WithoutEmphasis(SeedFiles.Letter2010)), SeedNormalizer.Normalize(text));
    }

    [Fact]
    public void Bullets_are_dash_space_and_paragraphs_are_separated_by_one_blank_line()
    {
        string[] lines = SeedLetters.Asp2020().ToText().Split('\n');

        Assert.Equal(15, lines.Count(line => line.StartsWith("- ", StringComparison.Ordinal)));
        Assert.Equal("The Hague, 7 December 2020", lines[0]);
        Assert.Equal(string.Empty, lines[1]);
        Assert.Equal("Excellency,", lines[2]);
        Assert.Equal(string.Empty, lines[3]);
        Assert.StartsWith("I have the honor of writing to you", lines[4], StringComparison.Ordinal);
    }

    [Fact]
    public void Numbered_items_keep_their_numbers()
    {
        string text = MinisterLetters.For(Recipients.Sample).ToText();

        Assert.Contains("\n1. confirm the level of its participation", text);
        Assert.Contains("\n2. share the text of its statement", text);
        Assert.Contains("\n3. meet the Coalition's members", text);
    }

    [Theory]
    [InlineData(40)]
    [InlineData(72)]
    public void Wrapping_keeps_every_line_within_the_width_and_the_words_in_order(int width)
    {
        var letter = SeedLetters.Asp2020();

        string wrapped = letter.ToText(new TextOptions { Width = width });

        string[] lines = wrapped.TrimEnd('\n').Split('\n');
        Assert.All(lines, line => Assert.True(line.Length <= width || !line.Trim().Contains(' '), $"'{line}' is longer than {width}"));
        Assert.True(lines.Length > letter.ToText().Split('\n').Length, "wrapping should add lines");
        Assert.Equal(Words(letter.ToText()), Words(wrapped));
        // A list item's continuation lines are indented under its text, past the "- " marker.
        int item = Array.FindIndex(lines, line => line.StartsWith("- Commitment to work together", StringComparison.Ordinal));
        Assert.StartsWith("  ", lines[item + 1], StringComparison.Ordinal);
        Assert.NotEqual(' ', lines[item + 1][2]);
    }

    private static string[] Words(string text) => text.Split(new[] { ' ', '\n' }, StringSplitOptions.RemoveEmptyEntries);
}
