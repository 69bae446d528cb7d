using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using CoalitionLetters;
using LetterDsl.Pdf.Tests.Infrastructure;
using UglyToad.PdfPig.Tokens;

namespace LetterDsl.Pdf.Tests;

/// <summary>What the PDF says about itself: metadata, language, structure tags, embedded fonts, PDF/A.</summary>
public class MetadataTests
{
    [Fact]
    public void The_title_is_the_subject_the_author_the_first_signatory_and_the_language_the_culture()
    {
        ILetter letter = MinisterLetters.For(new Recipient("H.E. Ms.", "Amara Okonjo", "Minister", "Arcadia", "Excellency,"));

        using var pdf = new PdfReading(letter.ToPdf());

        Assert.Equal("The 19th session of the Assembly of States Parties to the Rome Statute", pdf.Document.Information.Title);
        Assert.Equal("Melinda Reed", pdf.Document.Information.Author);
        Assert.Equal("en-GB", PdfStructure.String(pdf.Document, PdfStructure.Catalog(pdf.Document), "Lang"));
    }

    [Fact]
    public void Without_a_subject_the_title_is_the_summary()
    {
        using var pdf = new PdfReading(SeedLetters.Kampala2010().ToPdf());

        Assert.StartsWith("Asks a government to support the Responsibility to Protect", pdf.Document.Information.Title, System.StringComparison.Ordinal);
        Assert.Equal("Doris Mpoumou", pdf.Document.Information.Author);
        Assert.Equal("en-US", PdfStructure.String(pdf.Document, PdfStructure.Catalog(pdf.Document), "Lang"));
    }

    [Fact]
    public void The_pdf_is_tagged_with_paragraphs_lists_and_the_signature_block()
    {
        using var pdf = new PdfReading(SeedLetters.Asp2020().ToPdf());

        DictionaryToken markInfo = PdfStructure.Dictionary(pdf.Document, PdfStructure.Catalog(pdf.Document), "MarkInfo")!;
        Assert.Equal("true", markInfo.Data["Marked"].ToString()!.ToLowerInvariant());
        var types = PdfStructure.ElementTypes(pdf.Document);
        Assert.Equal("Document", types[0]);
        Assert.Equal(2, types.Count(t => t == "L"));
        Assert.Equal(15, types.Count(t => t == "LI"));
        Assert.Equal(15, types.Count(t => t == "Lbl"));
        Assert.Equal(15, types.Count(t => t == "LBody"));
        Assert.Contains("Div", types);
        // The date line, the salutation, seven body paragraphs, the closing, the signatory.
        Assert.Equal(11, types.Count(t => t == "P"));
    }

    [Fact]
    public void Fonts_are_embedded_as_subsets()
    {
        using var pdf = new PdfReading(SeedLetters.Kampala2010().ToPdf());

        var fonts = pdf.Pages[0].Letters.Select(l => l.FontName).Distinct().ToList();
        Assert.Equal(3, fonts.Count);
        Assert.All(fonts, f => Assert.Matches(new Regex("^[A-Z]{6}\\+Liberation Serif"), f));
        DictionaryToken resources = PdfStructure.Dictionary(pdf.Document, pdf.Pages[0].Dictionary, "Resources")!;
        DictionaryToken fontTable = PdfStructure.Dictionary(pdf.Document, resources, "Font")!;
        foreach (IToken entry in fontTable.Data.Values)
        {
            var font = (DictionaryToken)PdfStructure.Resolve(pdf.Document, entry);
            var descendants = (ArrayToken)PdfStructure.Resolve(pdf.Document, font.Data["DescendantFonts"]);
            var cidFont = (DictionaryToken)PdfStructure.Resolve(pdf.Document, descendants.Data[0]);
            DictionaryToken descriptor = PdfStructure.Dictionary(pdf.Document, cidFont, "FontDescriptor")!;
            Assert.True(descriptor.ContainsKey(NameToken.Create("FontFile2")), "the TrueType program is embedded");
        }
    }

    [Fact]
    public void PdfA_asks_PDFsharp_for_the_PDF_A_identification_and_an_output_intent()
    {
        using var pdf = new PdfReading(SeedLetters.Asp2020().ToPdf(new PdfOptions { PdfA = true }));

        Assert.True(PdfStructure.Catalog(pdf.Document).ContainsKey(NameToken.Create("OutputIntents")));
        Assert.True(pdf.Document.TryGetXmpMetadata(out var xmp));
        string metadata = System.Text.Encoding.UTF8.GetString(xmp.GetXmlBytes().ToArray());
        Assert.Contains("<pdfaid:part>1</pdfaid:part>", metadata, System.StringComparison.Ordinal);
        Assert.Contains("<pdfaid:conformance>A</pdfaid:conformance>", metadata, System.StringComparison.Ordinal);
    }

    [Fact]
    public void Without_PdfA_there_is_no_PDF_A_identification()
    {
        using var pdf = new PdfReading(SeedLetters.Asp2020().ToPdf());

        Assert.False(PdfStructure.Catalog(pdf.Document).ContainsKey(NameToken.Create("OutputIntents")));
    }

    [Fact]
    public void WritePdf_writes_from_the_streams_position_and_needs_no_seeking()
    {
        var letter = SeedLetters.Kampala2010();
        using var stream = new MemoryStream();
        stream.Write("prefix"u8);

        letter.WritePdf(stream);

        byte[] pdf = stream.ToArray()[6..];
        using var reading = new PdfReading(pdf);
        Assert.Equal(ExpectedText.Words(letter), reading.Words(ExpectedText.PageLabel(letter)));
    }
}
