using System;
using System.Linq;
using System.Text.RegularExpressions;
using LetterDsl.Tests.Fakes;
using LetterDsl.Testing;
using LetterDsl.Testing.Letters;

namespace LetterDsl.Tests.Writers;

public class TextLetterWriterTests
{
    [Fact]
    public void Drops_emphasis_and_keeps_the_seed_layout()
    {
        string text = SeedLetters.Appeal2020().ToText();
        string expected = SeedNormalizer.Normalize(SeedFiles.Read(SeedFiles.Letter2020)).Replace("**", string.Empty);

        Assert.DoesNotContain("*", text);
        Assert.Equal(expected, SeedNormalizer.Normalize(text));
        Assert.Contains("\n- Unconditional commitment to the ICC", text);
        Assert.EndsWith("Coalition for the International Criminal Court\n", text);
    }

    [Fact]
    public void Writes_breaks_without_markers_and_numbers_items()
    {
        var letter = new FakeLetter("d", "s", "A **bold** *it* line  \nnext\nsoft\n\n3. three\n7. four", "c", new Signatory("N", "T"))
        {
            Recipients = ["One", "Two"],
            Subject = "Subject",
            CarbonCopies = ["X"],
        };

        Assert.Equal(
            "d\n\nOne\nTwo\n\nSubject\n\ns\n\nA bold it line\nnext soft\n\n3. three\n4. four\n\nc\n\n\n\nN\nT\n\ncc: X\n",
            letter.ToText());
    }

    [Fact]
    public void Replaces_control_characters_in_values_and_writes_the_rest_verbatim()
    {
        var letter = new FakeLetter("a\nb\u2029c **d** <e> # f", "s", "x", "c", new Signatory("N"));

        Assert.StartsWith("a b c **d** <e> # f\n\n", letter.ToText());
    }

    [Fact]
    public void Wraps_at_the_width_keeping_every_word_in_order()
    {
        FakeLetter letter = SeedLetters.Appeal2020();

        string wrapped = letter.ToText(new TextOptions { Width = 40 });

        string[] lines = wrapped.Split('\n');
        Assert.All(lines, line => Assert.True(line.Length <= 40, $"Line longer than 40: '{line}'"));
        Assert.Equal(Words(letter.ToText()), Words(wrapped));
        Assert.Contains(
            "I have the honor of writing to you on\nbehalf of the Coalition for the\n",
            wrapped);
    }

    [Fact]
    public void Indents_list_continuation_lines_by_the_marker_width()
    {
        var letter = new FakeLetter("d", "s", "- alpha beta gamma delta\n\n9. one two three four five\n10. six seven eight nine ten", "c", new Signatory("N"));

        string text = letter.ToText(new TextOptions { Width = 16 });

        Assert.Contains("\n- alpha beta\n  gamma delta\n\n9. one two three\n   four five\n10. six seven\n    eight nine\n    ten\n", text);
    }

    [Fact]
    public void Keeps_a_word_longer_than_the_width_on_its_own_line()
    {
        var letter = new FakeLetter("d", "s", "a Supercalifragilistic b\n\n- x Supercalifragilistic", "c", new Signatory("N"));

        string text = letter.ToText(new TextOptions { Width = 10 });

        Assert.Contains("\n\na\nSupercalifragilistic\nb\n\n- x\n  Supercalifragilistic\n\n", text);
    }

    [Fact]
    public void Hard_breaks_inside_a_wrapped_list_item_are_indented()
    {
        var letter = new FakeLetter("d", "s", "- first line  \nsecond line here", "c", new Signatory("N"));

        Assert.Contains("\n- first line\n  second line\n  here\n", letter.ToText(new TextOptions { Width = 14 }));
    }

    [Fact]
    public void Without_a_width_nothing_is_wrapped()
    {
        string text = SeedLetters.Appeal2020().ToText(new TextOptions());

        Assert.Equal(SeedLetters.Appeal2020().ToText(), text);
        Assert.Contains(text.Split('\n'), line => line.Length > 200);
    }

    [Fact]
    public void Rejects_a_width_below_one()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new TextOptions { Width = 0 });
    }

    private static string[] Words(string text) => Regex.Split(text.Trim(), @"\s+").Where(w => w.Length > 0).ToArray();
}
