using System.Text;
using LetterDsl.Generator.Model;

namespace LetterDsl.Generator.Emitting;

/// <summary>
/// Pre-renders a run of static inline content (text, emphasis, breaks; no values) to the exact Markdown that
/// <c>MarkdownLetterWriter</c> writes for it, so the generated Markdown path makes one
/// <c>WriteMarkdown</c> call per run instead of one writer call per node.
/// </summary>
/// <remarks>
/// This mirrors <c>LineLetterWriter</c>'s inline rules, which the generated <c>WriteMarkdown</c> call then applies to
/// the run as a whole: trailing spaces are held back until more content follows (and dropped at a break or the end
/// of the block); an opening emphasis marker writes the held spaces first, a closing one moves them after itself; a
/// soft break is a line feed and a hard break <c>"  \n"</c>, each followed by the list item's indent. A run is
/// refused (and emitted node by node) when that equivalence would not hold: when a break comes before anything else
/// in the run (the writer drops spaces a value left pending, which <c>WriteMarkdown</c> would write), when a break's
/// indent is unknown (a numbered item's marker width depends on the list it continues), or when the output ends in
/// an indent that <c>WriteMarkdown</c> would hold back as trailing spaces.
/// </remarks>
internal sealed class MarkdownRun
{
    private readonly StringBuilder _markdown = new();
    private readonly int? _indent;
    private int _heldSpaces;
    private bool _wroteAny;
    private bool _refused;

    private MarkdownRun(int? indent) => _indent = indent;

    /// <summary>Whether <paramref name="node"/> renders the same whatever the letter's values.</summary>
    public static bool IsStatic(InlineNode node)
    {
        switch (node)
        {
            case TextInline:
            case SoftBreakInline:
            case LineBreakInline:
                return true;
            case EmphasisInline emphasis:
                foreach (var child in emphasis.Children)
                {
                    if (!IsStatic(child))
                    {
                        return false;
                    }
                }

                return true;
            default:
                return false;
        }
    }

    /// <summary>
    /// The Markdown for <paramref name="count"/> static nodes from <paramref name="start"/>, or <see langword="null"/>
    /// when the run must be written node by node. <paramref name="indent"/> is the block's continuation indent
    /// (<see langword="null"/> when it is only known at run time).
    /// </summary>
    public static string? TryRender(EquatableArray<InlineNode> nodes, int start, int count, int? indent)
    {
        var run = new MarkdownRun(indent);
        for (var i = start; i < start + count; i++)
        {
            run.Add(nodes[i]);
        }

        var length = run._markdown.Length;
        if (run._refused || (length > 0 && run._markdown[length - 1] == ' '))
        {
            return null;
        }

        // Spaces still held go last; WriteMarkdown holds them back again exactly as the writer would have.
        return run._markdown.Append(' ', run._heldSpaces).ToString();
    }

    private void Add(InlineNode node)
    {
        switch (node)
        {
            case TextInline text:
                var end = text.Text.Length;
                while (end > 0 && text.Text[end - 1] == ' ')
                {
                    end--;
                }

                if (end == 0)
                {
                    _heldSpaces += text.Text.Length;
                    return;
                }

                WriteHeldSpaces();
                _wroteAny = true;
                _markdown.Append(text.Text, 0, end);
                _heldSpaces = text.Text.Length - end;
                break;
            case EmphasisInline emphasis:
                var marker = emphasis.Bold ? "**" : "*";
                WriteHeldSpaces();
                Write(marker);
                foreach (var child in emphasis.Children)
                {
                    Add(child);
                }

                Write(marker);
                break;
            case SoftBreakInline:
                Break("\n");
                break;
            case LineBreakInline:
                Break("  \n");
                break;
            default:
                _refused = true;
                break;
        }
    }

    private void Break(string lineEnd)
    {
        if (!_wroteAny || _indent is not int indent)
        {
            _refused = true;
            return;
        }

        _heldSpaces = 0;
        _markdown.Append(lineEnd).Append(' ', indent);
    }

    private void WriteHeldSpaces()
    {
        if (_heldSpaces > 0)
        {
            _wroteAny = true;
            _markdown.Append(' ', _heldSpaces);
            _heldSpaces = 0;
        }
    }

    private void Write(string text)
    {
        _wroteAny = true;
        _markdown.Append(text);
    }
}
