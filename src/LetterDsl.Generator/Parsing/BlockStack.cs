using System;
using System.Collections.Generic;
using LetterDsl.Generator.Diagnostics;
using LetterDsl.Generator.Model;

namespace LetterDsl.Generator.Parsing;

/// <summary>
/// The open <c>if</c>/<c>for</c> blocks of one body or one inline run, shared by <see cref="BodyParser"/> and
/// <see cref="InlineParser"/>. It is an explicit stack rather than recursion, so no input can make a parser
/// recurse deeply; the nodes it builds are <see cref="IfBlock"/>/<see cref="ForBlock"/> or
/// <see cref="IfInline"/>/<see cref="ForInline"/>, depending on the factories it is given.
/// </summary>
/// <typeparam name="TItem">What the parser collects inside a block.</typeparam>
internal sealed class BlockStack<TItem>
{
    private readonly ParseContext _context;
    private readonly Func<ConditionSpec, List<TItem>, List<TItem>, TItem> _createIf;
    private readonly Func<string, ExpressionSpec, List<TItem>, TItem> _createFor;
    private readonly Stack<Frame> _stack = new();
    private Frame _current = new(null);

    /// <summary>
    /// Blocks past the nesting limit: they are skipped whole, so their <c>else</c> and <c>end</c> tags
    /// must be skipped too rather than reported or matched against an outer block.
    /// </summary>
    private int _ignoredBlocks;

    /// <param name="context">The letter's parse state.</param>
    /// <param name="createIf">Builds an <c>if</c> node from its condition, 'then' items and 'else' items (empty without an <c>else</c>).</param>
    /// <param name="createFor">Builds a <c>for</c> node from its variable, source and body items.</param>
    public BlockStack(
        ParseContext context,
        Func<ConditionSpec, List<TItem>, List<TItem>, TItem> createIf,
        Func<string, ExpressionSpec, List<TItem>, TItem> createFor)
    {
        _context = context;
        _createIf = createIf;
        _createFor = createFor;
    }

    /// <summary>The items of the innermost open block; it changes at every block tag, so read it afresh each time.</summary>
    public List<TItem> Items => _current.Items;

    /// <summary>Applies a block tag: <c>if</c>, <c>for</c>, <c>else</c> or <c>end</c>.</summary>
    public void Apply(TemplateToken tag)
    {
        switch (tag.TagKind)
        {
            case TagKind.If:
            case TagKind.For:
                Open(tag);
                break;

            case TagKind.Else:
                Else(tag);
                break;

            default:
                End(tag);
                break;
        }
    }

    /// <summary>Opens an <c>if</c> or <c>for</c> block, or counts it as ignored when it would nest too deeply.</summary>
    private void Open(TemplateToken tag)
    {
        if (!_context.TryEnterBlock(tag))
        {
            _ignoredBlocks++;
            return;
        }

        var frame = new Frame(tag);
        if (tag.TagKind == TagKind.If)
        {
            frame.Condition = TagParser.ParseCondition(tag, _context);
        }
        else
        {
            frame.Loop = TagParser.ParseFor(tag, _context);
            if (frame.Loop is { } loop)
            {
                _context.PushLoopVariable(loop.Variable, ValueChecks.TypeOf(loop.Source, _context).Element ?? WrittenType.Unknown);
            }
        }

        _stack.Push(_current);
        _current = frame;
    }

    /// <summary>Starts the 'else' branch of the innermost <c>if</c>, or reports LTR029.</summary>
    private void Else(TemplateToken tag)
    {
        if (_ignoredBlocks > 0)
        {
            return;
        }

        if (_current.Tag?.TagKind != TagKind.If || _current.ThenItems is not null)
        {
            _context.Report(DiagnosticDescriptors.ElseOutsideIf, tag.Offset, tag.Length, _current.ThenItems is not null ? " (this 'if' already has one)" : "");
            return;
        }

        _current.ThenItems = _current.Items;
        _current.Items = new List<TItem>();
    }

    /// <summary>Closes the innermost block, or reports LTR018 unless the <c>end</c> belongs to a block already cut off (LTR030).</summary>
    private void End(TemplateToken tag)
    {
        if (_ignoredBlocks > 0)
        {
            _ignoredBlocks--;
            return;
        }

        if (_current.Tag is null)
        {
            if (!_context.TryConsumeCutBlock())
            {
                _context.Report(DiagnosticDescriptors.EndWithoutBlock, tag.Offset, tag.Length);
            }

            return;
        }

        Close();
    }

    /// <summary>
    /// Closes every block still open, innermost first, after <paramref name="reportUnclosed"/> has reported it
    /// with its tag and keyword; returns the top-level items.
    /// </summary>
    public List<TItem> CloseUnclosed(Action<TemplateToken, string> reportUnclosed)
    {
        while (_current.Tag is { } tag)
        {
            reportUnclosed(tag, tag.TagKind == TagKind.If ? "if" : "for");
            Close();
        }

        return _current.Items;
    }

    private void Close()
    {
        var frame = _current;
        _current = _stack.Pop();
        _context.Depth--;
        if (frame.Tag!.TagKind == TagKind.If)
        {
            if (frame.Condition is not null)
            {
                var then = frame.ThenItems ?? frame.Items;
                var otherwise = frame.ThenItems is null ? new List<TItem>() : frame.Items;
                _current.Items.Add(_createIf(frame.Condition, then, otherwise));
            }
        }
        else if (frame.Loop is { } loop)
        {
            _context.PopLoopVariable();
            _current.Items.Add(_createFor(loop.Variable, loop.Source, frame.Items));
        }
    }

    private sealed class Frame
    {
        public Frame(TemplateToken? tag) => Tag = tag;

        /// <summary>The <c>if</c> or <c>for</c> tag that opened the block; null for the top level.</summary>
        public TemplateToken? Tag { get; }

        public List<TItem> Items { get; set; } = new();

        /// <summary>The 'then' branch, once an 'else' has been seen.</summary>
        public List<TItem>? ThenItems { get; set; }

        public ConditionSpec? Condition { get; set; }

        public (string Variable, ExpressionSpec Source)? Loop { get; set; }
    }
}
