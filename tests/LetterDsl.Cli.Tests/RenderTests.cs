using System;
using System.IO;
using System.IO.Compression;
using System.Linq;
using System.Text;
using System.Text.RegularExpressions;
using CoalitionLetters;
using LetterDsl.Cli.Tests.Infrastructure;
using LetterDsl.Docx;
using LetterDsl.Pdf;

namespace LetterDsl.Cli.Tests;

/// <summary>
/// <c>letterdsl render</c> prints exactly what the sample's generated classes render with the same values: the values
/// files beside the sample letters hold the values of <see cref="SeedLetters"/> and <see cref="MinisterLetters"/>.
/// </summary>
public sealed partial class RenderTests
{
    public static TheoryData<string, string> Formats() => new()
    {
        { "asp", "text" }, { "asp", "markdown" }, { "asp", "html" },
        { "kampala", "text" }, { "kampala", "markdown" }, { "kampala", "html" },
    };

    [Theory]
    [MemberData(nameof(Formats))]
    public void The_output_is_the_generated_class_s_own(string letter, string format)
    {
        var (path, expected) = letter == "asp" ? (Samples.Asp19Appeal, (ILetter)SeedLetters.Asp2020()) : (Samples.Kampala, SeedLetters.Kampala2010());

        var run = CliRun.InProcess("render", path, "--format", format).ShouldExit(0);

        Assert.Equal(Render(expected, format), run.Out);
    }

    [Fact]
    public void Text_wraps_at_the_width_asked_for()
    {
        var run = CliRun.InProcess("render", Samples.Asp19Appeal, "--width", "72").ShouldExit(0);

        Assert.Equal(SeedLetters.Asp2020().ToText(new TextOptions { Width = 72 }), run.Out);
    }

    [Fact]
    public void A_letter_that_uses_the_app_s_types_renders_with_project()
    {
        var run = CliRun.InProcess("render", Samples.MinisterAppeal, "--project", Samples.Project, "--no-build", "-c", Samples.Configuration, "--format", "markdown").ShouldExit(0);

        Assert.Equal(MinisterLetters.For(new Recipient("H.E. Ms.", "Amara Okonjo", "Minister of Foreign Affairs", "Arcadia", "Excellency,")).ToMarkdown(), run.Out);
    }

    [Fact]
    public void Out_writes_the_file_as_utf8_without_a_byte_order_mark()
    {
        using var folder = new TempFolder();
        var output = Path.Combine(folder.Path, "letter.html");

        var run = CliRun.InProcess("render", Samples.Asp19Appeal, "--format", "html", "--out", output).ShouldExit(0);

        Assert.Equal("", run.Out);
        Assert.Equal(Encoding.UTF8.GetBytes(SeedLetters.Asp2020().ToHtml()), File.ReadAllBytes(output));
    }

    [Fact]
    public void Docx_goes_to_the_out_file_and_holds_what_ToDocx_writes()
    {
        using var folder = new TempFolder();
        var output = Path.Combine(folder.Path, "letter.docx");

        CliRun.InProcess("render", Samples.Asp19Appeal, "--format", "docx", "--out", output).ShouldExit(0);

        AssertSameDocx(SeedLetters.Asp2020().ToDocx(), File.ReadAllBytes(output));
    }

    [Fact]
    public void Pdf_goes_to_the_out_file_and_says_what_ToPdf_says()
    {
        using var folder = new TempFolder();
        var output = Path.Combine(folder.Path, "letter.pdf");

        CliRun.InProcess("render", Samples.Asp19Appeal, "--format", "pdf", "--out", output).ShouldExit(0);

        // A PDF carries its creation time and a random ID, so the pages' text is compared rather than the bytes.
        Assert.Equal(PageTexts(SeedLetters.Asp2020().ToPdf()), PageTexts(File.ReadAllBytes(output)));
    }

    [Fact]
    public void Pdf_goes_to_standard_output_when_it_is_a_pipe()
    {
        var run = CliRun.Piped("render", Samples.Kampala, "--format", "pdf").ShouldExit(0);

        Assert.Equal(PageTexts(SeedLetters.Kampala2010().ToPdf()), PageTexts(run.BinaryOut));
    }

    [Fact]
    public void Docx_goes_to_standard_output_when_it_is_a_pipe()
    {
        var run = CliRun.Piped("render", Samples.Kampala, "--format", "docx").ShouldExit(0);

        AssertSameDocx(SeedLetters.Kampala2010().ToDocx(), run.BinaryOut);
    }

    [Fact]
    public void Without_values_a_letter_whose_parameters_are_all_optional_renders_with_its_defaults()
    {
        using var folder = new TempFolder();
        var letter = folder.Write("Notice.letter", """
            @letter Notice
            @param Place: string = "Geneva"
            @date 2020-12-07
            @salutation Dear members,

            We meet in {{ Place }}.

            @closing Sincerely,
            @signatory The Secretary

            """);

        var run = CliRun.InProcess("render", letter).ShouldExit(0);

        Assert.Contains("We meet in Geneva.", run.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Signatories_come_from_objects_and_from_signatory_lines()
    {
        using var folder = new TempFolder();
        var letter = folder.Write("Joint.letter", """
            @letter Joint
            @param Signers: IReadOnlyList<Signatory>
            @date 2020-12-07
            @salutation Dear members,

            We write together.

            @closing Sincerely,
            @signatories {{ Signers }}

            """);
        folder.Write("Joint.values.json", """
            { "Signers": [
                { "name": "Doris Mpoumou", "title": "Director", "organization": "ICRtoP" },
                { "Name": "Andres Serbin", "Title": "Chair" },
                "Melinda Reed | Acting Convenor | Coalition for the International Criminal Court"
            ] }
            """);

        var run = CliRun.InProcess("render", letter).ShouldExit(0);

        Assert.EndsWith(
            "Doris Mpoumou\nDirector\nICRtoP\n\n\n\nAndres Serbin\nChair\n\n\n\nMelinda Reed\nActing Convenor\nCoalition for the International Criminal Court\n",
            run.Out,
            StringComparison.Ordinal);
    }

    private static string[] PageTexts(byte[] pdf)
    {
        using var document = UglyToad.PdfPig.PdfDocument.Open(pdf);
        return document.GetPages().Select(page => page.Text).ToArray();
    }

    private static string Render(ILetter letter, string format) => format switch
    {
        "text" => letter.ToText(),
        "markdown" => letter.ToMarkdown(),
        _ => letter.ToHtml(),
    };

    // A .docx is a zip whose entries carry the time they were written, and the OpenXml SDK names relationships with random
    // IDs; apart from those, the parts must be identical.
    private static void AssertSameDocx(byte[] expected, byte[] actual)
    {
        using var expectedZip = new ZipArchive(new MemoryStream(expected));
        using var actualZip = new ZipArchive(new MemoryStream(actual));
        Assert.Equal(expectedZip.Entries.Select(e => e.FullName), actualZip.Entries.Select(e => e.FullName));
        foreach (var entry in expectedZip.Entries)
        {
            Assert.Equal(Read(entry), Read(actualZip.GetEntry(entry.FullName)!));
        }
    }

    private static string Read(ZipArchiveEntry entry)
    {
        using var reader = new StreamReader(entry.Open(), Encoding.UTF8);
        return RelationshipId().Replace(reader.ReadToEnd(), "R#");
    }

    [GeneratedRegex(@"\bR[0-9a-f]{16}\b")]
    private static partial Regex RelationshipId();
}
