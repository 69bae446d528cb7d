using System.Collections.Generic;
using LetterDsl.Tests.Fakes;
using Xunit;
using LetterDsl.Testing.Injection;
using LetterDsl.Testing.Letters;

namespace LetterDsl.Tests.Injection;

/// <summary>
/// A hostile value in any part of a letter leaves each format's structure as it is with a harmless value: the text
/// writer writes it verbatim (controls as spaces), the Markdown writer escapes it, and the HTML writer encodes it.
/// The structure is judged by real parsers: Markdig for Markdown and AngleSharp for HTML.
/// </summary>
public sealed class WriterInjectionTests
{
    public static TheoryData<string> Values => HostileValues.All;

    [Theory]
    [MemberData(nameof(Values))]
    public void TextShowsTheValueAndNothingElseChanges(string value) => InjectionAssert.Text(v => Letter(v).ToText(), value);

    [Theory]
    [MemberData(nameof(Values))]
    public void MarkdownKeepsItsStructureAndShowsTheValue(string value) => InjectionAssert.Markdown(v => Letter(v).ToMarkdown(), value);

    [Theory]
    [MemberData(nameof(Values))]
    public void HtmlKeepsItsStructureAndShowsTheValue(string value) => InjectionAssert.Html(v => Letter(v).ToHtml(), value);

    /// <summary>The value in the body's every position and in every header and footer part that holds values.</summary>
    private static FakeLetter Letter(string value)
    {
        var body = BodyEvents.Parse(InjectionLetter.Body, new Dictionary<string, string> { ["Value"] = value });
        return new FakeLetter("en-GB", value, "Excellency,", body, "Sincerely,", [new Signatory(value, value, value)])
        {
            Recipients = [value, value],
            Subject = value,
            CarbonCopies = [value],
            Enclosures = [value],
            Postscript = value,
        };
    }
}
