using System;

namespace LetterDsl;

/// <summary>
/// Which emphasis is open at a point of a letter, for writers of formats that style each run of text (Word, PDF):
/// <see cref="LetterWriter.BeginEmphasis"/> and <see cref="LetterWriter.EndEmphasis"/> calls nest, and a run is bold
/// while any bold is open. An unmatched end is ignored.
/// </summary>
public struct EmphasisNesting
{
    private int _bold;
    private int _italic;

    /// <summary>Whether bold is open.</summary>
    public readonly bool Bold => _bold > 0;

    /// <summary>Whether italic is open.</summary>
    public readonly bool Italic => _italic > 0;

    /// <summary>Opens <paramref name="emphasis"/>.</summary>
    public void Begin(Emphasis emphasis)
    {
        if (emphasis == Emphasis.Bold)
        {
            _bold++;
        }
        else
        {
            _italic++;
        }
    }

    /// <summary>Closes <paramref name="emphasis"/>.</summary>
    public void End(Emphasis emphasis)
    {
        if (emphasis == Emphasis.Bold)
        {
            _bold = Math.Max(0, _bold - 1);
        }
        else
        {
            _italic = Math.Max(0, _italic - 1);
        }
    }

    /// <summary>Closes everything, for a new letter.</summary>
    public void Reset() => this = default;
}
