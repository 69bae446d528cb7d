using System.IO;
using System.Linq;
using CoalitionLetters;

namespace LetterDsl.Rendering.Tests;

public class RecipientCsvTests
{
    private const string Header = "honorific,name,title,country,salutation\n";

    [Fact]
    public void The_sample_file_has_at_least_twenty_recipients_with_both_salutation_forms()
    {
        Recipient[] recipients = RecipientCsv.Read(RepoPaths.SampleRecipients).ToArray();

        Assert.True(recipients.Length >= 20, $"{recipients.Length} recipients");
        Assert.Contains(recipients, r => r.Salutation == "Excellency,");
        Assert.Contains(recipients, r => r.Salutation == "Dear Minister,");
        Assert.All(recipients, r => Assert.All(new[] { r.Honorific, r.Name, r.Title, r.Country }, field => Assert.NotEmpty(field)));
    }

    [Fact]
    public void Quoted_fields_hold_commas_quotes_and_line_breaks_and_columns_may_come_in_any_order()
    {
        string csv = "Country,Salutation,Name,Title,Honorific,Notes\r\n"
            + "\"Freedonia\",\"Dear Minister,\",\"William \"\"Bill\"\" Thornton\",\"Minister of Foreign Affairs,\nTrade\",Hon.,x\r\n";

        Recipient recipient = Assert.Single(RecipientCsv.Read(new StringReader(csv)));

        Assert.Equal(new Recipient("Hon.", "William \"Bill\" Thornton", "Minister of Foreign Affairs,\nTrade", "Freedonia", "Dear Minister,"), recipient);
    }

    [Theory]
    [InlineData(Header + "Hon.,A,B,C,\"Excellency,\"\nHon.,A,B,C\n", 3, 3, "expected 5 fields, as in the header, but found 4")]
    [InlineData(Header + "Hon.,,B,C,\"Excellency,\"\n", 2, 2, "the name is empty")]
    [InlineData(Header + "\nHon.,A,B,C,Hi\n", 2, 3, "the salutation \"Hi\" is not one of")]
    [InlineData(Header + "Hon.,A \"B\",B,C,\"Excellency,\"\n", 2, 2, "a quote inside an unquoted field")]
    [InlineData(Header + "Hon.,\"A\"x,B,C,\"Excellency,\"\n", 2, 2, "the character 'x' follows a closing quote")]
    [InlineData(Header + "Hon.,\"A,B,C,Excellency\n", 2, 2, "a quoted field is never closed")]
    [InlineData("honorific,name,title,salutation\n", 1, 1, "the header has no 'country' column")]
    [InlineData("", 1, 1, "the file is empty")]
    public void A_malformed_row_is_reported_with_its_row_line_and_reason(string csv, int row, int line, string reason)
    {
        var error = Assert.Throws<RecipientCsvException>(() => RecipientCsv.Read(new StringReader(csv)).ToList());

        Assert.Equal((row, line), (error.Row, error.Line));
        Assert.Contains(reason, error.Reason);
        Assert.StartsWith($"row {row} (line {line}): ", error.Message, System.StringComparison.Ordinal);
    }
}
