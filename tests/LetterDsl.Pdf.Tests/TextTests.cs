using System.Collections.Generic;
using System.Linq;
using CoalitionLetters;
using LetterDsl.Pdf.Tests.Infrastructure;

namespace LetterDsl.Pdf.Tests;

/// <summary>What a PDF says, read back with PdfPig: the letter's words, in the order of its plain text.</summary>
public class TextTests
{
    public static TheoryData<string> Letters => new() { "2010 seed", "2020 seed", "minister", "din5008-a", "din5008-b", "un", "un sample", "din sample", "us sample" };

    public static ILetter Letter(string name) => name switch
    {
        "2010 seed" => SeedLetters.Kampala2010(),
        "2020 seed" => SeedLetters.Asp2020(),
        "minister" => MinisterLetters.For(new Recipient("H.E. Ms.", "Amara Okonjo", "Minister of Foreign Affairs", "Arcadia", "Excellency,")),
        "un" => TestLetters.Un(),
        "un sample" => LayoutLetters.Un(),
        "din sample" => LayoutLetters.Din(),
        "us sample" => LayoutLetters.Senator(),
        _ => TestLetters.Din(name),
    };

    [Theory]
    [MemberData(nameof(Letters))]
    public void The_extracted_words_are_the_plain_texts_words_in_order(string name)
    {
        ILetter letter = Letter(name);

        using var pdf = new PdfReading(letter.ToPdf());

        Assert.Equal(ExpectedText.Words(letter), pdf.Words(ExpectedText.PageLabel(letter)));
    }

    [Fact]
    public void The_2020_seed_fills_two_pages_and_page_2_alone_is_numbered()
    {
        using var pdf = new PdfReading(SeedLetters.Asp2020().ToPdf());

        Assert.Equal(2, pdf.Pages.Count);
        Assert.DoesNotContain("Page", PdfReading.Split(pdf.Text(1)));
        Assert.EndsWith("Page 2 of 2", pdf.Text(2).TrimEnd(), System.StringComparison.Ordinal);
    }

    [Fact]
    public void A_German_letter_numbers_its_pages_in_German()
    {
        var letter = TestLetters.Din("din5008-b", TestLetters.Lines(40));

        using var pdf = new PdfReading(letter.ToPdf());

        Assert.Equal(2, pdf.Pages.Count);
        Assert.EndsWith("Seite 2 von 2", pdf.Text(2).TrimEnd(), System.StringComparison.Ordinal);
        Assert.DoesNotContain("Seite", PdfReading.Split(pdf.Text(1)));
    }

    [Fact]
    public void Bold_and_italic_runs_are_set_in_the_bold_and_italic_faces()
    {
        using var pdf = new PdfReading(SeedLetters.Kampala2010().ToPdf());

        var words = pdf.Pages[0].GetWords().ToList();
        string FontOf(string text) => words.First(w => w.Text == text).Letters[0].FontName ?? "";

        Assert.EndsWith("Liberation Serif,Italic", FontOf("Responsibility"), System.StringComparison.Ordinal);
        Assert.EndsWith("Liberation Serif,Bold", FontOf("request"), System.StringComparison.Ordinal);
        Assert.EndsWith("Liberation Serif", FontOf("behalf"), System.StringComparison.Ordinal);
    }

    [Fact]
    public void A_hard_line_break_starts_a_new_line_and_a_soft_break_does_not()
    {
        var letter = TestLetters.Block("First half,  \nsecond half.\nSoft continuation.");

        using var pdf = new PdfReading(letter.ToPdf());

        List<PlacedWord> words = pdf.PlacedWords(1);
        double first = words.Single(w => w.Text == "half,").Top;
        Assert.True(words.Single(w => w.Text == "second").Top > first + 3, "the hard break starts a new line");
        Assert.Equal(words.Single(w => w.Text == "second").Top, words.Single(w => w.Text == "Soft").Top, 0.1);
        Assert.Equal(ExpectedText.Words(letter), pdf.Words(ExpectedText.PageLabel(letter)));
    }
}
