using System;
using System.Buffers.Binary;
using System.IO;
using CoalitionLetters;
using LetterDsl.Pdf.Tests.Infrastructure;
using LetterDsl.Testing;

namespace LetterDsl.Pdf.Tests;

/// <summary>
/// The first pages in docs/ rasterized from the PDF with poppler's pdftoppm, as a reader sees them; with
/// <c>LETTERDSL_UPDATE_SCREENSHOT=1</c> the pictures in docs/ are refreshed.
/// </summary>
public class DocsPictureTests
{
    [PdftoppmTheory]
    [InlineData("2020 seed", "pdf-letter-2020.png")]
    [InlineData("din sample", "pdf-letter-din5008-b.png")]
    public void The_first_page_rasterizes_to_a_picture_of_text(string letter, string picture)
    {
        using var work = new TempDirectory();
        string pdf = work.File("letter.pdf");
        File.WriteAllBytes(pdf, TextTests.Letter(letter).ToPdf());

        var (exit, _, errors) = ExternalTool.Run(PdftoppmTheoryAttribute.Pdftoppm, ["-r", "80", "-png", "-f", "1", "-l", "1", "-singlefile", pdf, work.File("page")]);

        Assert.True(exit == 0, errors);
        byte[] png = File.ReadAllBytes(work.File("page.png"));
        Assert.Equal(new byte[] { 0x89, (byte)'P', (byte)'N', (byte)'G' }, png[..4]);
        // A4 at 80 dpi is 661.4 × 935.4 pixels, which pdftoppm rounds up.
        Assert.Equal((662, 936), (BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(16)), BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(20))));
        Assert.True(png.Length > 20_000, $"the picture is only {png.Length} bytes: is the page blank?");
        Assert.True(png.Length < 300_000, $"the picture is {png.Length} bytes, too large for docs/");
        if (Environment.GetEnvironmentVariable("LETTERDSL_UPDATE_SCREENSHOT") == "1")
        {
            File.Copy(work.File("page.png"), Path.Combine(RepositoryRoot.Path, "docs", picture), overwrite: true);
        }
    }
}

/// <summary>A test that needs poppler's pdftoppm; skipped, saying so, where it is absent.</summary>
public sealed class PdftoppmTheoryAttribute : TheoryAttribute
{
    public const string Pdftoppm = "/usr/bin/pdftoppm";

    public PdftoppmTheoryAttribute()
    {
        if (!File.Exists(Pdftoppm))
        {
            Skip = $"{Pdftoppm} is not installed (apt-get install poppler-utils); .ci/run installs it.";
        }
    }
}
