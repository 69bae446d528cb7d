using System;
using System.Globalization;
using System.Linq;
using LetterDsl;
using LetterDsl.Composition;

namespace LetterDsl.Tests;

public class DateFormattingTests
{
    [Theory]
    [InlineData("en-US", 2010, 5, 21, "May 21, 2010")]
    [InlineData("en-GB", 2020, 12, 7, "7 December 2020")]
    [InlineData("fr-FR", 2020, 12, 7, "7 décembre 2020")]
    [InlineData("de-DE", 2020, 12, 7, "7. Dezember 2020")]
    [InlineData("es-ES", 2020, 12, 7, "7 de diciembre de 2020")]
    [InlineData("it-IT", 2020, 12, 7, "7 dicembre 2020")]
    [InlineData("nl-NL", 2020, 12, 7, "7 december 2020")]
    [InlineData("pt-PT", 2020, 12, 7, "7 de dezembro de 2020")]
    [InlineData("pt-BR", 2020, 12, 7, "7 de dezembro de 2020")]
    [InlineData("fr-FR", 2020, 12, 1, "1er décembre 2020")]
    [InlineData("it-IT", 2020, 12, 1, "1º dicembre 2020")]
    [InlineData("pt-BR", 2020, 12, 1, "1º de dezembro de 2020")]
    [InlineData("pt-PT", 2020, 12, 1, "1 de dezembro de 2020")]
    [InlineData("es-ES", 2020, 12, 1, "1 de diciembre de 2020")]
    [InlineData("de-DE", 2020, 12, 1, "1. Dezember 2020")]
    [InlineData("fr-CA", 2020, 12, 1, "1er décembre 2020")]
    [InlineData("en-AU", 2020, 12, 7, "7 December 2020")]
    [InlineData("tr-TR", 2020, 12, 7, "7 Aralık 2020")]
    [InlineData("ja-JP", 2020, 12, 7, "2020年12月7日")]
    [InlineData("", 2010, 5, 21, "May 21, 2010")]
    public void Letter_date_style_is_the_cultures_letter_date(string culture, int year, int month, int day, string expected)
    {
        Assert.Equal(expected, LetterCulture.Get(culture).FormatDate(new DateOnly(year, month, day)));
    }

    [Theory]
    [InlineData("en-GB", "d MMMM yyyy", "7 December 2020")]
    [InlineData("en-US", "d MMMM yyyy", "7 December 2020")]
    [InlineData("fr-FR", "dddd d MMMM", "lundi 7 décembre")]
    [InlineData("de-DE", "yyyy-MM-dd", "2020-12-07")]
    [InlineData("fr-FR", "d MMMM yyyy", "7 décembre 2020")]
    public void A_format_is_a_dotnet_date_format_in_the_culture(string culture, string format, string expected)
    {
        Assert.Equal(expected, LetterCulture.Get(culture).FormatDate(new DateOnly(2020, 12, 7), format));
    }

    [Fact]
    public void Invariant_writes_dates_as_en_US()
    {
        Assert.Equal("", LetterCulture.Invariant.Name);
        Assert.Same(LetterCulture.Invariant, LetterCulture.Get(""));
        Assert.Equal("December 7, 2020", LetterCulture.Invariant.FormatDate(new DateOnly(2020, 12, 7)));
    }

    [Fact]
    public void TryFormatDate_reports_a_destination_that_is_too_small()
    {
        LetterCulture culture = LetterCulture.Get("en-GB");
        Span<char> small = stackalloc char[5];
        Assert.False(culture.TryFormatDate(new DateOnly(2020, 12, 7), small, out _));

        Span<char> enough = stackalloc char[15];
        Assert.True(culture.TryFormatDate(new DateOnly(2020, 12, 7), enough, out int written));
        Assert.Equal("7 December 2020", enough[..written].ToString());
    }

