using System;
using System.IO;
using LetterDsl.Composition;
using LetterDsl.Layout;
using LetterDsl.Planning;
using LetterDsl.Writers;

namespace LetterDsl;

/// <summary>
/// Renders letters to strings, streams and custom writers. Generated letter classes implement <see cref="ILetter"/>'s
/// <c>Render</c>, <c>ToText</c>, <c>ToMarkdown</c>, <c>ToHtml</c> and <c>WriteTo</c> through these methods.
/// </summary>
/// <remarks>
/// A render records the letter's parts with its current values, then lays them out in the reading order of the
/// letter's <see cref="LetterLayout"/> into the format's writer. The recording and the writers are reused per thread,
/// and the string methods build the result in a pooled buffer, so a call allocates little more than the returned
/// string. They are safe to call from any thread and re-entrantly.
/// </remarks>
public static class LetterRendering
{
    [ThreadStatic]
    private static MarkdownLetterWriter? t_markdown;

    [ThreadStatic]
    private static TextLetterWriter? t_text;

    [ThreadStatic]
    private static HtmlLetterWriter? t_html;

    /// <summary>Lays <paramref name="letter"/> out into <paramref name="writer"/>, a format of your own.</summary>
    /// <param name="letter">The letter to render.</param>
    /// <param name="writer">The writer; it receives the parts in the layout's reading order.</param>
    public static void Render(ILetter letter, LetterWriter writer)
    {
        ArgumentNullException.ThrowIfNull(letter);
        ArgumentNullException.ThrowIfNull(writer);
        LetterComposer composer = ComposerPool.Compose(letter);
        try
        {
            LayoutEngine.Write(composer, writer);
        }
        finally
        {
            ComposerPool.Return(composer);
        }
    }

    /// <summary>Renders <paramref name="letter"/> as Markdown, in the subset its template is written in.</summary>
    /// <param name="letter">The letter to render.</param>
    /// <returns>The Markdown, with <c>\n</c> line endings and one final line feed.</returns>
    public static string ToMarkdown(ILetter letter) => Render(ref t_markdown, letter, null, null)!;

    /// <summary>Renders <paramref name="letter"/> as plain text without wrapping.</summary>
    /// <param name="letter">The letter to render.</param>
    /// <returns>The text, with <c>\n</c> line endings and one final line feed.</returns>
    public static string ToText(ILetter letter) => ToText(letter, TextOptions.Default);

    /// <summary>Renders <paramref name="letter"/> as plain text laid out by <paramref name="options"/>.</summary>
    /// <param name="letter">The letter to render.</param>
    /// <param name="options">The text options, such as the wrapping width.</param>
    /// <returns>The text, with <c>\n</c> line endings and one final line feed.</returns>
    public static string ToText(ILetter letter, TextOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return Render(ref t_text, letter, options, null)!;
    }

    /// <summary>Renders <paramref name="letter"/> as a complete, self-contained HTML document with print CSS for its layout.</summary>
    /// <param name="letter">The letter to render.</param>
    /// <returns>The HTML document.</returns>
    public static string ToHtml(ILetter letter) => ToHtml(letter, HtmlOptions.Default);

    /// <summary>Renders <paramref name="letter"/> as HTML shaped by <paramref name="options"/>.</summary>
    /// <param name="letter">The letter to render.</param>
    /// <param name="options">Whether to write a fragment or a document, the page size and the title.</param>
    /// <returns>The HTML document or fragment.</returns>
    public static string ToHtml(ILetter letter, HtmlOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return Render(ref t_html, letter, options, null)!;
    }

