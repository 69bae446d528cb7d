using System;
using LetterDsl.Docx;
using LetterDsl.Pdf;

namespace LetterDsl.Generator.Tests.Reliability;

/// <summary>Every output a letter renders to, as the render fuzzer calls them; a new format is one more line.</summary>
/// <param name="Name">The format's name in the fuzzer's figures.</param>
/// <param name="Render">Renders the letter, given a text width; returns the output when it is text, for the checks on it.</param>
/// <param name="FirstValuesOnly">Whether the format renders each letter with its first set of values only: PDF lays out
/// every page, which costs several times what the other formats do, most of all for the 1,000-item lists.</param>
internal sealed record RenderFormat(string Name, Func<ILetter, int, string?> Render, bool FirstValuesOnly = false)
{
    public static readonly RenderFormat[] All =
    {
        new("text", (letter, _) => letter.ToText()),
        new("text-wrapped", (letter, width) => LetterRendering.ToText(letter, new TextOptions { Width = width })),
        new("markdown", (letter, _) => letter.ToMarkdown()),
        new("html", (letter, _) => letter.ToHtml()),
        new("docx", (letter, _) => Binary(letter.ToDocx())),
        new("pdf", (letter, _) => Binary(letter.ToPdf()), FirstValuesOnly: true),
    };

    /// <summary>A binary output has no text to check; it must not be empty.</summary>
    private static string? Binary(byte[] output) => output.Length > 0 ? null : throw new InvalidOperationException("The output is empty.");
}
