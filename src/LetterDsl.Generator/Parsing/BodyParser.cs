using System.Collections.Generic;
using LetterDsl.Generator.Diagnostics;
using LetterDsl.Generator.Model;

namespace LetterDsl.Generator.Parsing;

/// <summary>
/// Builds the body's blocks: paragraphs, list items, and <c>if</c>/<c>for</c> on lines of their own that wrap
/// whole blocks. Markdown structure is decided here, at build time, so rendering never interprets the template.
/// </summary>
internal static class BodyParser
{
    public static EquatableArray<BlockNode> Parse(IReadOnlyList<SourceLine> lines, ParseContext context)
    {
        var tokens = TemplateLexer.Lex(lines, context);
        var builder = new Builder(context);
        foreach (var line in SplitLines(tokens))
        {
            builder.Add(line);
        }

        return builder.Finish();
    }

    private static List<List<TemplateToken>> SplitLines(List<TemplateToken> tokens)
    {
        var lines = new List<List<TemplateToken>>();
        var current = new List<TemplateToken>();
        foreach (var token in tokens)
        {
            if (token.Kind == TemplateTokenKind.Newline)
            {
                lines.Add(current);
                current = new List<TemplateToken>();
            }
            else
            {
                current.Add(token);
            }
        }

        lines.Add(current);
        return lines;
    }

    private sealed class Builder
    {
        private readonly ParseContext _context;
        private readonly BlockStack<BlockNode> _blocks;
        private List<List<TemplateToken>>? _pending;
        private (bool Numbered, int Number)? _pendingItem;
        private bool _inListItem;

        public Builder(ParseContext context)
        {
            _context = context;
            _blocks = new BlockStack<BlockNode>(
                context,
                (condition, then, otherwise) => new IfBlock(condition, then.ToEquatableArray(), otherwise.ToEquatableArray()),
                (variable, source, body) => new ForBlock(variable, source, body.ToEquatableArray()));
        }

        public void Add(List<TemplateToken> line)
        {
            if (IsBlank(line))
            {
                Flush();
                if (_inListItem)
                {
                    _blocks.Items.Add(new ListBreakBlock());
                }

                _inListItem = false;
                return;
            }

            if (ControlTag(line) is { } tag)
            {
                Flush();
                _inListItem = false;
                _blocks.Apply(tag);
                return;
            }

            if (TryStripListMarker(line, out var numbered, out var number))
            {
                Flush();
                _pending = new List<List<TemplateToken>> { line };
                _pendingItem = (numbered, number);
                _inListItem = true;
                return;
            }

            if (_pending is null)
            {
                _pending = new List<List<TemplateToken>>();
                _pendingItem = null;
                _inListItem = false;
            }

            _pending.Add(line);
        }

        public EquatableArray<BlockNode> Finish()
        {
            Flush();
            return _blocks.CloseUnclosed((tag, keyword) =>
                    _context.Report(DiagnosticDescriptors.UnclosedBlock, tag.Offset, tag.Length, keyword + " " + tag.Argument, "on a line of its own before '@closing'"))
                .ToEquatableArray();
        }

        private void Flush()
        {
            if (_pending is null)
            {
                return;
            }

            var tokens = new List<TemplateToken>();
            for (var i = 0; i < _pending.Count; i++)
            {
                var line = _pending[i];
                TrimLine(line);
                if (i > 0)
                {
                    tokens.Add(TemplateToken.CreateNewline(line.Count > 0 ? line[0].Offset : 0));
                }

                tokens.AddRange(line);
            }

            var content = InlineParser.Parse(tokens, _context, inParagraph: true);
            _blocks.Items.Add(_pendingItem is { } item
                ? new ListItemBlock(item.Numbered, item.Number, content)
                : new ParagraphBlock(content));
            _pending = null;
            _pendingItem = null;
        }

        private static void TrimLine(List<TemplateToken> line)
        {
            if (line.Count > 0)
            {
                line[0] = line[0].TrimStart();
                line[line.Count - 1] = line[line.Count - 1].TrimEnd();
            }

            line.RemoveAll(t => t.Kind == TemplateTokenKind.Text && t.Text.Length == 0 && !t.EndsWithHardBreak);
        }

        private static bool IsBlank(List<TemplateToken> line)
        {
            foreach (var token in line)
            {
                if (token.Kind != TemplateTokenKind.Text || !string.IsNullOrWhiteSpace(token.Text))
                {
                    return false;
                }
            }

            return true;
        }

        /// <summary>The block tag when the line holds nothing else but whitespace.</summary>
        private static TemplateToken? ControlTag(List<TemplateToken> line)
        {
            TemplateToken? tag = null;
            foreach (var token in line)
            {
                if (token.Kind == TemplateTokenKind.Text && string.IsNullOrWhiteSpace(token.Text))
                {
                    continue;
                }

                if (tag is not null || !token.IsBlockTag)
                {
                    return null;
                }

                tag = token;
            }

            return tag;
        }

        private static bool TryStripListMarker(List<TemplateToken> line, out bool numbered, out int number)
        {
            numbered = false;
            number = 1;
            if (line.Count == 0 || line[0].Kind != TemplateTokenKind.Text)
            {
                return false;
            }

            var text = line[0].Text;
            var i = 0;
            while (i < text.Length && i < 3 && text[i] == ' ')
            {
                i++;
            }

            if (i + 1 < text.Length && text[i] == '-' && text[i + 1] == ' ')
            {
                line[0] = line[0].WithText(text.Substring(i + 2), i + 2);
                return true;
            }

            var digits = i;
            while (digits < text.Length && digits - i < 9 && char.IsDigit(text[digits]) && text[digits] < 128)
            {
                digits++;
            }

            if (digits > i && digits + 1 < text.Length && text[digits] == '.' && text[digits + 1] == ' ')
            {
                numbered = true;
                number = int.Parse(text.Substring(i, digits - i), System.Globalization.CultureInfo.InvariantCulture);
                line[0] = line[0].WithText(text.Substring(digits + 2), digits + 2);
                return true;
            }

            return false;
        }
    }
}