    [Fact]
    public void Get_returns_one_instance_per_name()
    {
        Assert.Same(LetterCulture.Get("en-GB"), LetterCulture.Get("en-GB"));
        Assert.Equal("en-GB", LetterCulture.Get("en-GB").Name);
        Assert.Equal(CultureInfo.GetCultureInfo("en-GB"), LetterCulture.Get("en-GB").Culture);
    }

    [Theory]
    [InlineData("xx-XX")]
    [InlineData("not a culture")]
    public void Get_rejects_unknown_cultures(string name)
    {
        Assert.Throws<CultureNotFoundException>(() => LetterCulture.Get(name));
    }

    [Theory]
    [InlineData("tr-TR")]
    [InlineData("ar-SA")]
    public void Output_does_not_depend_on_the_current_culture(string current)
    {
        string expected = FormatSamples();
        CultureInfo previous = CultureInfo.CurrentCulture;
        CultureInfo previousUi = CultureInfo.CurrentUICulture;
        try
        {
            CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo(current);
            CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(current);
            Assert.Equal(expected, FormatSamples());
        }
        finally
        {
            CultureInfo.CurrentCulture = previous;
            CultureInfo.CurrentUICulture = previousUi;
        }
    }

    private static string FormatSamples()
    {
        LetterCulture us = LetterCulture.Get("en-US");
        LetterCulture gb = LetterCulture.Get("en-GB");
        var range = new DateRange(new DateOnly(2010, 5, 31), new DateOnly(2010, 6, 11));
        var writer = new RecordingComposer();
        LetterValues.Write(writer.Composer, us, 1234.5m);
        LetterValues.Write(writer.Composer, LetterCulture.Invariant, -1234567.25);
        LetterValues.Write(writer.Composer, us, new DateTime(2010, 5, 21, 13, 45, 0), "g");
        return string.Join("|",
            us.FormatDate(new DateOnly(2010, 5, 21)),
            gb.FormatDate(new DateOnly(2020, 12, 7), "dd MMMM yyyy"),
            us.FormatDateRange(range),
            range.ToString(),
            range.ToString(null, CultureInfo.GetCultureInfo("de-DE")),
            us.FormatOrdinal(-21),
            LetterFilters.Upper(us, "istanbul"),
            LetterFilters.Capitalize(gb, "istanbul"),
            writer.Text);
    }

    [Theory]
    [InlineData("ar-SA", 1, 1, 1)]
    [InlineData("ar-SA", 9999, 12, 31)]
    [InlineData("ar-SA", 1900, 4, 29)]
    [InlineData("fa-IR", 1, 1, 1)]
    [InlineData("ps-AF", 622, 3, 21)]
    public void A_date_the_culture_calendar_cannot_show_is_written_with_its_Gregorian_calendar(string name, int year, int month, int day)
    {
        var culture = LetterCulture.Get(name);
        var date = new DateOnly(year, month, day);
        var gregorian = (CultureInfo)CultureInfo.GetCultureInfo(name).Clone();
        gregorian.DateTimeFormat.Calendar = gregorian.OptionalCalendars.OfType<GregorianCalendar>().First(c => c.CalendarType == GregorianCalendarTypes.Localized);

        Assert.Equal(date.ToString("yyyy", gregorian), culture.FormatDate(date, "yyyy"));
        Assert.Contains(year.ToString(gregorian), culture.FormatDate(date), StringComparison.Ordinal);
        Assert.NotEmpty(culture.FormatDateRange(new DateRange(date, DateOnly.MaxValue)));
        Assert.NotEmpty(LetterValues.Format(culture, new DateTime(year, month, day, 12, 0, 0), "f"));
        Assert.NotEmpty(LetterValues.Format(culture, new DateTimeOffset(year, month, day, 12, 0, 0, TimeSpan.Zero), "F"));
    }

    [Fact]
    public void A_date_the_culture_calendar_shows_keeps_that_calendar()
    {
        // 7 December 2020 is 22 Rabi' al-Thani 1442 in the Umm al-Qura calendar.
        Assert.Equal("1442", LetterCulture.Get("ar-SA").FormatDate(new DateOnly(2020, 12, 7), "yyyy"));
    }
}
