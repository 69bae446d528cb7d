using System;
using LetterDsl.Testing.Letters;

namespace LetterDsl.Rendering.Tests.Generated;

/// <summary>Dates, date ranges and ordinals in the letter's <c>@culture</c>, and literal dates.</summary>
public sealed class DateCultureTests
{
    [Theory]
    [InlineData("en-US", "December 7, 2020", "19th", "December 14-16, 2020")]
    [InlineData("en-GB", "7 December 2020", "19th", "14-16 December 2020")]
    [InlineData("fr-FR", "7 décembre 2020", "19e", "14-16 décembre 2020")]
    [InlineData("de-DE", "7. Dezember 2020", "19.", "14.-16. Dezember 2020")]
    public void DatesAndOrdinalsFollowTheCulture(string culture, string date, string ordinal, string range)
    {
        using var letters = ProbeLetter.Compile("The {{ Session | ordinal }} session, {{ Dates }}.", $"@culture {culture}\n@param Date: DateOnly\n@param Session: int\n@param Dates: DateRange", date: "{{ Date }}");
        var letter = letters.Create(
            ("Date", new DateOnly(2020, 12, 7)),
            ("Session", 19),
            ("Dates", new DateRange(new DateOnly(2020, 12, 14), new DateOnly(2020, 12, 16))));

        Assert.Equal(date, letter.DateLine);
        Assert.Equal($"The {ordinal} session, {range}.", letter.MarkdownBody());
    }

    [Fact]
    public void ARangeAcrossMonthsCollapsesOnlyTheYear()
    {
        var body = ProbeLetter.MarkdownBody("Held {{ Dates }}.", "@param Dates: DateRange", ("Dates", new DateRange(new DateOnly(2010, 5, 31), new DateOnly(2010, 6, 11))));

        Assert.Equal("Held May 31 - June 11, 2010.", body);
    }

    [Fact]
    public void AFormatAfterAColonIsADatePattern()
    {
        var body = ProbeLetter.MarkdownBody("Reply by {{ Date:d MMMM yyyy }}.", "@param Date: DateOnly", ("Date", new DateOnly(2020, 12, 7)));

        Assert.Equal("Reply by 7 December 2020.", body);
    }

    [Theory]
    [InlineData("en-US", "May 21, 2010", "May 21, 2010")]
    [InlineData("en-GB", "7 December 2020", "7 December 2020")]
    [InlineData("fr-FR", "7 décembre 2020", "7 décembre 2020")]
    [InlineData("de-DE", "7. Dezember 2020", "7. Dezember 2020")]
    [InlineData("en-GB", "2020-12-07", "7 December 2020")]
    public void ALiteralDateIsPrintedInTheCulture(string culture, string literal, string expected)
    {
        using var letters = ProbeLetter.Compile("Body.", "@culture " + culture, date: literal);

        Assert.Equal(expected, letters.Create().DateLine);
    }

    [Fact]
    public void ThePlaceComesBeforeTheDate()
    {
        using var letters = ProbeLetter.Compile("Body.", "@culture en-GB\n@place The Hague", date: "7 December 2020");

        Assert.Equal("The Hague, 7 December 2020", letters.Create().DateLine);
    }
}
