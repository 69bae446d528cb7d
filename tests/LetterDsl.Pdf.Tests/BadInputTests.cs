using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using LetterDsl.Pdf.Tests.Infrastructure;
using LetterDsl.Testing;
using LetterDsl.Testing.Letters;

namespace LetterDsl.Pdf.Tests;

/// <summary>Hostile and oversized values give a valid PDF, and unusable options a clear ArgumentException naming the option.</summary>
public class BadInputTests
{
    private static readonly byte[] NotAnImage = "GIF89a this is not a PNG"u8.ToArray();

    [Fact]
    public void Control_characters_become_spaces_and_lone_surrogates_the_replacement_character()
    {
        var letter = new FakeLetter("7 December 2020", "Excellency,", "Intro {{v}} outro.", "Sincerely,", new Signatory("Ann\u0007Lee"))
        {
            Recipients = ["Tab\tand\u0001bell", "Lone \uD800 high and \uDC00 low"],
        };
        var withValue = new FakeLetter("en-GB", "7 December 2020", "Excellency,", BodyEvents.Parse("Intro {{v}} outro.", new Dictionary<string, string> { ["v"] = "A\r\nB\u0085C\u2028D" }), "Sincerely,", [new Signatory("Ann\u0007Lee")])
        {
            Recipients = letter.Recipients,
            Subject = "Rome & <Statute>\u0001",
        };

        using var pdf = new PdfReading(withValue.ToPdf());

        string[] words = PdfReading.Split(pdf.Text(1));
        Assert.Contains("Tab", words);
        Assert.Contains("bell", words);
        // A lone surrogate becomes U+FFFD, which Liberation Serif lacks: it prints as the .notdef box, one character
        // between its neighbours, and PDFsharp's ToUnicode map reads it back as U+0000.
        Assert.Equal(new[] { "Lone", "\0", "high", "and", "\0", "low" }, words.SkipWhile(w => w != "Lone").Take(6));
        Assert.DoesNotContain(words, w => w.Any(char.IsSurrogate));
        Assert.Equal(new[] { "Intro", "A", "B", "C", "D", "outro." }, words.SkipWhile(w => w != "Intro").Take(6));
        Assert.Contains("Lee", words);
        Assert.Equal("Rome & <Statute> ", pdf.Document.Information.Title);
        Assert.Equal("Ann Lee", pdf.Document.Information.Author);
        Assert.DoesNotContain(pdf.Pages[0].Letters, l => l.Value.Any(c => char.IsControl(c) && c != '\0'));
    }

    [Fact]
    public void A_character_the_font_lacks_prints_as_its_notdef_glyph()
    {
        var letter = TestLetters.Block("Chinese 漢字, an emoji 😀 and Arabic مرحبا in one line.");

        using var pdf = new PdfReading(letter.ToPdf());

        string[] words = PdfReading.Split(pdf.Text(1));
        Assert.Contains("Chinese", words);
        Assert.Contains("line.", words);
    }

    [Fact]
    public void A_word_of_ten_thousand_characters_is_cut_across_lines_and_pages()
    {
        string word = string.Concat(Enumerable.Range(0, 10_000).Select(i => (char)('a' + (i % 26))));
        var letter = TestLetters.Block($"Before {word} after.");

        using var pdf = new PdfReading(letter.ToPdf());

        Assert.True(pdf.Pages.Count >= 3, $"{pdf.Pages.Count} pages");
        string joined = string.Concat(pdf.Words(ExpectedText.PageLabel(letter)));
        Assert.Contains("Before" + word + "after.", joined, StringComparison.Ordinal);
        foreach (int page in Enumerable.Range(1, pdf.Pages.Count))
        {
            Assert.All(pdf.PlacedWords(page), w => Assert.InRange(w.Right, 0, 185.01));
        }
    }

    [Fact]
    public void Two_hundred_list_items_number_on_with_text_past_the_widest_number()
    {
        string body = "Items:\n\n" + string.Join("\n", Enumerable.Range(1, 200).Select(i => $"{i}. item number {i}"));
        var letter = TestLetters.Block(body);

        byte[] bytes = letter.ToPdf();
        using var pdf = new PdfReading(bytes);

        Assert.Equal(ExpectedText.Words(letter), pdf.Words(ExpectedText.PageLabel(letter)));
        List<PlacedWord> last = pdf.PlacedWords(pdf.PageOf("200."));
        PlacedWord label = last.Single(w => w.Text == "200.");
        PlacedWord text = last.Where(w => w.Text == "item").MaxBy(w => w.Top);
        Assert.True(text.Left > label.Right, "the item's text starts after its number");
        Assert.Single(last.Where(w => w.Text == "item").Select(w => Math.Round(w.Left, 1)).Distinct());
    }

