using CoalitionLetters;
using LetterDsl.Testing;

namespace LetterDsl.Rendering.Tests;

public class MarkdownFormatTests
{
    [Fact]
    public void The_2020_letter_equals_its_seed() =>
        Assert.Equal(SeedNormalizer.Normalize(SeedFiles.Read(SeedFiles.Letter2020)), SeedNormalizer.Normalize(SeedLetters.Asp2020().ToMarkdown()));

    [Fact]
    public void The_2010_letter_equals_its_seed() =>
        Assert.Equal(SeedNormalizer.Normalize(SeedFiles.Read(SeedFiles.Letter2010)), SeedNormalizer.Normalize(SeedLetters.Kampala2010().ToMarkdown()));

    [Fact]
    public void A_value_cannot_add_emphasis_or_a_list()
    {
        var recipient = Recipients.Sample with { Country = "**Freedonia**", Title = "- Minister" };

        string markdown = MinisterLetters.For(recipient).ToMarkdown();

        Assert.Contains(@"\*\*Freedonia\*\*", markdown);
        Assert.Contains("\n\\- Minister", markdown);
    }
}
