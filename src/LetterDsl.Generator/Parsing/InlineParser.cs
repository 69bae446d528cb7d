using System.Collections.Generic;
using System.Collections.Immutable;
using System.Text;
using LetterDsl.Generator.Diagnostics;
using LetterDsl.Generator.Model;

namespace LetterDsl.Generator.Parsing;

/// <summary>
/// Builds the inline tree of one paragraph, list item or directive line: text, placeholders, emphasis and
/// inline <c>if</c>/<c>for</c>. Blocks live on an explicit <see cref="BlockStack{TItem}"/> and emphasis is paired
/// in a flat list, so no input can make it recurse deeply.
/// </summary>
internal static class InlineParser
{
    private const int MaxEmphasisDepth = 4;

    public static EquatableArray<InlineNode> Parse(List<TemplateToken> tokens, ParseContext context, bool inParagraph)
    {
        var blocks = new BlockStack<object>(
            context,
            (condition, then, otherwise) => new IfInline(condition, Resolve(then), Resolve(otherwise)),
            (variable, source, items) => new ForInline(variable, source, Resolve(items)));

        for (var i = 0; i < tokens.Count; i++)
        {
            var token = tokens[i];
            switch (token.Kind)
            {
                case TemplateTokenKind.Text:
                    AddText(blocks.Items, token.Text, PreviousIsTag(tokens, i), NextIsTag(tokens, i));
                    break;

                case TemplateTokenKind.Newline:
                    var hard = i > 0 && tokens[i - 1].Kind == TemplateTokenKind.Text && tokens[i - 1].EndsWithHardBreak;
                    blocks.Items.Add(hard ? new LineBreakInline() : new SoftBreakInline());
                    break;

                default:
                    switch (token.TagKind)
                    {
                        case TagKind.Value:
                            var value = TagParser.ParseValue(token, context);
                            if (value is not null)
                            {
                                blocks.Items.Add(value);
                            }

                            break;

                        case TagKind.If:
                        case TagKind.For:
                        case TagKind.Else:
                        case TagKind.End:
                            blocks.Apply(token);
                            break;

                        default:
                            context.Report(DiagnosticDescriptors.InvalidExpression, token.Offset, token.Length, token.Text,
                                "write '{{ else }}' and '{{ end }}' with nothing after the word; to test another condition, put an '{{ if }}' inside the '{{ else }}'");
                            break;
                    }

                    break;
            }
        }

        var items = blocks.CloseUnclosed((tag, keyword) =>
        {
            if (inParagraph)
            {
                context.Report(DiagnosticDescriptors.BlockSpansParagraphs, tag.Offset, tag.Length, keyword);
                context.CutBlocks++;
            }
            else
            {
                context.Report(DiagnosticDescriptors.UnclosedBlock, tag.Offset, tag.Length, keyword + " " + tag.Argument, "on the same line");
            }
        });

        return Resolve(items);
    }

    private static bool PreviousIsTag(List<TemplateToken> tokens, int i) => i > 0 && tokens[i - 1].Kind == TemplateTokenKind.Tag;

    private static bool NextIsTag(List<TemplateToken> tokens, int i) => i + 1 < tokens.Count && tokens[i + 1].Kind == TemplateTokenKind.Tag;

