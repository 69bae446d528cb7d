using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using CoalitionLetters;
using LetterDsl.Docx;
using LetterDsl.Testing;

namespace LetterDsl.Rendering.Tests;

public class LetterMergeTests
{
    [Fact]
    public void The_sample_recipients_get_one_html_file_each_with_escaped_names()
    {
        using var output = new TempDirectory();
        List<Recipient> recipients = RecipientCsv.Read(RepoPaths.SampleRecipients).ToList();

        IReadOnlyList<string> written = LetterMerge.WriteFiles(recipients, MinisterLetters.For, Options(output, LetterFileRenderer.Html));

        Assert.True(recipients.Count >= 20);
        Assert.Equal(recipients.Count, written.Count);
        Assert.Equal(written.OrderBy(p => p, StringComparer.Ordinal), Directory.GetFiles(output.Path).OrderBy(p => p, StringComparer.Ordinal));
        Assert.Contains(output.File("Saint Anselm _ Little Anselm-Valentina Petrescu.html"), written);
        Assert.Contains(output.File("Kreplachistan-William _Bill_ Thornton.html"), written);
        for (int i = 0; i < recipients.Count; i++)
        {
            Assert.Equal(MinisterLetters.For(recipients[i]).ToHtml(), File.ReadAllText(written[i]));
        }
    }

    [Fact]
    public void Docx_plugs_in_and_every_document_is_valid()
    {
        using var output = new TempDirectory();
        List<Recipient> recipients = RecipientCsv.Read(RepoPaths.SampleRecipients).ToList();

        IReadOnlyList<string> written = LetterMerge.WriteFiles(recipients, MinisterLetters.For, Options(output, DocxFileRenderer.Default));

        Assert.Equal(recipients.Count, written.Count);
        for (int i = 0; i < recipients.Count; i++)
        {
            Assert.EndsWith(".docx", written[i], StringComparison.Ordinal);
            using var document = new DocxDocument(File.ReadAllBytes(written[i]));
            Assert.Empty(document.ValidationErrors());
            Assert.StartsWith(recipients[i].FormalName + "\n", DocxDocument.TextOf(document.Paragraphs.ElementAt(1)), StringComparison.Ordinal);
            Assert.Equal(recipients[i].Salutation, DocxDocument.TextOf(document.Paragraphs.ElementAt(3)));
        }
    }

    [Fact]
    public void Duplicate_names_are_numbered()
    {
        using var output = new TempDirectory();
        var recipients = new[]
        {
            Recipients.Sample,
            Recipients.Sample with { Title = "Minister of Justice" },
            Recipients.Sample with { Name = "AMARA OKONJO" },
            Recipients.Sample with { Country = "Borduria" },
        };

        IReadOnlyList<string> written = LetterMerge.WriteFiles(recipients, MinisterLetters.For, Options(output, LetterFileRenderer.Text));

        Assert.Equal(
            new[] { "Arcadia-Amara Okonjo.txt", "Arcadia-Amara Okonjo (2).txt", "Arcadia-AMARA OKONJO (3).txt", "Borduria-Amara Okonjo.txt" },
            written.Select(Path.GetFileName));
        Assert.Contains("Minister of Justice", File.ReadAllText(written[1]));
    }

    [Fact]
    public void Progress_is_reported_after_every_file_with_the_total()
    {
        using var output = new TempDirectory();
        var reports = new List<LetterMergeProgress>();
        var recipients = new[] { Recipients.Sample, Recipients.Sample with { Name = "Bastien Delorme" } };

        LetterMerge.WriteFiles(recipients, MinisterLetters.For, Options(output, LetterFileRenderer.Markdown), new ListProgress(reports));

        Assert.Equal(
            new[] { new LetterMergeProgress(1, 2, output.File("Arcadia-Amara Okonjo.md")), new LetterMergeProgress(2, 2, output.File("Arcadia-Bastien Delorme.md")) },
            reports);
    }

    [Fact]
    public void A_malformed_row_stops_the_merge_and_keeps_the_files_already_written()
    {
        using var output = new TempDirectory();
        string csv = string.Join("\n",
            "honorific,name,title,country,salutation",
            "H.E. Ms.,Amara Okonjo,Minister of Foreign Affairs,Arcadia,\"Excellency,\"",
            "Hon.,Catalina Ferreira,Minister of Justice,Carpathia,\"Dear Minister,\"",
            "H.E. Mr.,Dmitri Volkonsky,Minister of Foreign Affairs,Syldavia,Hello",
            "H.E. Mr.,Pavel Novák,Minister of Foreign Affairs,Molvania,\"Excellency,\"");

        var error = Assert.Throws<RecipientCsvException>(() =>
            LetterMerge.WriteFiles(RecipientCsv.Read(new StringReader(csv)), MinisterLetters.For, Options(output, DocxFileRenderer.Default)));

        Assert.Equal(4, error.Row);
        Assert.Contains("the salutation \"Hello\" is not one of \"Excellency,\", \"Dear Minister,\"", error.Message);
        Assert.Equal(
            new[] { "Arcadia-Amara Okonjo.docx", "Carpathia-Catalina Ferreira.docx" },
            Directory.GetFiles(output.Path).Select(Path.GetFileName).OrderBy(n => n, StringComparer.Ordinal));
        foreach (string file in Directory.GetFiles(output.Path))
        {
            using var document = new DocxDocument(File.ReadAllBytes(file));
            Assert.Empty(document.ValidationErrors());
        }
    }

    [Fact]
    public void A_letter_that_fails_to_render_leaves_no_partial_file()
    {
        using var output = new TempDirectory();

        Assert.Throws<InvalidOperationException>(() =>
            LetterMerge.WriteFiles(new[] { Recipients.Sample }, MinisterLetters.For, Options(output, new FailingRenderer())));

        Assert.Empty(Directory.GetFiles(output.Path));
    }

    private static LetterMergeOptions Options(TempDirectory output, ILetterFileRenderer renderer) => new()
    {
        OutputDirectory = output.Path,
        FileNameTemplate = MergeCommand.FileNameTemplate,
        Renderer = renderer,
    };

    private sealed class ListProgress(List<LetterMergeProgress> reports) : IProgress<LetterMergeProgress>
    {
        public void Report(LetterMergeProgress value) => reports.Add(value);
    }

    /// <summary>Writes part of a file, then fails, as a full disk would.</summary>
    private sealed class FailingRenderer : ILetterFileRenderer
    {
        public string FileExtension => ".txt";

        public void Render(ILetter letter, Stream destination)
        {
            destination.Write(new byte[] { 1, 2, 3 });
            throw new InvalidOperationException("disk full");
        }
    }
}
