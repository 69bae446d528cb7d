using System;
using System.IO;
using DocumentFormat.OpenXml.Packaging;
using LetterDsl.Docx;
using LetterDsl.Testing.Letters;

namespace LetterDsl.Rendering.Tests.Generated;

/// <summary>
/// A document's title: in HTML the options' title, else the subject as plain text, else the summary, else "Letter"; in
/// Word the same, as the package's title property, which must hold any value the subject holds.
/// </summary>
public sealed class DocumentTitleTests
{
    [Theory]
    [InlineData("@param Session: int\n@subject The **{{ Session | ordinal }}** session & <you>\n@summary An appeal.", "<title>The 19th session &amp; &lt;you&gt;</title>")]
    [InlineData("@param Session: int\n@summary Appeal before the {{ Session }} session.", "<title>Appeal before the {{ Session }} session.</title>")]
    [InlineData("@param Session: int", "<title>Letter</title>")]
    public void TheTitleIsTheSubjectElseTheSummaryElseLetter(string header, string title)
    {
        using var letters = ProbeLetter.Compile("The {{ Session }}.", header);
        var letter = letters.Create(("Session", 19));

        Assert.Contains(title, letter.ToHtml(), StringComparison.Ordinal);
        Assert.Contains("<title>Chosen</title>", LetterRendering.ToHtml(letter, new HtmlOptions { Title = "Chosen" }), StringComparison.Ordinal);
    }

    [Fact]
    public void AWordDocumentIsTitledWithTheSubjectEvenWhenItHoldsCharactersXmlCannot()
    {
        using var letters = ProbeLetter.Compile("Body.", "@param Topic: string\n@subject Re: {{ Topic }}");
        var letter = letters.Create(("Topic", "lone \uD800 surrogate\u0001"));

        using var stream = new MemoryStream(letter.ToDocx());
        using var document = WordprocessingDocument.Open(stream, isEditable: false);

        Assert.Equal("Re: lone \uFFFD surrogate ", document.PackageProperties.Title);
    }
}
