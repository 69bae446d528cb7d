namespace LetterDsl.Generator.Parsing;

/// <summary>A line of a <c>.letter</c> file without its line ending, and where it starts in the file.</summary>
internal readonly struct SourceLine
{
    public SourceLine(string text, int fileOffset)
    {
        Text = text;
        FileOffset = fileOffset;
    }

    public string Text { get; }

    public int FileOffset { get; }

    public bool IsBlank => string.IsNullOrWhiteSpace(Text);
}
