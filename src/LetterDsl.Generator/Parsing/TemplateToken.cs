namespace LetterDsl.Generator.Parsing;

internal enum TemplateTokenKind
{
    Text,
    Tag,
    Newline,
}

internal enum TagKind
{
    Value,
    If,
    Else,
    End,
    For,
    Invalid,
}

/// <summary>A piece of template text: literal text, a <c>{{ }}</c> tag, or the end of a source line.</summary>
internal sealed class TemplateToken
{
    private TemplateToken(TemplateTokenKind kind, string text, int offset, int length)
    {
        Kind = kind;
        Text = text;
        Offset = offset;
        Length = length;
    }

    public TemplateTokenKind Kind { get; }

    /// <summary>Literal text for <see cref="TemplateTokenKind.Text"/>; the raw tag for a tag.</summary>
    public string Text { get; set; }

    public int Offset { get; }

    public int Length { get; }

    public TagKind TagKind { get; private set; }

    public bool TrimLeft { get; private set; }

    public bool TrimRight { get; private set; }

    /// <summary>The tag's words after the keyword (condition, loop header or placeholder), and where they start.</summary>
    public string Argument { get; private set; } = "";

    public int ArgumentOffset { get; private set; }

    /// <summary>For a text token: whether the source line had two or more trailing spaces (a hard break).</summary>
    public bool EndsWithHardBreak { get; set; }

    public static TemplateToken CreateText(string text, int offset) => new(TemplateTokenKind.Text, text, offset, text.Length);

    public static TemplateToken CreateNewline(int offset) => new(TemplateTokenKind.Newline, "\n", offset, 0);

    public static TemplateToken CreateTag(string raw, int offset, TagKind kind, bool trimLeft, bool trimRight, string argument, int argumentOffset) =>
        new(TemplateTokenKind.Tag, raw, offset, raw.Length)
        {
            TagKind = kind,
            TrimLeft = trimLeft,
            TrimRight = trimRight,
            Argument = argument,
            ArgumentOffset = argumentOffset,
        };

    public bool IsBlockTag => Kind == TemplateTokenKind.Tag && TagKind is TagKind.If or TagKind.Else or TagKind.End or TagKind.For;
}
