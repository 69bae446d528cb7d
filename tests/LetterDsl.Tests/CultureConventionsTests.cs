using System;
using System.Globalization;
using System.Linq;
using LetterDsl.Composition;
using LetterDsl.Formatting;

namespace LetterDsl.Tests;

/// <summary>The table of culture conventions, and how a letter culture and its labels read it.</summary>
public class CultureConventionsTests
{
    public static TheoryData<string> Rows()
    {
        var data = new TheoryData<string>();
        foreach (CultureConventions row in CultureConventions.All)
        {
            data.Add(row.Name);
        }

        return data;
    }

    [Fact]
    public void Each_culture_has_one_row_and_the_row_for_other_languages_is_last()
    {
        var names = CultureConventions.All.Select(row => row.Name).ToList();

        Assert.Equal(names.Count, names.Distinct(StringComparer.OrdinalIgnoreCase).Count());
        Assert.Equal(CultureConventions.OtherName, names[^1]);
        Assert.Same(CultureConventions.Other, CultureConventions.All[^1]);
        Assert.Equal(new[] { "de-DE", "en-GB", "en-US", "es-ES", "fr-FR", "it-IT", "nl-NL", "pt-BR", "pt-PT" }, names.SkipLast(1).Order(StringComparer.Ordinal));
    }

    [Theory]
    [MemberData(nameof(Rows))]
    public void Every_row_is_complete_and_well_formed(string name)
    {
        CultureConventions row = CultureConventions.All.Single(r => r.Name == name);

        _ = DateLinePattern.Parse(row.DateLine);
        _ = PageNumberLabel.Parse(row.PageNumber);
        if (name == CultureConventions.OtherName)
        {
            Assert.Null(row.DatePattern);
            Assert.Null(row.Months);
            return;
        }

        // A culture with a row is written from the row alone: its pattern has a day, a month by name and a year,
        // and it names twelve distinct months.
        Assert.NotNull(row.DatePattern);
        Assert.Contains("MMMM", row.DatePattern, StringComparison.Ordinal);
        Assert.Contains("yyyy", row.DatePattern, StringComparison.Ordinal);
        Assert.Contains(DatePattern.Tokenize(row.DatePattern), token => token.IsDayOfMonth);
        Assert.NotNull(row.Months);
        Assert.Equal(12, row.Months.Distinct(StringComparer.Ordinal).Count());
        Assert.All(new[] { row.Enclosure, row.Enclosures, row.CarbonCopy, row.Postscript, row.SecondPostscript, row.Date }, label => Assert.False(string.IsNullOrWhiteSpace(label)));
    }

    [Theory]
    [InlineData("fr-FR", "fr-FR")]
    [InlineData("FR-fr", "fr-FR")]
    [InlineData("fr-CA", "fr-FR")]
    [InlineData("fr", "fr-FR")]
    [InlineData("en-US", "en-US")]
    [InlineData("en-AU", "en-GB")]
    [InlineData("pt-AO", "pt-PT")]
    [InlineData("pt-BR", "pt-BR")]
    [InlineData("de-AT", "de-DE")]
    [InlineData("ja-JP", CultureConventions.OtherName)]
    [InlineData("zh-Hant-TW", CultureConventions.OtherName)]
    public void A_culture_uses_its_row_else_its_languages_first_row_else_the_row_for_other_languages(string culture, string row)
    {
        CultureConventions conventions = CultureConventions.For(culture);

        Assert.Equal(row, conventions.Name);
        Assert.Equal(string.Equals(culture, row, StringComparison.OrdinalIgnoreCase), conventions.IsFor(culture));
        Assert.Same(conventions, LetterCulture.Get(culture).Conventions);
    }