    [Fact]
    public void Fifty_signatories_fill_rows_over_pages_and_all_sign()
    {
        Signatory[] signatories = Enumerable.Range(1, 50).Select(i => new Signatory($"Signer{i}", "Member", "Coalition")).ToArray();
        var letter = TestLetters.Block("Short body.", signatories);

        using var pdf = new PdfReading(letter.ToPdf());

        Assert.Equal(ExpectedText.Words(letter), pdf.Words(ExpectedText.PageLabel(letter)));
        Assert.True(pdf.Pages.Count >= 2);
        Assert.Equal(pdf.PageOf("Sincerely,"), pdf.PageOf("Signer1"));
    }

    [Fact]
    public void An_empty_letter_is_one_valid_page()
    {
        var letter = new FakeLetter("", "", "", "", new Signatory(""));

        using var pdf = new PdfReading(letter.ToPdf());

        Assert.Single(pdf.Pages);
    }

    [Fact]
    public void A_logo_that_is_not_an_image_is_an_ArgumentException_naming_the_option()
    {
        var options = new PdfOptions { Letterhead = new PdfLetterhead { Logo = NotAnImage } };

        var error = Assert.Throws<ArgumentException>(() => TestLetters.Block("Body.").ToPdf(options));

        Assert.Equal("PdfOptions.Letterhead.Logo", error.ParamName);
        Assert.Contains("not a PNG or JPEG", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_damaged_png_is_an_ArgumentException_naming_the_signatory()
    {
        byte[] png = File.ReadAllBytes(Path.Combine(RepositoryRoot.Path, "docs", "letter-2020.png"));
        byte[] damaged = png[..200];
        var options = new PdfOptions { SignatureImages = new Dictionary<string, byte[]> { ["Melinda Reed"] = damaged } };

        var error = Assert.Throws<ArgumentException>(() => TestLetters.Block("Body.").ToPdf(options));

        Assert.Equal("PdfOptions.SignatureImages[\"Melinda Reed\"]", error.ParamName);
    }

    [Fact]
    public void Empty_image_bytes_are_an_ArgumentException()
    {
        var options = new PdfOptions { Letterhead = new PdfLetterhead { Logo = [] } };

        var error = Assert.Throws<ArgumentException>(() => TestLetters.Block("Body.").ToPdf(options));

        Assert.Equal("PdfOptions.Letterhead.Logo", error.ParamName);
    }

    [Fact]
    public void A_font_file_that_is_not_a_font_or_is_missing_is_an_ArgumentException_naming_the_option()
    {
        using var work = new LetterDsl.Testing.TempDirectory();
        string text = work.File("notes.ttf");
        File.WriteAllText(text, "These are not glyphs, but they are long enough to have a header.");
        string broken = work.File("broken.ttf");
        File.WriteAllBytes(broken, [0x00, 0x01, 0x00, 0x00, .. new byte[60]]);

        var notFont = Assert.Throws<ArgumentException>(() => TestLetters.Block("Body.").ToPdf(new PdfOptions { Fonts = new PdfFontFiles { Regular = text } }));
        var missing = Assert.Throws<ArgumentException>(() => TestLetters.Block("Body.").ToPdf(new PdfOptions { Fonts = new PdfFontFiles { Regular = work.File("missing.ttf") } }));
        var damaged = Assert.Throws<ArgumentException>(() => TestLetters.Block("Body.").ToPdf(new PdfOptions { Fonts = new PdfFontFiles { Regular = broken } }));
        var bold = Assert.Throws<ArgumentException>(() => TestLetters.Block("Body.").ToPdf(new PdfOptions { Fonts = new PdfFontFiles { Regular = EmbeddedFont("Regular"), Bold = text } }));

        Assert.Equal("PdfOptions.Fonts.Regular", notFont.ParamName);
        Assert.Contains("is not a TrueType font", notFont.Message, StringComparison.Ordinal);
        Assert.Equal("PdfOptions.Fonts.Regular", missing.ParamName);
        Assert.Equal("PdfOptions.Fonts.Regular", damaged.ParamName);
        Assert.Equal("PdfOptions.Fonts.Bold", bold.ParamName);
    }

    [Fact]
    public void A_paper_size_that_is_not_one_is_an_ArgumentException()
    {
        var error = Assert.Throws<ArgumentException>(() => TestLetters.Block("Body.").ToPdf(new PdfOptions { PageSize = (PdfPageSize)7 }));

        Assert.Equal("PdfOptions.PageSize", error.ParamName);
    }

    [Fact]
    public void Letters_render_on_several_threads_at_once()
    {
        byte[][] pdfs = Enumerable.Range(0, 8).AsParallel().WithDegreeOfParallelism(4)
            .Select(i => TestLetters.Block($"Letter {i}.").ToPdf())
            .ToArray();

        for (int i = 0; i < pdfs.Length; i++)
        {
            using var pdf = new PdfReading(pdfs[i]);
            Assert.Contains($"{i}.", PdfReading.Split(pdf.Text(1)));
        }
    }

    internal static string EmbeddedFont(string face) =>
        Path.Combine(RepositoryRoot.Path, "src", "LetterDsl.Pdf", "Fonts", "LiberationSerif", $"LiberationSerif-{face}.ttf");
}
