using LetterDsl.Composition;

namespace LetterDsl.Tests;

public class LetterFiltersTests
{
    [Theory]
    [InlineData("en-GB", "istanbul", "ISTANBUL")]
    [InlineData("tr-TR", "istanbul", "İSTANBUL")]
    [InlineData("fr-FR", "élysée", "ÉLYSÉE")]
    public void Upper(string culture, string value, string expected)
    {
        Assert.Equal(expected, LetterFilters.Upper(LetterCulture.Get(culture), value));
    }

    [Theory]
    [InlineData("en-GB", "THE HAGUE", "the hague")]
    [InlineData("tr-TR", "ISPARTA", "ısparta")]
    public void Lower(string culture, string value, string expected)
    {
        Assert.Equal(expected, LetterFilters.Lower(LetterCulture.Get(culture), value));
    }

    [Theory]
    [InlineData("en-GB", "excellency", "Excellency")]
    [InlineData("en-GB", "the hague", "The hague")]
    [InlineData("tr-TR", "istanbul", "İstanbul")]
    [InlineData("es-ES", "¿qué tal?", "¿Qué tal?")]
    [InlineData("en-GB", "  \"dear", "  \"Dear")]
    [InlineData("en-GB", "19th session", "19th session")]
    [InlineData("en-GB", "Already", "Already")]
    [InlineData("en-GB", "", "")]
    [InlineData("en-GB", "𐐨x", "𐐀x")]
    public void Capitalize(string culture, string value, string expected)
    {
        Assert.Equal(expected, LetterFilters.Capitalize(LetterCulture.Get(culture), value));
    }

    [Fact]
    public void Trim()
    {
        Assert.Equal("The Hague", LetterFilters.Trim(LetterCulture.Invariant, "  The Hague \n"));
    }

    [Theory]
    [InlineData("en-GB", 19, "19th")]
    [InlineData("fr-FR", 19, "19e")]
    [InlineData("de-DE", 19, "19.")]
    public void Ordinal(string culture, long value, string expected)
    {
        Assert.Equal(expected, LetterFilters.Ordinal(LetterCulture.Get(culture), value));
    }

    [Fact]
    public void Names_lists_the_template_names()
    {
        Assert.Equal(new[] { "capitalize", "lower", "ordinal", "trim", "upper" }, LetterFilters.Names);
    }
}