    [Theory]
    [MemberData(nameof(Rows))]
    public void Month_names_come_from_the_row_not_from_the_machine(string name)
    {
        if (name == CultureConventions.OtherName)
        {
            return;
        }

        CultureConventions row = CultureConventions.For(name);
        LetterCulture culture = LetterCulture.Get(name);

        for (int month = 1; month <= 12; month++)
        {
            var date = new DateOnly(2004, month, 17);
            Assert.Equal(row.Months![month - 1], culture.Culture.DateTimeFormat.GetMonthName(month));
            Assert.Contains(row.Months[month - 1], culture.FormatDate(date), StringComparison.Ordinal);
            Assert.Contains(row.Months[month - 1], culture.FormatDate(date, "MMMM"), StringComparison.Ordinal);
        }
    }

    [Fact]
    public void The_invariant_culture_writes_as_en_US()
    {
        Assert.Equal("en-US", LetterCulture.Invariant.Conventions.Name);
        Assert.Equal(string.Empty, LetterCulture.Invariant.Name);
        Assert.Equal(CultureInfo.InvariantCulture.NumberFormat.NumberDecimalSeparator, LetterCulture.Invariant.Culture.NumberFormat.NumberDecimalSeparator);
    }

    [Fact]
    public void A_format_writes_the_first_of_a_month_as_dotnet_does()
    {
        Assert.Equal("1er décembre 2020", LetterCulture.Get("fr-FR").FormatDate(new DateOnly(2020, 12, 1)));
        Assert.Equal("1 décembre 2020", LetterCulture.Get("fr-FR").FormatDate(new DateOnly(2020, 12, 1), "d MMMM yyyy"));
    }

    [Theory]
    [InlineData("{place}, le {date}", "", ", le ", "", true)]
    [InlineData("{place}, {date}.", "", ", ", ".", true)]
    [InlineData("Done at {place} on {date}", "Done at ", " on ", "", true)]
    [InlineData("{date}, {place}", "", ", ", "", false)]
    public void A_date_line_pattern_is_cut_at_its_placeholders(string pattern, string before, string between, string after, bool placeFirst)
    {
        Assert.Equal(new DateLinePattern(before, between, after, placeFirst), DateLinePattern.Parse(pattern));
        Assert.Null(DateLinePattern.Problem(pattern));
    }

    [Theory]
    [InlineData("{place}, den")]
    [InlineData("{date}")]
    [InlineData("{place} {date} {date}")]
    [InlineData("{place} {place} {date}")]
    [InlineData("{Place}, {Date}")]
    public void A_date_line_pattern_needs_the_place_and_the_date_once_each(string pattern)
    {
        Assert.NotNull(DateLinePattern.Problem(pattern));
        var error = Assert.Throws<ArgumentException>(() => DateLinePattern.Parse(pattern));
        Assert.Contains("'{place}' and '{date}' once each", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_dateline_label_overrides_the_cultures_pattern()
    {
        LetterLabels german = LetterLabels.For(LetterCulture.Get("de-DE"));
        LetterLabels withDen = german.With("dateline", "{place}, den {date}");

        Assert.Equal("{place}, {date}", german.DateLine);
        Assert.Equal("{place}, den {date}", withDen.DateLine);
        Assert.Equal(", den ", withDen.DateLinePattern.Between);
        Assert.Equal(german.Enclosure, withDen.Enclosure);
        Assert.Throws<ArgumentException>(() => german.With("dateline", "{place}, den"));
        Assert.Contains("dateline", LetterLabels.Keys);
    }

    [Theory]
    [InlineData("fr-FR", ", le ", "Pièce jointe")]
    [InlineData("it-IT", ", ", "Allegato")]
    [InlineData("nl-NL", ", ", "Bijlage")]
    [InlineData("pt-PT", ", ", "Anexo")]
    [InlineData("ja-JP", ", ", "Enclosure")]
    public void Labels_follow_the_row(string culture, string placeDateJoiner, string enclosure)
    {
        LetterLabels labels = LetterLabels.For(LetterCulture.Get(culture));

        Assert.Equal(placeDateJoiner, labels.DateLinePattern.Between);
        Assert.True(labels.DateLinePattern.PlaceFirst);
        Assert.Equal(enclosure, labels.Enclosure);
    }
}
