using System;
using LetterDsl.Docx;

namespace LetterDsl.Generator.Tests.Reliability;

/// <summary>
/// Every output a letter renders to, as the render fuzzer calls them. The PDF package is not on this branch yet; when
/// <c>LetterDsl.Pdf</c> exists, its line is <c>new("pdf", (letter, _) =&gt; Binary(letter.ToPdf()))</c>.
/// </summary>
/// <param name="Name">The format's name in the fuzzer's figures.</param>
/// <param name="Render">Renders the letter, given a text width; returns the output when it is text, for the checks on it.</param>
internal sealed record RenderFormat(string Name, Func<ILetter, int, string?> Render)
{
    public static readonly RenderFormat[] All =
    {
        new("text", (letter, _) => letter.ToText()),
        new("text-wrapped", (letter, width) => LetterRendering.ToText(letter, new TextOptions { Width = width })),
        new("markdown", (letter, _) => letter.ToMarkdown()),
        new("html", (letter, _) => letter.ToHtml()),
        new("docx", (letter, _) => Binary(letter.ToDocx())),
    };

    /// <summary>A binary output has no text to check; it must not be empty.</summary>
    private static string? Binary(byte[] output) => output.Length > 0 ? null : throw new InvalidOperationException("The output is empty.");
}
