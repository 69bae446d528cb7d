namespace LetterDsl.Writers;

/// <summary>Where the position in a line is, for escaping what would start a block at the beginning of a line.</summary>
internal enum LineState : byte
{
    /// <summary>Only spaces or tabs since the line (or the list item's content) began.</summary>
    Start,

    /// <summary>Only spaces, tabs and then digits since the line began.</summary>
    Digits,

    /// <summary>Anything else.</summary>
    Other,
}

/// <summary>How writing a character moves the <see cref="LineState"/>.</summary>
internal static class LineStates
{
    /// <summary>The line position after <paramref name="c"/> is written at <paramref name="state"/>.</summary>
    public static LineState Advance(LineState state, char c) => c switch
    {
        '\n' => LineState.Start,
        ' ' or '\t' => state == LineState.Start ? LineState.Start : LineState.Other,
        >= '0' and <= '9' => state == LineState.Other ? LineState.Other : LineState.Digits,
        _ => LineState.Other,
    };
}
