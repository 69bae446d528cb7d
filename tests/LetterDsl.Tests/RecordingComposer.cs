using LetterDsl.Composition;

namespace LetterDsl.Tests;

/// <summary>A composer recording loose inline content, for asserting what a <see cref="LetterValues"/> call wrote.</summary>
internal sealed class RecordingComposer
{
    public RecordingComposer() => Clear();

    public LetterComposer Composer { get; } = new();

    /// <summary>Everything recorded, as plain text.</summary>
    public string Text => Composer.FlattenInlines();

    /// <summary>How many non-empty values were recorded.</summary>
    public int ValueCount
    {
        get
        {
            int count = 0;
            foreach (LetterComposer.InlineEntry inline in Composer.AllInlines)
            {
                count += inline.Kind == LetterComposer.InlineKind.Value ? 1 : 0;
            }

            return count;
        }
    }

    /// <summary>Forgets what was recorded, keeping the buffers.</summary>
    public void Clear() => Composer.BeginInline(null);
}
