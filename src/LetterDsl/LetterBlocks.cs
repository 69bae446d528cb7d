namespace LetterDsl;

/// <summary>
/// The layout rules for <see cref="LetterBlock"/> that every output format shares, so the built-in writers and custom
/// <see cref="LetterWriter"/> implementations group lines and label blocks the same way.
/// </summary>
public static class LetterBlocks
{
    /// <summary>
    /// Whether consecutive blocks of this kind form one visual block: <see cref="LetterBlock.Recipient"/>,
    /// <see cref="LetterBlock.CarbonCopy"/> and <see cref="LetterBlock.Enclosure"/> lines are joined by line breaks
    /// rather than separated like paragraphs.
    /// </summary>
    /// <param name="block">The block a writer is beginning.</param>
    /// <returns><see langword="true"/> for the line-per-entry blocks; otherwise <see langword="false"/>.</returns>
    public static bool IsGrouped(LetterBlock block) =>
        block is LetterBlock.Recipient or LetterBlock.CarbonCopy or LetterBlock.Enclosure;

    /// <summary>
    /// The label written at the start of each block of this kind: <c>cc: </c> for a <see cref="LetterBlock.CarbonCopy"/>
    /// line, <c>Encl.: </c> for an <see cref="LetterBlock.Enclosure"/> line and <c>P.S. </c> for a
    /// <see cref="LetterBlock.Postscript"/>.
    /// </summary>
    /// <param name="block">The block a writer is beginning.</param>
    /// <returns>The label, including its trailing space, or <see cref="string.Empty"/> for unlabelled blocks.</returns>
    public static string Prefix(LetterBlock block) => block switch
    {
        LetterBlock.CarbonCopy => "cc: ",
        LetterBlock.Enclosure => "Encl.: ",
        LetterBlock.Postscript => "P.S. ",
        _ => string.Empty,
    };
}
