using System;
using System.ComponentModel;
using LetterDsl.Layout;

namespace LetterDsl.Composition;

/// <summary>Support for the one-line members of generated letters.</summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public static class LetterComposition
{
    [ThreadStatic]
    private static PlainTextWriter? t_plain;

    /// <summary>
    /// What <paramref name="part"/> of <paramref name="letter"/> shows, as one line of plain text: the same text the
    /// layout writes, with emphasis dropped and breaks as spaces. Generated classes implement
    /// <see cref="ILetter.DateLine"/>, <see cref="ILetter.Salutation"/> and <see cref="ILetter.Closing"/> with it.
    /// </summary>
    public static string PartText(ILetter letter, LetterPart part)
    {
        LetterComposer composer = ComposerPool.Compose(letter);
        PlainTextWriter writer = t_plain ?? new PlainTextWriter();
        t_plain = null;
        try
        {
            LayoutEngine.WritePart(composer, writer, part);
            return writer.TakeText();
        }
        finally
        {
            ComposerPool.Return(composer);
            t_plain = writer;
        }
    }

    /// <summary>
    /// Records the inline content that <paramref name="compose"/> writes and returns it as plain text: text and values
    /// as they are, emphasis dropped, breaks as one space. Generated classes build signatories whose fields hold
    /// placeholders with it.
    /// </summary>
    /// <typeparam name="TLetter">The letter type, passed on to <paramref name="compose"/> so that it can be a static lambda.</typeparam>
    public static string Inline<TLetter>(TLetter letter, Action<TLetter, LetterComposer> compose)
    {
        ArgumentNullException.ThrowIfNull(compose);
        LetterComposer composer = ComposerPool.Rent();
        try
        {
            composer.BeginInline(null);
            compose(letter, composer);
            return composer.FlattenInlines();
        }
        finally
        {
            ComposerPool.Return(composer);
        }
    }
}
