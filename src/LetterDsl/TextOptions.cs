using System;

namespace LetterDsl;

/// <summary>Options for rendering a letter as plain text.</summary>
public sealed class TextOptions
{
    private readonly int? _width;

    /// <summary>The defaults: no wrapping.</summary>
    public static TextOptions Default { get; } = new();

    /// <summary>
    /// The column at which paragraphs, list items and the other blocks are wrapped (greedily, at spaces), or
    /// <see langword="null"/> (the default) for no wrapping. A word longer than the width stays whole on its own
    /// line, and a list item's continuation lines are indented by the width of its marker.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is less than 1.</exception>
    public int? Width
    {
        get => _width;
        init
        {
            if (value is < 1)
            {
                throw new ArgumentOutOfRangeException(nameof(value), value, "The width must be at least 1.");
            }

            _width = value;
        }
    }
}
