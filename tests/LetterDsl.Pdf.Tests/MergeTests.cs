using System;
using System.IO;
using System.Linq;
using CoalitionLetters;
using LetterDsl.Pdf.Tests.Infrastructure;
using LetterDsl.Testing;

namespace LetterDsl.Pdf.Tests;

/// <summary>PDF in the mail merge: one file per recipient, or one file of every letter for duplex printing.</summary>
public class MergeTests
{
    private static string SampleRecipients => Path.Combine(RepositoryRoot.Path, "samples", "CoalitionLetters", "recipients.csv");

    [Fact]
    public void Each_letter_of_a_single_file_starts_on_the_front_of_a_sheet()
    {
        ILetter[] letters = [TestLetters.Block("First."), TestLetters.Block(TestLetters.Lines(45)), TestLetters.Block("Third."), TestLetters.Un()];
        using var stream = new MemoryStream();

        int written = PdfMerge.Write(letters, stream);

        Assert.Equal(4, written);
        using var pdf = new PdfReading(stream.ToArray());
        // 1 page, a blank back; 2 pages; 1 page, a blank back; 1 page.
        Assert.Equal(7, pdf.Pages.Count);
        Assert.Equal(1, pdf.PageOf("First."));
        Assert.Empty(pdf.Pages[1].Letters);
        Assert.Equal(3, pdf.PageOf("1."));
        Assert.Equal(5, pdf.PageOf("Third."));
        Assert.Empty(pdf.Pages[5].Letters);
        Assert.Equal(7, pdf.PageOf("Delorme"));
        Assert.EndsWith("Page 2 of 2", pdf.Text(4).TrimEnd(), StringComparison.Ordinal);
        Assert.Equal(4, PdfStructure.ElementTypes(pdf.Document).Count(t => t == "Art"));
    }

    [Fact]
    public void A_merge_without_letters_is_an_ArgumentException()
    {
        var error = Assert.Throws<ArgumentException>(() => PdfMerge.Write([], new MemoryStream()));

        Assert.Equal("letters", error.ParamName);
    }

    [Fact]
    public void The_sample_merges_one_pdf_per_recipient_with_the_renderer()
    {
        using var output = new TempDirectory();
        var console = new StringWriter();

        int exit = MergeCommand.Run(SampleRecipients, output.Path, PdfFileRenderer.Default, TestConsole.Create(console));

        Assert.Equal(0, exit);
        string[] files = Directory.GetFiles(output.Path, "*.pdf");
        Assert.Equal(RecipientCsv.Read(SampleRecipients).Count(), files.Length);
        Assert.Contains($"Wrote {files.Length} letters to", console.ToString(), StringComparison.Ordinal);
        using var pdf = new PdfReading(File.ReadAllBytes(files.Single(f => f.EndsWith("Arcadia-Amara Okonjo.pdf", StringComparison.Ordinal))));
        Assert.Contains("Okonjo", PdfReading.Split(pdf.Text(1)));
    }

    [Fact]
    public void The_samples_single_file_holds_every_letter_each_on_a_new_sheet()
    {
        using var output = new TempDirectory();

        int exit = Program.Main(["--recipients", SampleRecipients, "--out", output.Path, "--format", "pdf", "--single-file"]);

        Assert.Equal(0, exit);
        var recipients = RecipientCsv.Read(SampleRecipients).ToList();
        using var pdf = new PdfReading(File.ReadAllBytes(Path.Combine(output.Path, MergeCommand.SingleFileName)));
        // Every sample letter is one page long, so each but the last is followed by a blank back.
        Assert.Equal((2 * recipients.Count) - 1, pdf.Pages.Count);
        for (int i = 0; i < recipients.Count; i++)
        {
            Assert.Contains(recipients[i].Name.Split(' ')[^1], PdfReading.Split(pdf.Text((2 * i) + 1)));
        }

        Assert.Empty(Directory.GetFiles(output.Path, "*.partial"));
    }

    [Fact]
    public void Single_file_without_pdf_is_a_usage_error()
    {
        using var output = new TempDirectory();

        Assert.Equal(2, Program.Main(["--recipients", SampleRecipients, "--out", output.Path, "--format", "docx", "--single-file"]));
        Assert.Equal(2, Program.Main(["--single-file"]));
    }
}