    /// <summary>Streams <paramref name="letter"/> to <paramref name="writer"/> in <paramref name="format"/>, with that format's default options, without building the whole letter as a string.</summary>
    /// <param name="letter">The letter to render.</param>
    /// <param name="writer">The target; it is written to as the letter renders and is not flushed or closed.</param>
    /// <param name="format">The output format.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="format"/> is not a defined <see cref="LetterFormat"/>.</exception>
    public static void WriteTo(ILetter letter, TextWriter writer, LetterFormat format)
    {
        ArgumentNullException.ThrowIfNull(writer);
        switch (format)
        {
            case LetterFormat.Text:
                Render(ref t_text, letter, TextOptions.Default, writer);
                break;
            case LetterFormat.Markdown:
                Render(ref t_markdown, letter, null, writer);
                break;
            case LetterFormat.Html:
                Render(ref t_html, letter, HtmlOptions.Default, writer);
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(format), format, "Unknown letter format.");
        }
    }

    /// <summary>Streams <paramref name="letter"/> to <paramref name="writer"/> as plain text laid out by <paramref name="options"/>.</summary>
    public static void WriteTo(ILetter letter, TextWriter writer, TextOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(options);
        Render(ref t_text, letter, options, writer);
    }

    /// <summary>Streams <paramref name="letter"/> to <paramref name="writer"/> as HTML shaped by <paramref name="options"/>.</summary>
    public static void WriteTo(ILetter letter, TextWriter writer, HtmlOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(options);
        Render(ref t_html, letter, options, writer);
    }

    [ThreadStatic]
    private static bool t_withoutPlans;

    /// <summary>Whether renders on this thread, to strings and streams, use render plans; the tests compare both paths.</summary>
    internal static bool UsePlans
    {
        get => !t_withoutPlans;
        set => t_withoutPlans = !value;
    }

    /// <summary>
    /// Renders <paramref name="letter"/> with the thread's writer of the format: from the class's render plan when one
    /// serves, else laid out in full. Returns the output as a string, or, with a <paramref name="target"/>, streams it
    /// there and returns <see langword="null"/>.
    /// </summary>
    private static string? Render<TWriter>(ref TWriter? slot, ILetter letter, object? options, TextWriter? target)
        where TWriter : LetterWriter, IPooledLetterWriter<TWriter>
    {
        ArgumentNullException.ThrowIfNull(letter);

        // Take the thread's writer out of its slot while it is in use, so a re-entrant call gets a fresh one.
        TWriter writer = slot ?? TWriter.Create();
        slot = null;
        LetterComposer composer = ComposerPool.Rent();
        try
        {
            writer.Configure(options);
            PlanFormat? format = UsePlans ? writer.PlanFormat : null;
            composer.ExpectPlan(format, writer.PlanOptions);
            ComposerPool.ComposeInto(letter, composer);
            if (format is not null)
            {
                bool knownShape = false;
                if (composer.ValuesOnlyInBody)
                {
                    knownShape = composer.Definition.Plans.TryGet(format, writer.PlanOptions, composer.Shape, out RenderPlan? cached);
                    if (cached is not null && TryServe(cached, composer, target, out string? fast))
                    {
                        return fast;
                    }

                    // A new shape, or a value the plan cannot hold: the full recording makes the plan, or the full render.
                    composer.ExpectPlan(null, null);
                    ComposerPool.ComposeInto(letter, composer);
                }

                // A known shape has no plan, or one that just declined these values: only a new shape gets one.
                if (!knownShape && Plan(composer, writer, format) is { } plan && TryServe(plan, composer, target, out string? planned))
                {
                    return planned;
                }
            }

            if (target is not null)
            {
                LayoutEngine.Write(composer, TWriter.Create(target, options));
                return null;
            }

            LayoutEngine.Write(composer, writer);
            return writer.Output.ToStringAndRelease();
        }
        finally
        {
            writer.Output.Release();
            slot = writer;
            ComposerPool.Return(composer);
        }
    }

    private static bool TryServe(RenderPlan plan, LetterComposer composer, TextWriter? target, out string? output)
    {
        if (target is not null)
        {
            output = null;
            return PlannedRender.TryWrite(plan, composer, target);
        }

        output = PlannedRender.TryRender(plan, composer);
        return output is not null;
    }

    /// <summary>
    /// The render plan for the letter's class, format and shape: made by the format's writer the first time a shape is
    /// rendered, then reused, so a render only escapes and copies values. <see langword="null"/> when the format's options
    /// or the letter cannot be planned, or the class has more shapes than the cache keeps.
    /// </summary>
    private static RenderPlan? Plan<TWriter>(LetterComposer composer, TWriter writer, PlanFormat format)
        where TWriter : LetterWriter, IPooledLetterWriter<TWriter>
    {
        PlanCache plans = composer.Definition.Plans;
        object? options = writer.PlanOptions;
        if (plans.TryGet(format, options, composer.Shape, out RenderPlan? plan))
        {
            return plan;
        }

        if (!plans.HasRoom)
        {
            return null;
        }

        writer.BeginPlan(new PlanBuilder());
        try
        {
            LayoutEngine.Plan(composer, writer);
        }
        finally
        {
            // The writer goes back to the thread's slot: a layout that throws (a letter's own list of signatories, say)
            // must not leave it writing placeholders into later renders.
            plan = writer.EndPlan();
        }

        plans.Add(format, options, composer.Shape, plan);
        return plan;
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

    /// <summary>Streams <paramref name="letter"/> as plain text laid out by <paramref name="options"/>.</summary>
    public static void WriteTo(this ILetter letter, TextWriter writer, TextOptions options) => LetterRendering.WriteTo(letter, writer, options);

    /// <summary>Streams <paramref name="letter"/> as HTML shaped by <paramref name="options"/>.</summary>
    public static void WriteTo(this ILetter letter, TextWriter writer, HtmlOptions options) => LetterRendering.WriteTo(letter, writer, options);
}