    /// <summary>Splits text at '*' runs, recording whether each run may open or close emphasis (CommonMark's flanking rule, simplified).</summary>
    private static void AddText(List<object> items, string text, bool tagBefore, bool tagAfter)
    {
        var literal = new StringBuilder();
        var i = 0;
        while (i < text.Length)
        {
            if (text[i] != '*')
            {
                literal.Append(text[i]);
                i++;
                continue;
            }

            var runStart = i;
            while (i < text.Length && text[i] == '*')
            {
                i++;
            }

            var run = i - runStart;
            var before = runStart > 0 ? text[runStart - 1] : tagBefore ? 'x' : ' ';
            var after = i < text.Length ? text[i] : tagAfter ? 'x' : ' ';
            // CommonMark's flanking rules: a run between a word and punctuation ("vital***,") can only close,
            // and one between punctuation and a word ("(**bold") can only open.
            var canOpen = !char.IsWhiteSpace(after) && (!char.IsPunctuation(after) || char.IsWhiteSpace(before) || char.IsPunctuation(before));
            var canClose = !char.IsWhiteSpace(before) && (!char.IsPunctuation(before) || char.IsWhiteSpace(after) || char.IsPunctuation(after));
            if (run > 3 || (!canOpen && !canClose))
            {
                literal.Append('*', run);
                continue;
            }

            if (literal.Length > 0)
            {
                items.Add(new TextInline(literal.ToString()));
                literal.Clear();
            }

            // "***" is bold and italic together; a closing run lists italic first so it pairs innermost-first.
            if (run == 3)
            {
                var closingOnly = canClose && !canOpen;
                items.Add(new Delimiter(!closingOnly, canOpen, canClose));
                items.Add(new Delimiter(closingOnly, canOpen, canClose));
            }
            else
            {
                items.Add(new Delimiter(run == 2, canOpen, canClose));
            }
        }

        if (literal.Length > 0)
        {
            items.Add(new TextInline(literal.ToString()));
        }
    }

    /// <summary>Pairs emphasis delimiters and merges adjacent text; unpaired delimiters stay literal.</summary>
    private static EquatableArray<InlineNode> Resolve(List<object> items)
    {
        var output = new List<object>(items.Count);
        var openers = new List<int>();
        foreach (var item in items)
        {
            if (item is not Delimiter delimiter)
            {
                output.Add(item);
                continue;
            }

            var match = -1;
            if (delimiter.CanClose)
            {
                for (var k = openers.Count - 1; k >= 0; k--)
                {
                    if (((Delimiter)output[openers[k]]).Bold == delimiter.Bold)
                    {
                        match = k;
                        break;
                    }
                }
            }

            if (match >= 0)
            {
                var openerIndex = openers[match];
                openers.RemoveRange(match, openers.Count - match);
                var children = output.GetRange(openerIndex + 1, output.Count - openerIndex - 1);
                var depth = 1;
                foreach (var child in children)
                {
                    if (child is EmphasisInline nested && nested.Depth + 1 > depth)
                    {
                        depth = nested.Depth + 1;
                    }
                }

                if (depth > MaxEmphasisDepth)
                {
                    // Emphasis this deep is never meant; keeping it literal bounds the tree for the emitter.
                    output[openerIndex] = new TextInline(delimiter.Bold ? "**" : "*");
                    output.Add(new TextInline(delimiter.Bold ? "**" : "*"));
                    continue;
                }

                output.RemoveRange(openerIndex, output.Count - openerIndex);
                output.Add(new EmphasisInline(delimiter.Bold, Merge(children), depth));
            }
            else if (delimiter.CanOpen)
            {
                openers.Add(output.Count);
                output.Add(delimiter);
            }
            else
            {
                output.Add(new TextInline(delimiter.Bold ? "**" : "*"));
            }
        }

        return Merge(output);
    }

    private static EquatableArray<InlineNode> Merge(List<object> items)
    {
        var result = ImmutableArray.CreateBuilder<InlineNode>(items.Count);
        var text = new StringBuilder();
        foreach (var item in items)
        {
            var node = item is Delimiter d ? new TextInline(d.Bold ? "**" : "*") : (InlineNode)item;
            if (node is TextInline t)
            {
                text.Append(t.Text);
                continue;
            }

            if (text.Length > 0)
            {
                result.Add(new TextInline(text.ToString()));
                text.Clear();
            }

            result.Add(node);
        }

        if (text.Length > 0)
        {
            result.Add(new TextInline(text.ToString()));
        }

        return result.ToEquatableArray();
    }

    private sealed class Delimiter
    {
        public Delimiter(bool bold, bool canOpen, bool canClose)
        {
            Bold = bold;
            CanOpen = canOpen;
            CanClose = canClose;
        }

        public bool Bold { get; }

        public bool CanOpen { get; }

        public bool CanClose { get; }
    }
}
