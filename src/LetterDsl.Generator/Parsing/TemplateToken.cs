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

/// <summary>
/// A piece of template text: literal text, a <c>{{ }}</c> tag, or the end of a source line. Tokens are immutable;
/// trimming a text token makes a new one.
/// </summary>
internal sealed class TemplateToken
{
    private TemplateToken(TemplateTokenKind kind, string text, int offset, int length, TagKind tagKind, bool trimLeft, bool trimRight, string argument, int argumentOffset, bool endsWithHardBreak)
    {
        Kind = kind;
        Text = text;
        Offset = offset;
        Length = length;
        TagKind = tagKind;
        TrimLeft = trimLeft;
        TrimRight = trimRight;
        Argument = argument;
        ArgumentOffset = argumentOffset;
        EndsWithHardBreak = endsWithHardBreak;
    }

    public TemplateTokenKind Kind { get; }

    /// <summary>Literal text for <see cref="TemplateTokenKind.Text"/>; the raw tag for a tag.</summary>
    public string Text { get; }

    public int Offset { get; }

    public int Length { get; }

    public TagKind TagKind { get; }

    public bool TrimLeft { get; }

    public bool TrimRight { get; }

    /// <summary>The tag's words after the keyword (condition, loop header or placeholder), and where they start.</summary>
    public string Argument { get; }

    public int ArgumentOffset { get; }

    /// <summary>For a text token: whether the source line had two or more trailing spaces (a hard break).</summary>
    public bool EndsWithHardBreak { get; }

    public bool IsBlockTag => Kind == TemplateTokenKind.Tag && TagKind is TagKind.If or TagKind.Else or TagKind.End or TagKind.For;

    public static TemplateToken CreateText(string text, int offset) =>
        new(TemplateTokenKind.Text, text, offset, text.Length, default, false, false, "", 0, false);

    public static TemplateToken CreateNewline(int offset) =>
        new(TemplateTokenKind.Newline, "\n", offset, 0, default, false, false, "", 0, false);

    public static TemplateToken CreateTag(string raw, int offset, TagKind kind, bool trimLeft, bool trimRight, string argument, int argumentOffset) =>
        new(TemplateTokenKind.Tag, raw, offset, raw.Length, kind, trimLeft, trimRight, argument, argumentOffset, false);

    /// <summary>A text token with other text, starting <paramref name="skipped"/> characters further on.</summary>
    public TemplateToken WithText(string text, int skipped = 0) =>
        new(Kind, text, Offset + skipped, text.Length, TagKind, TrimLeft, TrimRight, Argument, ArgumentOffset, EndsWithHardBreak);

    public TemplateToken WithHardBreak(bool endsWithHardBreak) =>
        new(Kind, Text, Offset, Length, TagKind, TrimLeft, TrimRight, Argument, ArgumentOffset, endsWithHardBreak);

    /// <summary>The token without leading white space (a text token; others are returned as they are).</summary>
    public TemplateToken TrimStart()
    {
        if (Kind != TemplateTokenKind.Text)
        {
            return this;
        }

        var trimmed = Text.TrimStart();
        return trimmed.Length == Text.Length ? this : WithText(trimmed, Text.Length - trimmed.Length);
    }

    /// <summary>The token without trailing white space (a text token; others are returned as they are).</summary>
    public TemplateToken TrimEnd()
    {
        if (Kind != TemplateTokenKind.Text)
        {
            return this;
        }

        var trimmed = Text.TrimEnd();
        return trimmed.Length == Text.Length ? this : WithText(trimmed);
    }
}
