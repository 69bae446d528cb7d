using System;

namespace LetterDsl.Composition;

/// <summary>One <see cref="LetterComposer"/> per thread, reused across renders so that recording a letter allocates nothing once warm.</summary>
internal static class ComposerPool
{
    [ThreadStatic]
    private static LetterComposer? t_composer;

    /// <summary>Takes the thread's composer out of its slot, so a re-entrant render (a value that renders a letter) gets a fresh one.</summary>
    public static LetterComposer Rent()
    {
        LetterComposer composer = t_composer ?? new LetterComposer();
        t_composer = null;
        return composer;
    }

    /// <summary>Clears the composer, so it keeps no reference to the letter's values, and puts it back.</summary>
    public static void Return(LetterComposer composer)
    {
        composer.Clear();
        composer.ExpectPlan(null, null);
        t_composer = composer;
    }

    /// <summary>Records <paramref name="letter"/> into a pooled composer.</summary>
    public static LetterComposer Compose(ILetter letter)
    {
        ArgumentNullException.ThrowIfNull(letter);
        LetterComposer composer = Rent();
        try
        {
            ComposeInto(letter, composer);
            return composer;
        }
        catch
        {
            Return(composer);
            throw;
        }
    }

    /// <summary>Records <paramref name="letter"/> into <paramref name="composer"/>, forgetting what it held.</summary>
    public static void ComposeInto(ILetter letter, LetterComposer composer)
    {
        letter.Compose(composer);
        composer.EndLetter();
    }
}
