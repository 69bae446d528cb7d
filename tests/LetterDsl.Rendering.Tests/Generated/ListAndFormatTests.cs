using System;
using System.Collections.Generic;
using LetterDsl.Testing.Letters;

namespace LetterDsl.Rendering.Tests.Generated;

/// <summary>
/// The 'list' filter and formats through the generated code: a list written as one phrase in the letter's language,
/// a format on each item, and a format that only the runtime can judge, which renders instead of throwing.
/// </summary>
public sealed class ListAndFormatTests
{
    private static readonly List<DateOnly> s_dates = new() { new(2020, 12, 14), new(2020, 12, 15), new(2020, 12, 16) };

    [Theory]
    [InlineData("en-GB", "We met on 14 December 2020, 15 December 2020 and 16 December 2020.")]
    [InlineData("de-DE", "We met on 14. Dezember 2020, 15. Dezember 2020 und 16. Dezember 2020.")]
    [InlineData("fr-FR", "We met on 14 décembre 2020, 15 décembre 2020 et 16 décembre 2020.")]
    [InlineData("es-ES", "We met on 14 de diciembre de 2020, 15 de diciembre de 2020 y 16 de diciembre de 2020.")]
    public void TheListFilterWritesTheItemsAsOnePhraseInTheLetterLanguage(string culture, string expected)
    {
        using var letters = ProbeLetter.Compile("We met on {{ Dates | list }}.", $"@culture {culture}\n@param Dates: List<DateOnly>");

        Assert.Equal(expected, letters.Create(("Dates", s_dates)).TextBody());
    }

    [Fact]
    public void AFormatAndFiltersApplyToEachItemAndThenToThePhrase()
    {
        using var letters = ProbeLetter.Compile(
            "On {{ Dates:d MMMM | list }}; {{ Names | list | upper }}; {{ for d in Dates }}{{ d:dd }} {{ end }}",
            "@culture en-GB\n@param Dates: IReadOnlyList<DateOnly>\n@param Names: string[]");

        var body = letters.Create(("Dates", s_dates), ("Names", new[] { "Ada", "Grace" })).TextBody();

        Assert.Equal("On 14 December, 15 December and 16 December; ADA AND GRACE; 14 15 16", body);
    }

    [Fact]
    public void AnAddresseeLineWhoseListIsEmptyIsNotWritten()
    {
        using var letters = ProbeLetter.Compile("Body.", "@param Copies: IReadOnlyList<string>\n@to The Registrar\n@to {{ Copies | list }}");

        var none = letters.Create(("Copies", Array.Empty<string>())).ToText();
        var two = letters.Create(("Copies", new[] { "A", "B" })).ToText();

        Assert.Contains("The Registrar\n\n", none, StringComparison.Ordinal);
        Assert.Contains("The Registrar\nA and B\n", two, StringComparison.Ordinal);
    }

    [Fact]
    public void ADateFormatOnlyTheRuntimeCanJudgeWritesTheLetterDateStyleInEveryFormat()
    {
        // The generator cannot see that Met is a DateOnly, and the compiler accepts a format on it; .NET then rejects
        // the time pattern, and the value is written in the letter's date style instead of throwing.
        const string Recipient = "public sealed class Recipient { public System.DateOnly Met { get; init; } }";
        var run = GeneratorHarness.RunLetter(ProbeLetter.Text("Met at {{ To.Met:HH:mm }}.", "@culture en-GB\n@param To: Recipient"), csharpSources: Recipient);
        using var letters = run.Load();
        var recipient = Activator.CreateInstance(letters.Assembly.GetType("Recipient")!)!;
        recipient.GetType().GetProperty("Met")!.SetValue(recipient, new DateOnly(2020, 12, 7));
        var letter = letters.Create(("To", recipient));

        Assert.Equal("Met at 7 December 2020.", letter.TextBody());
        Assert.Equal("Met at 7 December 2020.", letter.MarkdownBody());
        Assert.Contains("<p>Met at 7 December 2020.</p>", letter.ToHtml(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("@param Amount: decimal", "{{ Amount:N2 }} {{ Amount:#,##0.0 'EUR' }} {{ Amount:E2 }}", "1,234.50 1,234.5 EUR 1.23E+003")]
    [InlineData("@param Count: int", "{{ Count:D4 }} {{ Count:X }} {{ Count:0.0 }}", "0042 2A 42.0")]
    [InlineData("@param Date: DateTime", "{{ Date:d MMMM yyyy 'at' HH:mm }} {{ Date:t }}", "7 December 2020 at 10:30 10:30")]
    [InlineData("@param Date: DateOnly?", "{{ Date:dddd d MMMM }} {{ Date:'the' d'th' }} {{ Date:D }}", "Monday 7 December the 7th Monday, 7 December 2020")]
    public void FormatsTheBuildAcceptsRenderAsNETWritesThem(string header, string body, string expected)
    {
        using var letters = ProbeLetter.Compile(body, "@culture en-GB\n" + header);
        var values = header switch
        {
            "@param Amount: decimal" => ("Amount", (object)1234.5m),
            "@param Count: int" => ("Count", 42),
            "@param Date: DateTime" => ("Date", new DateTime(2020, 12, 7, 10, 30, 0)),
            _ => ("Date", (object)new DateOnly(2020, 12, 7)),
        };

        Assert.Equal(expected, letters.Create(values).TextBody());
    }
}
