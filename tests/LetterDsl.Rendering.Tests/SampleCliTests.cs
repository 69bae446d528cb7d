using System;
using System.IO;
using System.Linq;
using CoalitionLetters;
using LetterDsl.Docx;
using LetterDsl.Testing;

namespace LetterDsl.Rendering.Tests;

public class SampleCliTests
{
    [Fact]
    public void The_merge_command_writes_one_docx_per_sample_recipient()
    {
        using var output = new TempDirectory();
        var console = new StringWriter();

        int exit = MergeCommand.Run(RepoPaths.SampleRecipients, output.Path, DocxFileRenderer.Default, TestConsole.Create(console));

        Assert.Equal(0, exit);
        int recipients = RecipientCsv.Read(RepoPaths.SampleRecipients).Count();
        Assert.Equal(recipients, Directory.GetFiles(output.Path, "*.docx").Length);
        Assert.Contains($"Wrote {recipients} letters to", console.ToString());
    }

    [Fact]
    public void A_malformed_row_stops_the_command_with_its_row_and_reason_and_keeps_earlier_files()
    {
        using var output = new TempDirectory();
        string csv = output.File("recipients.csv");
        File.WriteAllText(csv, "honorific,name,title,country,salutation\nHon.,Ugo Bianchi,Minister of Justice,Zubrowka,\"Dear Minister,\"\nHon.,Lucía Mendoza,Minister of Justice\n");
        string letters = Path.Combine(output.Path, "letters");
        var console = new StringWriter();

        int exit = MergeCommand.Run(csv, letters, LetterFileRenderer.Html, TestConsole.Create(console));

        Assert.Equal(1, exit);
        Assert.Contains("row 3 (line 3): expected 5 fields, as in the header, but found 3.", console.ToString());
        Assert.Contains("the 1 letters written before it are kept", console.ToString());
        Assert.Equal(new[] { "Zubrowka-Ugo Bianchi.html" }, Directory.GetFiles(letters).Select(Path.GetFileName));
    }
}
