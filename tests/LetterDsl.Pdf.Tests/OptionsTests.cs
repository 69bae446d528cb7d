using System.Collections.Generic;
using System.IO;
using System.Linq;
using LetterDsl.Pdf.Tests.Infrastructure;
using LetterDsl.Testing;

namespace LetterDsl.Pdf.Tests;

/// <summary>The printed letterhead, signature images and font files that <see cref="PdfOptions"/> adds.</summary>
public class OptionsTests
{
    private static readonly byte[] Png = File.ReadAllBytes(Path.Combine(RepositoryRoot.Path, "docs", "letter-2020.png"));

    [Theory]
    [InlineData("din5008-a", 10, 27)]
    [InlineData("din5008-b", 10, 45)]
    public void A_DIN_letterhead_fills_the_letterhead_area_of_the_first_page_only(string layout, double top, double bottom)
    {
        var options = new PdfOptions { Letterhead = new PdfLetterhead { Logo = Png, Lines = ["Printed Letterhead Ltd"] } };
        var letter = TestLetters.Din(layout, TestLetters.Lines(40));

        using var pdf = new PdfReading(letter.ToPdf(options));

        var logo = Assert.Single(pdf.Pages[0].GetImages());
        double logoTop = (pdf.Pages[0].Height - logo.BoundingBox.Top) * 25.4 / 72;
        double logoBottom = (pdf.Pages[0].Height - logo.BoundingBox.Bottom) * 25.4 / 72;
        Assert.InRange(logoTop, top - 0.5, bottom);
        Assert.InRange(logoBottom, top, bottom + 0.5);
        Assert.InRange(logo.BoundingBox.Left * 25.4 / 72, 25 - 0.5, 25 + 0.5);
        PlacedWord printed = pdf.PlacedWords(1).Single(w => w.Text == "Printed");
        Assert.InRange(printed.Top, top - 0.5, bottom);
        Assert.True(printed.Right > 150, "the lines range right");
        Assert.Empty(pdf.Pages[1].GetImages());
        Assert.DoesNotContain("Printed", PdfReading.Split(pdf.Text(2)));
    }

    [Fact]
    public void In_a_block_letter_the_letterhead_is_a_band_above_the_text()
    {
        var options = new PdfOptions { Letterhead = new PdfLetterhead { Logo = Png, LogoDescription = "Coalition logo", Lines = ["Printed Letterhead Ltd", "The Hague"] } };
        var letter = TestLetters.Block("One paragraph.");

        using var pdf = new PdfReading(letter.ToPdf(options));

        var logo = Assert.Single(pdf.Pages[0].GetImages());
        double logoBottom = (pdf.Pages[0].Height - logo.BoundingBox.Bottom) * 25.4 / 72;
        PlacedWord date = pdf.PlacedWords(1).Single(w => w.Text == "December");
        Assert.True(date.Top > logoBottom, "the text starts below the letterhead");
        // The printed lines come first, then the letter's own words.
        Assert.Equal(["Printed", "Letterhead", "Ltd", "The", "Hague", .. ExpectedText.Words(letter)], pdf.Words(ExpectedText.PageLabel(letter)));
        Assert.Contains("Figure", PdfStructure.ElementTypes(pdf.Document));
    }

    [Fact]
    public void A_signature_image_sits_above_the_signatorys_name()
    {
        var options = new PdfOptions { SignatureImages = new Dictionary<string, byte[]> { ["Andres Serbin"] = Png, ["Nobody Here"] = Png } };

        using var pdf = new PdfReading(CoalitionLetters.SeedLetters.Kampala2010().ToPdf(options));

        int page = pdf.PageOf("Serbin");
        var image = Assert.Single(pdf.Pages[page - 1].GetImages());
        PlacedWord name = pdf.PlacedWords(page).Single(w => w.Text == "Serbin");
        PlacedWord other = pdf.PlacedWords(page).Single(w => w.Text == "Mpoumou");
        double imageBottom = (pdf.Pages[page - 1].Height - image.BoundingBox.Bottom) * 25.4 / 72;
        double imageLeft = image.BoundingBox.Left * 25.4 / 72;
        Assert.InRange(imageBottom, name.Top - 12, name.Top);
        Assert.True(imageLeft > other.Right, "the image is in the second signatory's column");
    }

    [Fact]
    public void Font_files_replace_the_embedded_family()
    {
        var options = new PdfOptions { Fonts = new PdfFontFiles { Regular = BadInputTests.EmbeddedFont("Italic") } };

        using var pdf = new PdfReading(CoalitionLetters.SeedLetters.Kampala2010().ToPdf(options));

        var fonts = pdf.Pages[0].Letters.Select(l => l.FontName).Distinct().ToList();
        Assert.All(fonts, f => Assert.Contains("Liberation Serif", f, System.StringComparison.Ordinal));
        Assert.All(fonts, f => Assert.EndsWith("Italic", f, System.StringComparison.Ordinal));
        Assert.Equal(ExpectedText.Words(CoalitionLetters.SeedLetters.Kampala2010()), pdf.Words(ExpectedText.PageLabel(CoalitionLetters.SeedLetters.Kampala2010())));
    }

    [Fact]
    public void One_options_instance_serves_many_letters()
    {
        var options = new PdfOptions { Letterhead = new PdfLetterhead { Logo = Png } };

        for (int i = 0; i < 3; i++)
        {
            using var pdf = new PdfReading(TestLetters.Block($"Letter {i}.").ToPdf(options));
            Assert.Single(pdf.Pages[0].GetImages());
        }
    }
}
