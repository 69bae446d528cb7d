using System.IO;
using CoalitionLetters;
using LetterDsl.Docx;
using LetterDsl.Testing;

namespace LetterDsl.Rendering.Tests;

/// <summary>
/// The sample's three layout letters (UN, DIN 5008 form B, US business) in every format, against checked-in golden
/// files in <c>Golden/</c>. Accept an intended change with <c>LETTERDSL_ACCEPT_SNAPSHOTS=1</c>, then review the diff.
/// </summary>
public sealed class LayoutGoldenTests
{
    public static TheoryData<string> Letters() => new() { nameof(LayoutLetters.Un), nameof(LayoutLetters.Din), nameof(LayoutLetters.Senator) };

    private static string Directory => Path.Combine(RepoPaths.Root, "tests", "LetterDsl.Rendering.Tests", "Golden");

    [Theory]
    [MemberData(nameof(Letters))]
    public void Text(string name) => Snapshot.Match(Letter(name).ToText(), Directory, name, ".txt");

    [Theory]
    [MemberData(nameof(Letters))]
    public void Markdown(string name) => Snapshot.Match(Letter(name).ToMarkdown(), Directory, name, ".md");

    [Theory]
    [MemberData(nameof(Letters))]
    public void Html(string name) => Snapshot.Match(Letter(name).ToHtml(), Directory, name, ".html");

    [Theory]
    [MemberData(nameof(Letters))]
    public void Word(string name)
    {
        using var document = new DocxDocument(Letter(name).ToDocx());

        Assert.Empty(document.ValidationErrors());
        Snapshot.Match(document.Outline(), Directory, name, ".docx.txt");
    }

    private static ILetter Letter(string name) => name switch
    {
        nameof(LayoutLetters.Un) => LayoutLetters.Un(),
        nameof(LayoutLetters.Din) => LayoutLetters.Din(),
        _ => LayoutLetters.Senator(),
    };
}
