using System;
using System.Collections.Generic;
using System.Linq;
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
        Assert.Equal(new[] { "capitalize", "list", "lower", "ordinal", "trim", "upper" }, LetterFilters.Names);
    }

    [Theory]
    [InlineData("en-GB", "", "A", "A and B", "A, B and C")]
    [InlineData("de-DE", "", "A", "A und B", "A, B und C")]
    [InlineData("fr-FR", "", "A", "A et B", "A, B et C")]
    [InlineData("es-ES", "", "A", "A y B", "A, B y C")]
    [InlineData("ja-JP", "", "A", "A and B", "A, B and C")]
    public void List_writes_the_items_as_one_phrase_in_the_letter_language(string culture, string none, string one, string two, string three)
    {
        var letterCulture = LetterCulture.Get(culture);
        Assert.Equal(none, LetterFilters.List(letterCulture, Array.Empty<string>()));
        Assert.Equal(none, LetterFilters.List(letterCulture, (IEnumerable<string>?)null));
        Assert.Equal(one, LetterFilters.List(letterCulture, new[] { "A" }));
        Assert.Equal(two, LetterFilters.List(letterCulture, new[] { "A", "B" }));
        Assert.Equal(three, LetterFilters.List(letterCulture, new List<string> { "A", "B", "C" }));
    }

    [Fact]
    public void List_writes_each_item_as_a_placeholder_of_its_type_would()
    {
        var gb = LetterCulture.Get("en-GB");
        var dates = new List<DateOnly> { new(2020, 12, 14), new(2020, 12, 15), new(2020, 12, 16) };

        Assert.Equal("14 December 2020, 15 December 2020 and 16 December 2020", LetterFilters.List(gb, dates));
        Assert.Equal("14 December, 15 December and 16 December", LetterFilters.List(gb, dates, "d MMMM"));
        Assert.Equal("1,000.00 and 2.50", LetterFilters.List(gb, new decimal?[] { 1000m, null, 2.5m }, "N2"));
        Assert.Equal("Melinda Reed and Andres Serbin", LetterFilters.List(gb, new[] { new Signatory("Melinda Reed", "Convenor"), new Signatory("Andres Serbin") }));
        Assert.Equal("14-16 December 2020 and 1 January 2021", LetterFilters.List(gb, new[] { new DateRange(dates[0], dates[2]), new DateRange(new(2021, 1, 1), new(2021, 1, 1)) }));
    }

    [Fact]
    public void List_leaves_out_items_that_write_nothing()
    {
        var gb = LetterCulture.Get("en-GB");
        Assert.Equal("A and C", LetterFilters.List(gb, new[] { "A", null, "  ", "", "C" }));
        Assert.Equal("", LetterFilters.List(gb, new string?[] { null, "" }));
    }

    [Fact]
    public void List_writes_a_thousand_items_and_a_list_that_holds_itself_without_end()
    {
        var gb = LetterCulture.Get("en-GB");
        var many = Enumerable.Range(1, 1000).ToList();
        var text = LetterFilters.List(gb, many);
        Assert.StartsWith("1, 2, 3, ", text, StringComparison.Ordinal);
        Assert.EndsWith("998, 999 and 1000", text, StringComparison.Ordinal);

        var cycle = new List<object> { "A" };
        cycle.Add(cycle);
        Assert.Equal("A and A and A and A and A", LetterFilters.List(gb, cycle));
    }
}
