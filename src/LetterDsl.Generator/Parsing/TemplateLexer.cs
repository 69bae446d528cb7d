using System.Collections.Generic;
using System.Text;
using LetterDsl.Generator.Diagnostics;

namespace LetterDsl.Generator.Parsing;

/// <summary>
/// Splits template lines into text and <c>{{ }}</c> tags. Tags end on the line they start, so an unclosed
/// <c>{{</c> is reported where it is instead of swallowing the rest of the letter, and a tag may not hold another
/// <c>{{</c>, so one whose <c>}}</c> is missing does not swallow the next placeholder.
/// </summary>
internal static class TemplateLexer
{
    public static List<TemplateToken> Lex(IReadOnlyList<SourceLine> lines, ParseContext context)
    {
        var tokens = new List<TemplateToken>();
        for (var i = 0; i < lines.Count; i++)
        {
            if (i > 0)
            {
                tokens.Add(TemplateToken.CreateNewline(lines[i].FileOffset));
            }

            LexLine(lines[i], tokens, context);
        }

        ApplyWhitespaceControl(tokens);
        return tokens;
    }

    private static void LexLine(SourceLine line, List<TemplateToken> tokens, ParseContext context)
    {
        var s = line.Text;
        var text = new StringBuilder();
        var textStart = 0;
        var i = 0;

        // Once no "}}" follows, none follows any later "{{" either: remembering that keeps a long line of "{{"
        // linear, and reporting only the first unclosed one keeps such a line from flooding the error list.
        var closed = true;
        while (i < s.Length)
        {
            if (s[i] == '{' && i + 1 < s.Length && s[i + 1] == '{')
            {
                if (string.CompareOrdinal(s, i, "{{{{", 0, 4) == 0)
                {
                    text.Append("{{");
                    i += 4;
                    continue;
                }

                var close = closed ? s.IndexOf("}}", i + 2, System.StringComparison.Ordinal) : -1;
                if (close < 0)
                {
                    if (closed)
                    {
                        context.Report(DiagnosticDescriptors.UnclosedPlaceholder, line.FileOffset + i, 2);
                    }

                    closed = false;
                    text.Append("{{");
                    i += 2;
                    continue;
                }

                Flush(text, line.FileOffset + textStart, tokens);
                var inner = s.IndexOf("{{", i + 2, close - i - 2, System.StringComparison.Ordinal);
                if (inner >= 0)
                {
                    // A placeholder whose '}}' went missing would swallow the next one, and its format the text between.
                    // The first is dropped, the names it mentions count as used, and lexing goes on at the second.
                    var open = context.Source.Location(line.FileOffset + i, 2);
                    context.Report(DiagnosticDescriptors.NestedPlaceholder, line.FileOffset + inner, 2, open.Column.ToString(System.Globalization.CultureInfo.InvariantCulture));
                    TagParser.MarkMentionedParametersUsed(s.Substring(i + 2, inner - i - 2), context);
                    i = inner;
                    textStart = i;
                    continue;
                }

                tokens.Add(CreateTag(s.Substring(i, close + 2 - i), line.FileOffset + i));
                i = close + 2;
                textStart = i;
                continue;
            }

            text.Append(s[i]);
            i++;
        }

        Flush(text, line.FileOffset + textStart, tokens);
        if (s.EndsWith("  ", System.StringComparison.Ordinal) && tokens.Count > 0 && tokens[tokens.Count - 1].Kind == TemplateTokenKind.Text)
        {
            tokens[tokens.Count - 1] = tokens[tokens.Count - 1].WithHardBreak(true);
        }
    }

    private static void Flush(StringBuilder text, int offset, List<TemplateToken> tokens)
    {
        if (text.Length > 0)
        {
            tokens.Add(TemplateToken.CreateText(text.ToString(), offset));
            text.Clear();
        }
    }

    private static TemplateToken CreateTag(string raw, int offset)
    {
        // raw is "{{" content "}}"; '~' right inside the braces asks to trim the neighbouring whitespace.
        var start = 2;
        var end = raw.Length - 2;
        var trimLeft = end > start && raw[start] == '~';
        if (trimLeft)
        {
            start++;
        }

        var trimRight = end > start && raw[end - 1] == '~';
        if (trimRight)
        {
            end--;
        }

        while (start < end && char.IsWhiteSpace(raw[start]))
        {
            start++;
        }

        while (end > start && char.IsWhiteSpace(raw[end - 1]))
        {
            end--;
        }

        var content = raw.Substring(start, end - start);
        var keywordEnd = 0;
        while (keywordEnd < content.Length && !char.IsWhiteSpace(content[keywordEnd]))
        {
            keywordEnd++;
        }

        var keyword = content.Substring(0, keywordEnd);
        var argStart = keywordEnd;
        while (argStart < content.Length && char.IsWhiteSpace(content[argStart]))
        {
            argStart++;
        }

        var argument = content.Substring(argStart);
        var kind = keyword switch
        {
            // An 'if' without a condition still opens a block, so its 'end' matches; TagParser reports the condition.
            "if" => TagKind.If,
            "else" when argument.Length == 0 => TagKind.Else,
            "end" when argument.Length == 0 => TagKind.End,
            "for" => TagKind.For,
            "else" or "end" => TagKind.Invalid,
            _ => TagKind.Value,
        };

        return kind == TagKind.Value
            ? TemplateToken.CreateTag(raw, offset, kind, trimLeft, trimRight, content, offset + start)
            : TemplateToken.CreateTag(raw, offset, kind, trimLeft, trimRight, argument, offset + start + argStart);
    }

    private static void ApplyWhitespaceControl(List<TemplateToken> tokens)
    {
        // Trimmed tokens are only marked and dropped in one pass at the end, so a letter full of '~' stays linear.
        var removed = new bool[tokens.Count];
        for (var i = 0; i < tokens.Count; i++)
        {
            var tag = tokens[i];
            if (tag.Kind != TemplateTokenKind.Tag)
            {
                continue;
            }

            if (tag.TrimLeft)
            {
                for (var j = i - 1; j >= 0 && tokens[j].Kind != TemplateTokenKind.Tag; j--)
                {
                    if (!TrimToken(tokens, removed, j, fromEnd: true))
                    {
                        break;
                    }
                }
            }

            if (tag.TrimRight)
            {
                for (var j = i + 1; j < tokens.Count && tokens[j].Kind != TemplateTokenKind.Tag; j++)
                {
                    if (!TrimToken(tokens, removed, j, fromEnd: false))
                    {
                        break;
                    }
                }
            }
        }

        var kept = 0;
        for (var i = 0; i < tokens.Count; i++)
        {
            var token = tokens[i];
            if (removed[i] || (token.Kind == TemplateTokenKind.Text && token.Text.Length == 0))
            {
                continue;
            }

            tokens[kept++] = token;
        }

        tokens.RemoveRange(kept, tokens.Count - kept);
    }

    /// <summary>Trims one token; returns true when it became empty, so trimming goes on to the next one.</summary>
    private static bool TrimToken(List<TemplateToken> tokens, bool[] removed, int index, bool fromEnd)
    {
        var token = tokens[index];
        if (token.Kind == TemplateTokenKind.Newline)
        {
            removed[index] = true;
            return true;
        }

        token = fromEnd ? token.TrimEnd().WithHardBreak(false) : token.TrimStart();
        tokens[index] = token;
        return token.Text.Length == 0;
    }
}
