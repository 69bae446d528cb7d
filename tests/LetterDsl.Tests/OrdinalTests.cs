using System;
using LetterDsl;

namespace LetterDsl.Tests;

public class OrdinalTests
{
    [Theory]
    [InlineData(1, "1st")]
    [InlineData(2, "2nd")]
    [InlineData(3, "3rd")]
    [InlineData(4, "4th")]
    [InlineData(11, "11th")]
    [InlineData(12, "12th")]
    [InlineData(13, "13th")]
    [InlineData(19, "19th")]
    [InlineData(21, "21st")]
    [InlineData(22, "22nd")]
    [InlineData(101, "101st")]
    [InlineData(111, "111th")]
    [InlineData(0, "0th")]
    [InlineData(-21, "-21st")]
    [InlineData(-12, "-12th")]
    public void English(long number, string expected)
    {
        Assert.Equal(expected, LetterCulture.Get("en-GB").FormatOrdinal(number));
        Assert.Equal(expected, LetterCulture.Get("en-US").FormatOrdinal(number));
        Assert.Equal(expected, LetterCulture.Invariant.FormatOrdinal(number));
    }

    [Theory]
    [InlineData("fr-FR", 1, "1er")]
    [InlineData("fr-FR", 2, "2e")]
    [InlineData("fr-FR", 19, "19e")]
    [InlineData("fr-FR", -1, "-1er")]
    [InlineData("de-DE", 19, "19.")]
    [InlineData("de-DE", 1, "1.")]
    [InlineData("es-ES", 19, "19.º")]
    [InlineData("es-ES", 1, "1.º")]
    [InlineData("it-IT", 19, "19º")]
    [InlineData("it-IT", 1, "1º")]
    [InlineData("nl-NL", 19, "19e")]
    [InlineData("nl-NL", 1, "1e")]
    [InlineData("pt-PT", 19, "19.º")]
    [InlineData("pt-BR", 19, "19º")]
    [InlineData("fr-CA", 1, "1er")]
    [InlineData("ja-JP", 19, "19.")]
    [InlineData("tr-TR", 19, "19.")]
    public void Other_languages(string culture, long number, string expected)
    {
        Assert.Equal(expected, LetterCulture.Get(culture).FormatOrdinal(number));
    }

    [Theory]
    [InlineData(long.MinValue, "-9223372036854775808th")]
    [InlineData(long.MaxValue, "9223372036854775807th")]
    public void Extremes_do_not_overflow(long number, string expected)
    {
        Assert.Equal(expected, LetterCulture.Get("en-US").FormatOrdinal(number));
    }

    [Fact]
    public void Numbers_are_not_grouped()
    {
        Assert.Equal("12345th", LetterCulture.Get("en-US").FormatOrdinal(12345));
    }

    [Fact]
    public void TryFormatOrdinal_reports_a_destination_that_is_too_small()
    {
        LetterCulture us = LetterCulture.Get("en-US");
        Span<char> buffer = stackalloc char[4];
        Assert.False(us.TryFormatOrdinal(19, buffer[..3], out int written));
        Assert.Equal(0, written);
        Assert.False(us.TryFormatOrdinal(19, buffer[..1], out _));
        Assert.True(us.TryFormatOrdinal(19, buffer, out written));
        Assert.Equal("19th", buffer[..written].ToString());
    }
}
