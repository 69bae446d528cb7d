using System;
using System.IO;
using System.Text;

namespace LetterDsl;

/// <summary>The file renderers for the formats the runtime writes itself: UTF-8 text, without a byte order mark.</summary>
public static class LetterFileRenderer
{
    /// <summary>Plain text, in <c>.txt</c> files.</summary>
    public static ILetterFileRenderer Text { get; } = new FormatFileRenderer(LetterFormat.Text, ".txt");

    /// <summary>Markdown, in <c>.md</c> files.</summary>
    public static ILetterFileRenderer Markdown { get; } = new FormatFileRenderer(LetterFormat.Markdown, ".md");

    /// <summary>Self-contained HTML documents, in <c>.html</c> files.</summary>
    public static ILetterFileRenderer Html { get; } = new FormatFileRenderer(LetterFormat.Html, ".html");

    /// <summary>The renderer for <paramref name="format"/>.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="format"/> is not a defined <see cref="LetterFormat"/>.</exception>
    public static ILetterFileRenderer For(LetterFormat format) => format switch
    {
        LetterFormat.Text => Text,
        LetterFormat.Markdown => Markdown,
        LetterFormat.Html => Html,
        _ => throw new ArgumentOutOfRangeException(nameof(format), format, "Unknown letter format."),
    };

    private sealed class FormatFileRenderer : ILetterFileRenderer
    {
        private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: false);

        private readonly LetterFormat _format;

        public FormatFileRenderer(LetterFormat format, string extension)
        {
            _format = format;
            FileExtension = extension;
        }

        public string FileExtension { get; }

        public void Render(ILetter letter, Stream destination)
        {
            ArgumentNullException.ThrowIfNull(letter);
            using var writer = new StreamWriter(destination, Utf8, bufferSize: 4096, leaveOpen: true);
            letter.WriteTo(writer, _format);
        }
    }
}
