using System;
using LetterDsl.Generator.Tests.Infrastructure;
using LetterDsl.Testing.Injection;
using LetterDsl.Testing.Letters;

namespace LetterDsl.Generator.Tests.Reliability;

/// <summary>
/// Hostile parameter values flow through the real generated code of a letter that places them everywhere a value
/// can go, and the text, Markdown and HTML output keep the structure they have with a harmless value.
/// </summary>
public sealed class InjectionThroughGeneratedLetterTests : IClassFixture<InjectionThroughGeneratedLetterTests.Compiled>
{
    private const string Header = "@param Value: string\n@to {{ Value }}\n@to {{ Value }} (second line)\n@subject {{ Value }}\n@cc {{ Value }}\n@enclosure {{ Value }}\n@ps {{ Value }}";

    private readonly Compiled _compiled;

    public InjectionThroughGeneratedLetterTests(Compiled compiled) => _compiled = compiled;

    public static TheoryData<string> Values => HostileValues.All;

    [Theory]
    [MemberData(nameof(Values))]
    public void TextShowsTheValueAndNothingElseChanges(string value) => InjectionAssert.Text(v => Create(v).ToText(), value);

    [Theory]
    [MemberData(nameof(Values))]
    public void MarkdownKeepsItsStructureAndShowsTheValue(string value) => InjectionAssert.Markdown(v => Create(v).ToMarkdown(), value);

    [Theory]
    [MemberData(nameof(Values))]
    public void HtmlKeepsItsStructureAndShowsTheValue(string value) => InjectionAssert.Html(v => Create(v).ToHtml(), value);

    [Fact]
    public void TheLetterPutsTheValueInEveryPart()
    {
        var text = Create(HostileValues.Benign).ToText();

        // Two addressee lines, the subject, the body's nine places, cc, enclosure and postscript.
        Assert.Equal(15, text.Split(HostileValues.Benign).Length - 1);
    }

    private ILetter Create(string value) => _compiled.Letters.Create(("Value", value));

    /// <summary>The probe letter, generated and compiled once for all the values.</summary>
    public sealed class Compiled : IDisposable
    {
        internal CompiledLetters Letters { get; } = ProbeLetter.Compile(InjectionLetter.Body, Header);

        public void Dispose() => Letters.Dispose();
    }
}
