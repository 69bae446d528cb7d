using System.Collections.Generic;
using System.Linq;
using LetterDsl.Pdf.Tests.Infrastructure;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Graphics;

namespace LetterDsl.Pdf.Tests;

/// <summary>Where things are on the page, measured on the PDF against the figures in DESIGN.md.</summary>
public class GeometryTests
{
    private const double Tolerance = 1; // mm

    public static TheoryData<string, double, double, double, double> DinForms => new()
    {
        // layout, address field top, information block top, fold marks
        { "din5008-a", 27, 32, 87, 192 },
        { "din5008-b", 45, 50, 105, 210 },
    };

    [Theory]
    [MemberData(nameof(DinForms))]
    public void The_address_lies_in_the_address_zone_of_the_window(string layout, double fieldTop, double informationTop, double fold1, double fold2)
    {
        _ = (informationTop, fold1, fold2);
        using var pdf = new PdfReading(TestLetters.Din(layout).ToPdf());
        List<PlacedWord> words = pdf.PlacedWords(1);

        // The window is 85 × 45 mm at 20 mm from the left; its lower 27.3 mm are the six-line address zone.
        double zoneTop = fieldTop + 45 - 27.3;
        foreach (string word in TestLetters.DinRecipient)
        {
            PlacedWord placed = Single(words, word);
            Assert.InRange(placed.Left, 20 - Tolerance, 105 + Tolerance);
            Assert.InRange(placed.Right, 20 - Tolerance, 105 + Tolerance);
            Assert.InRange(placed.Top, zoneTop - Tolerance, fieldTop + 45 + Tolerance);
            Assert.InRange(placed.Bottom, zoneTop - Tolerance, fieldTop + 45 + Tolerance);
        }

        // The return address sits in the remark zone above it (the same words also head the letterhead, on the right).
        foreach (string word in new[] { "Postfach", "19121" })
        {
            PlacedWord placed = words.Where(w => w.Text == word).MinBy(w => w.Left);
            Assert.InRange(placed.Left, 20 - Tolerance, 105 + Tolerance);
            Assert.InRange(placed.Top, fieldTop - Tolerance, zoneTop + Tolerance);
            Assert.InRange(placed.Bottom, fieldTop - Tolerance, zoneTop + Tolerance);
        }
    }

    [Theory]
    [MemberData(nameof(DinForms))]
    public void The_information_block_starts_at_its_place_beside_the_window(string layout, double fieldTop, double informationTop, double fold1, double fold2)
    {
        _ = (fieldTop, fold1, fold2);
        using var pdf = new PdfReading(TestLetters.Din(layout).ToPdf());
        List<PlacedWord> words = pdf.PlacedWords(1);

        PlacedWord first = Single(words, "IV-2020/17");
        PlacedWord label = words.First(w => w.Text == "Ihr");
        Assert.InRange(label.Left, 125 - Tolerance, 125 + Tolerance);
        Assert.InRange(label.Top, informationTop - Tolerance, informationTop + 5);
        Assert.True(first.Right <= 200 + Tolerance, $"the reference ends at {first.Right:0.0} mm");
        PlacedWord date = Single(words, "Dezember");
        Assert.True(date.Left >= 125 - Tolerance, "the date is in the information block");
    }

    [Theory]
    [MemberData(nameof(DinForms))]
    public void Fold_and_hole_marks_are_at_the_left_edge_of_the_first_page_only(string layout, double fieldTop, double informationTop, double fold1, double fold2)
    {
        _ = (fieldTop, informationTop);
        using var pdf = new PdfReading(TestLetters.Din(layout, TestLetters.Lines(40)).ToPdf());

        List<(double Y, double Left, double Right)> marks = Lines(pdf, 1);
        Assert.Equal(3, marks.Count);
        Assert.Collection(
            marks.OrderBy(m => m.Y),
            m => AssertMark(m, fold1, 7),
            m => AssertMark(m, 148.5, 10),
            m => AssertMark(m, fold2, 7));
        Assert.Empty(Lines(pdf, 2));
    }

