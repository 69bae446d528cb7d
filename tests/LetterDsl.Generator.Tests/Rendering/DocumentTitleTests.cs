using System;
using LetterDsl.Generator.Tests.Infrastructure;

namespace LetterDsl.Generator.Tests.Rendering;

/// <summary>An HTML letter's <c>&lt;title&gt;</c>: the options' title, else the subject as plain text, else the summary, else "Letter".</summary>
public sealed class HtmlTitleTests
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
}
