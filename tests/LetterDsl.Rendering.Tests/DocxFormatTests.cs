using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using CoalitionLetters;
using DocumentFormat.OpenXml.Wordprocessing;
using LetterDsl.Docx;
using LetterDsl.Testing;

namespace LetterDsl.Rendering.Tests;

public class DocxFormatTests
{
    public static TheoryData<string> Letters() => new() { "2020", "2010", "minister" };

    [Theory]
    [MemberData(nameof(Letters))]
    public void The_document_passes_the_OpenXml_validator(string which)
    {
        using var document = new DocxDocument(Letter(which).ToDocx());

        Assert.Equal(string.Empty, string.Join("\n", document.ValidationErrors()));
    }

    [Theory]
    [MemberData(nameof(Letters))]
    public void Paragraph_texts_follow_the_plain_text_rendering_in_order(string which)
    {
        ILetter letter = Letter(which);
        using var document = new DocxDocument(letter.ToDocx());

        // The plain text has one line per paragraph, list item and signature line; the document has the same
        // lines, in paragraphs whose line breaks separate recipient and signature lines.
        IEnumerable<string> expected = letter.ToText().Split('\n')
            .Where(line => line.Length > 0)
            .Select(line => line.StartsWith("- ", StringComparison.Ordinal) ? line[2..] : line)
            .Select(line => line.Length > 3 && char.IsDigit(line[0]) && line[1] == '.' && line[2] == ' ' ? line[3..] : line)
            .Select(line => line.TrimEnd());
        IEnumerable<string> actual = document.Paragraphs.SelectMany(p => DocxDocument.TextOf(p).Split('\n'));
        Assert.Equal(expected, actual);
    }

    [Fact]
    public void Blocks_of_the_2020_letter_have_their_styles()
    {
        using var document = new DocxDocument(SeedLetters.Asp2020().ToDocx());

        Paragraph[] paragraphs = document.Paragraphs.ToArray();
        Assert.Equal(("LetterDate", "The Hague, 7 December 2020"), (DocxDocument.StyleOf(paragraphs[0]), DocxDocument.TextOf(paragraphs[0])));
        Assert.Equal(("LetterSalutation", "Excellency,"), (DocxDocument.StyleOf(paragraphs[1]), DocxDocument.TextOf(paragraphs[1])));
        Assert.Equal("Normal", DocxDocument.StyleOf(paragraphs[2]));
        Assert.Equal("LetterClosing", DocxDocument.StyleOf(paragraphs[^2]));
        Assert.Equal("LetterSignature", DocxDocument.StyleOf(paragraphs[^1]));
    }