    [Fact]
    public void A_block_letter_has_no_marks()
    {
        using var pdf = new PdfReading(TestLetters.Block("One paragraph.").ToPdf());

        Assert.Empty(Lines(pdf, 1));
    }

    [Fact]
    public void The_un_addressee_sits_flush_left_at_the_foot_of_the_first_page()
    {
        using var pdf = new PdfReading(TestLetters.Un().ToPdf());
        List<PlacedWord> words = pdf.PlacedWords(1);

        PlacedWord first = Single(words, "His");
        PlacedWord last = Single(words, "York");
        Assert.InRange(first.Left, 25 - Tolerance, 25 + Tolerance);
        Assert.InRange(last.Bottom, 297 - 25 - 6, 297 - 25 + Tolerance);
        PlacedWord signatory = Single(words, "Convenor");
        Assert.True(first.Top > signatory.Bottom + 20, "the addressee is well below the signature");
    }

    [Fact]
    public void The_un_addressee_stays_on_the_first_page_of_a_longer_letter()
    {
        using var pdf = new PdfReading(TestLetters.Un(TestLetters.Lines(45)).ToPdf());

        Assert.Equal(2, pdf.Pages.Count);
        Assert.Equal(1, pdf.PageOf("Delorme"));
        Assert.Equal(2, pdf.PageOf("Convenor"));
        double lowestBody = pdf.PlacedWords(1).Where(w => w.Text == "Filler").Max(w => w.Bottom);
        Assert.True(lowestBody < Single(pdf.PlacedWords(1), "His").Top, "the body stops above the addressee");
    }

    [Fact]
    public void Text_keeps_within_the_side_margins()
    {
        using var pdf = new PdfReading(CoalitionLetters.SeedLetters.Asp2020().ToPdf());

        foreach (int page in new[] { 1, 2 })
        {
            foreach (PlacedWord word in pdf.PlacedWords(page))
            {
                Assert.InRange(word.Left, 25 - 0.01, 185 + 0.01);
                Assert.InRange(word.Right, 25 - 0.01, 185 + 0.01);
            }
        }
    }

    [Fact]
    public void US_Letter_paper_is_8_5_by_11_inches()
    {
        using var pdf = new PdfReading(TestLetters.Block("One paragraph.").ToPdf(new PdfOptions { PageSize = PdfPageSize.Letter }));

        Assert.Equal(612, pdf.Pages[0].Width, 0.5);
        Assert.Equal(792, pdf.Pages[0].Height, 0.5);
    }

    private static PlacedWord Single(List<PlacedWord> words, string text)
    {
        var found = words.Where(w => w.Text == text).ToList();
        Assert.True(found.Count == 1, $"'{text}' is on the page {found.Count} times");
        return found[0];
    }

    /// <summary>The horizontal stroked lines of a page: their height from the top edge and their ends, in mm.</summary>
    private static List<(double Y, double Left, double Right)> Lines(PdfReading pdf, int number)
    {
        var page = pdf.Pages[number - 1];
        var lines = new List<(double, double, double)>();
        foreach (PdfPath path in page.Paths)
        {
            foreach (PdfSubpath subpath in path)
            {
                if (subpath.GetBoundingRectangle() is PdfRectangle box && box.Height < 0.5)
                {
                    lines.Add(((page.Height - box.Top) * 25.4 / 72, box.Left * 25.4 / 72, box.Right * 25.4 / 72));
                }
            }
        }

        return lines;
    }

    private static void AssertMark((double Y, double Left, double Right) mark, double y, double length)
    {
        Assert.Equal(y, mark.Y, 0.1);
        Assert.Equal(0, mark.Left, 0.1);
        Assert.Equal(length, mark.Right, 0.1);
    }
}
