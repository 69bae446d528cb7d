using System;
using System.IO;
using System.Text;
using LetterDsl.Docx;
using LetterDsl.Pdf;

namespace LetterDsl.Cli.Rendering;

/// <summary>
/// A rendered letter: text for the text formats, bytes for the binary ones. Rendering calls only the public API an app
/// calls (<see cref="ILetter.ToText"/>, <see cref="ILetter.ToMarkdown"/>, <see cref="ILetter.ToHtml"/>,
/// <see cref="LetterExtensions.ToText(ILetter, TextOptions)"/>, <see cref="DocxLetterExtensions.ToDocx(ILetter)"/>,
/// <see cref="PdfLetterExtensions.ToPdf(ILetter, PdfOptions?)"/>),
/// so the output is the generated class's own.
/// </summary>
internal sealed class LetterOutput
{
    // UTF-8 without a byte order mark: the bytes are exactly the string the letter returned.
    private static readonly UTF8Encoding s_utf8 = new(encoderShouldEmitUTF8Identifier: false);

    private readonly string? _binaryFormat;

    private LetterOutput(string? text, byte[]? bytes, string? binaryFormat = null)
    {
        Text = text;
        Bytes = bytes ?? s_utf8.GetBytes(text!);
        _binaryFormat = binaryFormat;
    }

    /// <summary>The letter as text, or null for a binary format.</summary>
    public string? Text { get; }

    /// <summary>The bytes a file of this letter holds.</summary>
    public byte[] Bytes { get; }

    public static LetterOutput Render(ILetter letter, OutputFormat format, int? width) => format switch
    {
        OutputFormat.Text => new(width is { } columns ? letter.ToText(new TextOptions { Width = columns }) : letter.ToText(), null),
        OutputFormat.Markdown => new(letter.ToMarkdown(), null),
        OutputFormat.Html => new(letter.ToHtml(), null),
        OutputFormat.Docx => new(null, letter.ToDocx(), "docx"),
        OutputFormat.Pdf => new(null, letter.ToPdf(), "pdf"),
        _ => throw new ArgumentOutOfRangeException(nameof(format), format, null),
    };

    /// <summary>Writes to <paramref name="outPath"/>, or to standard output; a binary format never goes to a terminal.</summary>
    public void Write(string? outPath, CliConsole console)
    {
        if (outPath is not null)
        {
            AtomicFile.Write(outPath, Bytes);
            return;
        }

        if (Text is not null)
        {
            console.Out.Write(Text);
            console.Out.Flush();
            return;
        }

        if (console.OutIsTerminal)
        {
            throw CliException.Input($"{_binaryFormat} is a binary format and standard output is a terminal: write it to a file with --out letter.{_binaryFormat}, or pipe it.");
        }

        var stream = console.OpenBinaryOut();
        stream.Write(Bytes);
        stream.Flush();
    }
}
