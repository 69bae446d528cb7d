using System;
using System.Globalization;
using LetterDsl;

namespace LetterDsl.Tests;

public class DateRangeFormattingTests
{
    [Theory]
    [InlineData("en-GB", "2020-12-14", "2020-12-16", "14-16 December 2020")]
    [InlineData("en-GB", "2020-11-30", "2020-12-02", "30 November - 2 December 2020")]
    [InlineData("en-GB", "2020-12-30", "2021-01-02", "30 December 2020 - 2 January 2021")]
    [InlineData("en-US", "2020-12-14", "2020-12-16", "December 14-16, 2020")]
    [InlineData("en-US", "2010-05-31", "2010-06-11", "May 31 - June 11, 2010")]
    [InlineData("en-US", "2020-12-30", "2021-01-02", "December 30, 2020 - January 2, 2021")]
    [InlineData("en-US", "2010-05-21", "2010-05-21", "May 21, 2010")]
    [InlineData("de-DE", "2020-12-14", "2020-12-16", "14.-16. Dezember 2020")]
    [InlineData("de-DE", "2020-11-30", "2020-12-02", "30. November - 2. Dezember 2020")]
    [InlineData("fr-FR", "2020-12-14", "2020-12-16", "14-16 décembre 2020")]
    [InlineData("es-ES", "2020-11-30", "2020-12-02", "30 de noviembre - 2 de diciembre de 2020")]
    [InlineData("ja-JP", "2020-12-14", "2020-12-16", "2020年12月14日-16日")]
    [InlineData("fr-FR", "2020-12-01", "2020-12-03", "1er-3 décembre 2020")]
    [InlineData("fr-FR", "2020-11-30", "2020-12-01", "30 novembre - 1er décembre 2020")]
    [InlineData("fr-FR", "2020-12-31", "2021-01-01", "31 décembre 2020 - 1er janvier 2021")]
    [InlineData("it-IT", "2020-12-01", "2020-12-01", "1º dicembre 2020")]
    [InlineData("pt-BR", "2020-12-01", "2020-12-03", "1º-3 de dezembro de 2020")]
    [InlineData("nl-NL", "2020-12-01", "2020-12-03", "1-3 december 2020")]
    public void Ranges_collapse_the_month_and_year_they_share(string culture, string start, string end, string expected)
    {
        var range = new DateRange(DateOnly.Parse(start, CultureInfo.InvariantCulture), DateOnly.Parse(end, CultureInfo.InvariantCulture));
        Assert.Equal(expected, LetterCulture.Get(culture).FormatDateRange(range));
    }

    [Theory]
    [InlineData("2020-12-14", "2020-12-16", "–", "14–16 December 2020")]
    [InlineData("2020-11-30", "2020-12-02", "\" to \"", "30 November to 2 December 2020")]
    [InlineData("2020-12-30", "2021-01-02", "\" until \"", "30 December 2020 until 2 January 2021")]
    public void A_format_replaces_the_separator(string start, string end, string format, string expected)
    {
        var range = new DateRange(DateOnly.Parse(start, CultureInfo.InvariantCulture), DateOnly.Parse(end, CultureInfo.InvariantCulture));
        Assert.Equal(expected, LetterCulture.Get("en-GB").FormatDateRange(range, format));
    }

    [Fact]
    public void WithRangeSeparators_returns_a_culture_with_other_separators()
    {
        LetterCulture gb = LetterCulture.Get("en-GB");
        LetterCulture dashes = gb.WithRangeSeparators("–", " – ");

        Assert.Equal("14–16 December 2020", dashes.FormatDateRange(new DateRange(new DateOnly(2020, 12, 14), new DateOnly(2020, 12, 16))));
        Assert.Equal("30 November – 2 December 2020", dashes.FormatDateRange(new DateRange(new DateOnly(2020, 11, 30), new DateOnly(2020, 12, 2))));
        Assert.Equal(("-", " - "), (gb.RangeSeparator, gb.CrossRangeSeparator));
        Assert.Equal("en-GB", dashes.Name);
    }

    [Fact]
    public void A_range_cannot_end_before_it_starts()
    {
        Assert.Throws<ArgumentException>(() => new DateRange(new DateOnly(2020, 12, 16), new DateOnly(2020, 12, 14)));
    }

    [Fact]
    public void ToString_uses_the_invariant_culture()
    {
        var range = new DateRange(new DateOnly(2010, 5, 31), new DateOnly(2010, 6, 11));
        Assert.Equal("May 31 - June 11, 2010", range.ToString());
        Assert.Equal("May 31 - June 11, 2010", $"{range}");
    }

    [Fact]
    public void Format_providers_pick_the_culture()
    {
        var range = new DateRange(new DateOnly(2020, 12, 14), new DateOnly(2020, 12, 16));
        Assert.Equal("14-16 December 2020", range.ToString(null, CultureInfo.GetCultureInfo("en-GB")));
        Assert.Equal("14 to 16 December 2020", range.ToString("\" to \"", LetterCulture.Get("en-GB")));
        Assert.Equal("14–16 December 2020", range.ToString(null, LetterCulture.Get("en-GB").WithRangeSeparators("–", " – ")));
        Assert.Equal("14.-16. Dezember 2020", string.Create(CultureInfo.GetCultureInfo("de-DE"), $"{range}"));
    }

    [Fact]
    public void TryFormat_reports_a_destination_that_is_too_small()
    {
        var range = new DateRange(new DateOnly(2010, 5, 31), new DateOnly(2010, 6, 11));
        string expected = "May 31 - June 11, 2010";
        LetterCulture us = LetterCulture.Get("en-US");

        for (int length = 0; length < expected.Length; length++)
        {
            Span<char> small = new char[length];
            Assert.False(us.TryFormatDateRange(range, small, out int written));
            Assert.Equal(0, written);
            Assert.False(range.TryFormat(small, out _, default, us));
        }

        Span<char> exact = new char[expected.Length];
        Assert.True(range.TryFormat(exact, out int charsWritten, default, null));
        Assert.Equal(expected, exact[..charsWritten].ToString());
    }
}