    [Fact]
    public void The_styles_docs_formats_md_names_are_the_paragraph_styles_the_document_defines()
    {
        string page = File.ReadAllText(Path.Combine(RepoPaths.Docs, "formats.md")).Replace("\r\n", "\n", StringComparison.Ordinal);
        string word = page[page.IndexOf("## Word (.docx)", StringComparison.Ordinal)..];
        word = word[..word.IndexOf("\n## ", 1, StringComparison.Ordinal)];
        IEnumerable<string> named = Regex.Matches(word, "`(Letter[A-Za-z]+|Normal)`").Select(m => m.Groups[1].Value).Distinct();

        using var document = new DocxDocument(SeedLetters.Asp2020().ToDocx());

        Assert.Equal(document.ParagraphStyleIds().Order(StringComparer.Ordinal), named.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void The_bold_spans_of_the_2020_seed_are_bold_runs()
    {
        using var document = new DocxDocument(SeedLetters.Asp2020().ToDocx());

        Assert.Equal(SeedText.BoldSpans(SeedFiles.Letter2020), document.BoldSpans());
    }

    [Fact]
    public void The_italic_name_of_the_2010_seed_is_an_italic_run()
    {
        using var document = new DocxDocument(SeedLetters.Kampala2010().ToDocx());

        Run italic = Assert.Single(document.Body.Descendants<Run>(), r => r.RunProperties?.Italic is not null);
        Assert.Equal("International Coalition for the Responsibility to Protect", italic.InnerText);
    }

    [Fact]
    public void The_2020_bullets_are_two_lists_with_bullet_numbering_definitions()
    {
        using var document = new DocxDocument(SeedLetters.Asp2020().ToDocx());

        Paragraph[] items = document.Paragraphs.Where(p => p.ParagraphProperties?.NumberingProperties is not null).ToArray();
        Assert.Equal(15, items.Length);
        Assert.All(items, item => Assert.Equal("LetterListParagraph", DocxDocument.StyleOf(item)));
        int[] lists = items.Select(p => p.ParagraphProperties!.NumberingProperties!.NumberingId!.Val!.Value).ToArray();
        Assert.Equal(new[] { 3, 12 }, lists.GroupBy(id => id).Select(g => g.Count()));
        Assert.All(lists.Distinct(), id => Assert.Equal(NumberFormatValues.Bullet, document.ListFormat(id).Format));
        Assert.All(items, item => Assert.Equal(0, item.ParagraphProperties!.NumberingProperties!.NumberingLevelReference!.Val!.Value));
    }

    [Fact]
    public void A_numbered_list_uses_a_decimal_definition_starting_at_its_first_number()
    {
        using var document = new DocxDocument(MinisterLetters.For(Recipients.Sample).ToDocx());

        int[] lists = document.Paragraphs
            .Select(p => p.ParagraphProperties?.NumberingProperties?.NumberingId?.Val?.Value)
            .OfType<int>()
            .Distinct()
            .ToArray();
        Assert.Equal(2, lists.Length);
        Assert.Equal((NumberFormatValues.Bullet, 1), document.ListFormat(lists[0]));
        Assert.Equal((NumberFormatValues.Decimal, 1), document.ListFormat(lists[1]));
    }

    [Fact]
    public void Several_signatories_sign_side_by_side_in_a_borderless_table()
    {
        using var document = new DocxDocument(SeedLetters.Kampala2010().ToDocx());

        Table table = Assert.Single(document.Body.Elements<Table>());
        TableCell[] cells = table.Descendants<TableCell>().ToArray();
        Assert.Equal(2, table.GetFirstChild<TableGrid>()!.Elements<GridColumn>().Count());
        Assert.Equal(new[] { "Doris Mpoumou\nDirector\nICRtoP", "Andres Serbin\nChair\nICRtoP" }, cells.Select(c => DocxDocument.TextOf(c.GetFirstChild<Paragraph>()!)));
        Assert.All(cells, cell => Assert.NotNull(cell.Descendants<Run>().First().RunProperties?.Bold));
        TableBorders borders = table.GetFirstChild<TableProperties>()!.TableBorders!;
        Assert.All(borders.ChildElements, border => Assert.Equal("none", border.GetAttribute("val", border.NamespaceUri).Value));
    }

    [Fact]
    public void One_signatory_signs_in_a_paragraph()
    {
        using var document = new DocxDocument(SeedLetters.Asp2020().ToDocx());

        Assert.Empty(document.Body.Elements<Table>());
        Assert.Equal("Melinda Reed\nActing Convenor\nCoalition for the International Criminal Court", DocxDocument.TextOf(document.Paragraphs.Last()));
    }

    [Fact]
    public void Control_characters_and_lone_surrogates_in_values_still_give_a_valid_document()
    {
        var recipient = Recipients.Sample with { Name = "Amara\u0001\u000B Okonjo\uD800", Country = "Arca\u2028dia\uFFFF" };

        using var document = new DocxDocument(MinisterLetters.For(recipient).ToDocx());

        Assert.Equal(string.Empty, string.Join("\n", document.ValidationErrors()));
        Assert.Equal("H.E. Ms. Amara   Okonjo\uFFFD\nMinister of Foreign Affairs\nArca dia\uFFFD", DocxDocument.TextOf(document.Paragraphs.ElementAt(1)));
    }

    [Fact]
    public void US_Letter_paper_sets_the_section_size()
    {
        using var document = new DocxDocument(SeedLetters.Asp2020().ToDocx(new DocxOptions { PageSize = DocxPageSize.Letter }));

        PageSize size = document.Body.GetFirstChild<SectionProperties>()!.GetFirstChild<PageSize>()!;
        Assert.Equal((12240U, 15840U), (size.Width!.Value, size.Height!.Value));
    }

    [Fact]
    public void WriteDocx_leaves_the_stream_open_and_writes_the_same_bytes_as_ToDocx()
    {
        var letter = SeedLetters.Kampala2010();
        using var stream = new MemoryStream();

        letter.WriteDocx(stream);

        Assert.True(stream.CanWrite);
        using var written = new DocxDocument(stream.ToArray());
        using var made = new DocxDocument(letter.ToDocx());
        Assert.Equal(made.Paragraphs.Select(DocxDocument.TextOf), written.Paragraphs.Select(DocxDocument.TextOf));
    }

    private static ILetter Letter(string which) => which switch
    {
        "2020" => SeedLetters.Asp2020(),
        "2010" => SeedLetters.Kampala2010(),
        _ => MinisterLetters.For(Recipients.Sample),
    };
}
