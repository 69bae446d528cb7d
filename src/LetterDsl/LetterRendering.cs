using System;
using System.IO;

namespace LetterDsl;

/// <summary>
/// Renders letters to strings and streams. Generated letter classes implement <see cref="ILetter"/>'s
/// <c>ToText</c>, <c>ToMarkdown</c>, <c>ToHtml</c> and <c>WriteTo</c>, and their one-line properties, through
/// these methods.
/// </summary>
/// <remarks>
/// The string methods reuse one writer per thread and build the result in a pooled buffer, so a call allocates
/// little more than the returned string. They are safe to call from any thread and re-entrantly.
/// </remarks>
public static class LetterRendering
{
    [ThreadStatic]
    private static MarkdownLetterWriter? t_markdown;

    [ThreadStatic]
    private static TextLetterWriter? t_text;

    [ThreadStatic]
    private static HtmlLetterWriter? t_html;

    [ThreadStatic]
    private static InlineLetterWriter? t_inline;

    /// <summary>Renders <paramref name="letter"/> as Markdown (see <see cref="MarkdownLetterWriter"/>).</summary>
    /// <param name="letter">The letter to render.</param>
    /// <returns>The Markdown, with <c>\n</c> line endings and one final line feed.</returns>
    public static string ToMarkdown(ILetter letter)
    {
        ArgumentNullException.ThrowIfNull(letter);
        return RenderToString(ref t_markdown, letter, RenderLetter, null);
    }

    /// <summary>Renders <paramref name="letter"/> as plain text without wrapping (see <see cref="TextLetterWriter"/>).</summary>
    /// <param name="letter">The letter to render.</param>
    /// <returns>The text, with <c>\n</c> line endings and one final line feed.</returns>
    public static string ToText(ILetter letter) => ToText(letter, TextOptions.Default);

    /// <summary>Renders <paramref name="letter"/> as plain text laid out by <paramref name="options"/>.</summary>
    /// <param name="letter">The letter to render.</param>
    /// <param name="options">The text options, such as the wrapping width.</param>
    /// <returns>The text, with <c>\n</c> line endings and one final line feed.</returns>
    public static string ToText(ILetter letter, TextOptions options)
    {
        ArgumentNullException.ThrowIfNull(letter);
        ArgumentNullException.ThrowIfNull(options);
        return RenderToString(ref t_text, letter, RenderLetter, options);
    }

    /// <summary>Renders <paramref name="letter"/> as a complete, self-contained A4 HTML document (see <see cref="HtmlLetterWriter"/>).</summary>
    /// <param name="letter">The letter to render.</param>
    /// <returns>The HTML document.</returns>
    public static string ToHtml(ILetter letter) => ToHtml(letter, HtmlOptions.Default);

    /// <summary>Renders <paramref name="letter"/> as HTML shaped by <paramref name="options"/>.</summary>
    /// <param name="letter">The letter to render.</param>
    /// <param name="options">Whether to write a fragment or a document, the page size and the title.</param>
    /// <returns>The HTML document or fragment.</returns>
    public static string ToHtml(ILetter letter, HtmlOptions options)
    {
        ArgumentNullException.ThrowIfNull(letter);
        ArgumentNullException.ThrowIfNull(options);
        return RenderToString(ref t_html, letter, RenderLetter, options);
    }

    /// <summary>Streams <paramref name="letter"/> to <paramref name="writer"/> in <paramref name="format"/>, with that format's default options, without building the whole letter as a string.</summary>
    /// <param name="letter">The letter to render.</param>
    /// <param name="writer">The target; it is written to as the letter renders and is not flushed or closed.</param>
    /// <param name="format">The output format.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="format"/> is not a defined <see cref="LetterFormat"/>.</exception>
    public static void WriteTo(ILetter letter, TextWriter writer, LetterFormat format)
    {
        ArgumentNullException.ThrowIfNull(letter);
        ArgumentNullException.ThrowIfNull(writer);
        LetterWriter letterWriter = format switch
        {
            LetterFormat.Text => new TextLetterWriter(writer),
            LetterFormat.Markdown => new MarkdownLetterWriter(writer),
            LetterFormat.Html => new HtmlLetterWriter(writer),
            _ => throw new ArgumentOutOfRangeException(nameof(format), format, "Unknown letter format."),
        };
        letter.Render(letterWriter);
    }

    /// <summary>
    /// Renders the inline events that <paramref name="render"/> sends to a one-line string: text and values as they
    /// are, emphasis dropped, soft and hard breaks as a single space. Block and signature events are ignored.
    /// Generated classes implement <see cref="ILetter.DateLine"/>, <see cref="ILetter.Salutation"/> and
    /// <see cref="ILetter.Closing"/> with it.
    /// </summary>
    /// <typeparam name="TLetter">The letter type, passed on to <paramref name="render"/> so that it can be a static lambda.</typeparam>
    /// <param name="letter">The letter whose values <paramref name="render"/> reads.</param>
    /// <param name="render">Writes the inline content.</param>
    /// <returns>The rendered text.</returns>
    public static string Inline<TLetter>(TLetter letter, Action<TLetter, LetterWriter> render)
    {
        ArgumentNullException.ThrowIfNull(render);
        return RenderToString(ref t_inline, letter, render, null);
    }

    private static void RenderLetter(ILetter letter, LetterWriter writer) => letter.Render(writer);

    private static string RenderToString<TWriter, TLetter>(ref TWriter? slot, TLetter letter, Action<TLetter, LetterWriter> render, object? options)
        where TWriter : LetterWriter, IPooledLetterWriter<TWriter>
    {
        // Take the thread's writer out of its slot while it is in use, so a re-entrant call gets a fresh one.
        TWriter writer = slot ?? TWriter.Create();
        slot = null;
        try
        {
            writer.Configure(options);
            render(letter, writer);
            return writer.Output.ToStringAndRelease();
        }
        finally
        {
            writer.Output.Release();
            slot = writer;
        }
    }
}

/// <summary>Renders any <see cref="ILetter"/> with options, in one line per format.</summary>
public static class LetterExtensions
{
    /// <summary>Renders <paramref name="letter"/> as plain text laid out by <paramref name="options"/>, for example wrapped at a width.</summary>
    /// <param name="letter">The letter to render.</param>
    /// <param name="options">The text options.</param>
    /// <returns>The text, with <c>\n</c> line endings and one final line feed.</returns>
    public static string ToText(this ILetter letter, TextOptions options) => LetterRendering.ToText(letter, options);

    /// <summary>Renders <paramref name="letter"/> as HTML shaped by <paramref name="options"/>, for example as a fragment or on US Letter paper.</summary>
    /// <param name="letter">The letter to render.</param>
    /// <param name="options">The HTML options.</param>
    /// <returns>The HTML document or fragment.</returns>
    public static string ToHtml(this ILetter letter, HtmlOptions options) => LetterRendering.ToHtml(letter, options);
}
