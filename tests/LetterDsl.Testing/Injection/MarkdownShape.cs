using System.Text;
using Markdig;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace LetterDsl.Testing.Injection;

/// <summary>
/// What a CommonMark reader makes of Markdown, by Markdig: the block and inline structure as a string, with text
/// runs reduced to one mark, and the visible text.
/// </summary>
public static class MarkdownShape
{
    public static string Structure(string markdown)
    {
        var builder = new StringBuilder();
        foreach (var block in Markdown.Parse(markdown))
        {
            Append(block, builder);
        }

        return builder.ToString();
    }

    /// <summary>The text a reader sees: literal text, entities decoded, breaks and block ends as spaces; white space folded.</summary>
    public static string Text(string markdown)
    {
        var builder = new StringBuilder();
        foreach (var block in Markdown.Parse(markdown).Descendants<LeafBlock>())
        {
            builder.Append(' ');
            foreach (var inline in block.Inline?.Descendants<Inline>() ?? [])
            {
                switch (inline)
                {
                    case LiteralInline literal: builder.Append(literal.Content.ToString()); break;
                    case HtmlEntityInline entity: builder.Append(entity.Transcoded.ToString()); break;
                    case CodeInline code: builder.Append(code.Content); break;
                    case LineBreakInline: builder.Append(' '); break;
                }
            }
        }

        return HostileValues.Fold(builder.ToString());
    }

    private static void Append(Block block, StringBuilder builder)
    {
        builder.Append(block.GetType().Name);
        if (block is ListBlock list)
        {
            builder.Append(list.IsOrdered ? "ordered" : "bullet").Append(list.OrderedStart);
        }

        if (block is LeafBlock { Inline: { } inline })
        {
            builder.Append('[');
            Append(inline, builder);
            builder.Append(']');
        }

        if (block is ContainerBlock container)
        {
            builder.Append('(');
            foreach (var child in container)
            {
                Append(child, builder);
            }

            builder.Append(')');
        }

        builder.Append(' ');
    }

    private static void Append(ContainerInline container, StringBuilder builder)
    {
        foreach (var inline in container)
        {
            switch (inline)
            {
                case LiteralInline or HtmlEntityInline:
                    if (builder.Length == 0 || builder[^1] != 't')
                    {
                        builder.Append('t');
                    }

                    break;
                case LineBreakInline lineBreak:
                    builder.Append(lineBreak.IsHard ? "<br>" : "<soft>");
                    break;
                case EmphasisInline emphasis:
                    builder.Append("<em").Append(emphasis.DelimiterCount).Append('>');
                    Append(emphasis, builder);
                    builder.Append("</em>");
                    break;
                default:
                    builder.Append('<').Append(inline.GetType().Name).Append('>');
                    if (inline is ContainerInline nested)
                    {
                        Append(nested, builder);
                    }

                    break;
            }
        }
    }
}
