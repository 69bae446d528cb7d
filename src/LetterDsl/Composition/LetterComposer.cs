using System;
using System.Collections.Generic;
using System.ComponentModel;
using System.Diagnostics;
using LetterDsl.Formatting;
using LetterDsl.Planning;

namespace LetterDsl.Composition;

/// <summary>
/// Records a letter as its generated class composes it: each directive's lines and the body's blocks, with their
/// text, values and emphasis, in a flat, reusable buffer. The layout then reads the recording in its own order and
/// drives a <see cref="LetterWriter"/>, so no writer needs to buffer a part that prints later than it is composed.
/// </summary>
/// <remarks>
/// Only generated code calls this type. A line whose placeholders all render empty (or that renders to nothing but
/// white space) is marked hidden here, once, for every output format.
/// </remarks>
[EditorBrowsable(EditorBrowsableState.Never)]
public sealed class LetterComposer
{
    private const int NoBlock = -1;

    private InlineEntry[] _inlines = new InlineEntry[64];
    private int _inlineCount;
    private char[] _chars = new char[512];
    private int _charCount;
    private BlockEntry[] _blocks = new BlockEntry[32];
    private int _blockCount;
    private int _open = NoBlock;
    private (int Start, int Length)[] _values = new (int, int)[16];
    private int _valueCount;
    private int[] _trace = new int[16];
    private Signatory[] _shownSignatories = new Signatory[4];
    private int _shownSignatoryCount;
    private int _traceLength;
    private PlanFormat? _expectedFormat;
    private object? _expectedOptions;
    private bool _hasValue;
    private bool _hasShownValue;
    private bool _hasShownText;
    private LetterDefinition? _definition;

    internal LetterComposer()
    {
        Info = new LetterInfo(this);
    }

    internal enum InlineKind : byte
    {
        Text,
        Value,
        BeginEmphasis,
        EndEmphasis,
        SoftBreak,
        LineBreak,
    }

    internal enum BlockKind : byte
    {
        Line,
        Paragraph,
        ListItem,
        ListBreak,
    }

    internal LetterDefinition Definition => _definition ?? throw new InvalidOperationException("The letter has not begun.");

    internal LetterInfo Info { get; }

    internal IReadOnlyList<Signatory> Signatories { get; private set; } = Array.Empty<Signatory>();

    internal ReadOnlySpan<BlockEntry> Blocks => _blocks.AsSpan(0, _blockCount);

    /// <summary>Starts recording a letter, forgetting the previous one.</summary>
    public void BeginLetter(LetterDefinition definition)
    {
        ArgumentNullException.ThrowIfNull(definition);
        Clear();
        _definition = definition;

        // When a plan for the format about to be written may serve this letter, the body's text and structure are
        // already in it: only the body's values are recorded, which is most of the saving a plan brings.
        ValuesOnlyInBody = _expectedFormat is not null && definition.Plans.HasPlans(_expectedFormat, _expectedOptions);
    }

    /// <summary>
    /// Whether this recording left out the body's text and structure, keeping its values, because a render plan was
    /// expected to serve it. A render that then finds no plan, or a value its plan cannot hold, composes the letter
    /// again in full (<see cref="ExpectPlan"/> with <see langword="null"/>).
    /// </summary>
    internal bool ValuesOnlyInBody { get; private set; }

    /// <summary>
    /// Whether the body's text, emphasis, breaks, paragraphs and list items are to be recorded. Generated code tests it
    /// once per run of them and skips the run when it is <see langword="false"/>: a render that a plan serves needs only
    /// the values.
    /// </summary>
    public bool RecordsBodyText => !ValuesOnlyInBody;

    /// <summary>Says which format the next recording is for, so it can be recorded for that format's plan; <see langword="null"/> records everything.</summary>
    internal void ExpectPlan(PlanFormat? format, object? options)
    {
        _expectedFormat = format;
        _expectedOptions = options;
    }

    /// <summary>Ends the letter.</summary>
    public void EndLetter() => CloseBlock();

    /// <summary>Starts a line of <paramref name="section"/> (an <c>@to</c>, <c>@from</c>, <c>@cc</c>… line).</summary>
    public void BeginLine(LetterSection section) => OpenBlock(BlockKind.Line, section, default, 0, null);

    /// <summary>Starts an <c>@ref</c> line; the value follows as its content.</summary>
    public void BeginReference(string label)
    {
        ArgumentNullException.ThrowIfNull(label);
        OpenBlock(BlockKind.Line, LetterSection.Reference, default, 0, label);
    }

    /// <summary>Ends the line begun last.</summary>
    public void EndLine() => CloseBlock();

    /// <summary>Starts a body paragraph.</summary>
    public void BeginParagraph() => OpenBlock(BlockKind.Paragraph, LetterSection.Body, default, 0, null);

    /// <summary>Starts a body list item; <paramref name="number"/> is the number the template gives a numbered item (1 for bullets).</summary>
    public void BeginListItem(ListKind kind, int number) => OpenBlock(BlockKind.ListItem, LetterSection.Body, kind, number, null);

    /// <summary>Ends the paragraph or list item begun last.</summary>
    public void EndBlock() => CloseBlock();

    /// <summary>Ends the current list, as a blank line after a list item in the template does.</summary>
    public void EndList()
    {
        CloseBlock();
        AddBlock(new BlockEntry(BlockKind.ListBreak, LetterSection.Body, default, 0, null, _inlineCount, _inlineCount, shown: true));
    }

    /// <summary>Records literal template text.</summary>
    public void WriteText(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (text.Length == 0)
        {
            return;
        }

        _hasShownText |= !IsBlank(text);
        AddInline(new InlineEntry(InlineKind.Text, default, text, 0, 0));
    }

    /// <summary>Records a formatted value; it is copied, so the span may be reused at once.</summary>
    public void WriteValue(ReadOnlySpan<char> value)
    {
        int start = Reserve(value.Length);
        value.CopyTo(_chars.AsSpan(start));
        _charCount += value.Length;
        AddValue(start, value.Length);
    }

    /// <summary>Records a value; <see langword="null"/> records an empty one.</summary>
    public void WriteValue(string? value) => WriteValue(value.AsSpan());

    /// <summary>Opens emphasis.</summary>
    public void BeginEmphasis(Emphasis emphasis) => AddStructure(InlineKind.BeginEmphasis, emphasis);

    /// <summary>Closes the emphasis opened last.</summary>
    public void EndEmphasis(Emphasis emphasis) => AddStructure(InlineKind.EndEmphasis, emphasis);

    /// <summary>Records a line break the template wrapped inside a paragraph.</summary>
    public void WriteSoftBreak() => AddStructure(InlineKind.SoftBreak, default);

    /// <summary>Records a hard line break (two trailing spaces in the template).</summary>
    public void WriteLineBreak() => AddStructure(InlineKind.LineBreak, default);

    /// <summary>Records the signatories, in order.</summary>
    public void WriteSignatories(IReadOnlyList<Signatory> signatories)
    {
        ArgumentNullException.ThrowIfNull(signatories);
        CloseBlock();
        ForgetSignatories();
        Signatories = signatories;

        // Which signatories and lines show is part of the letter's shape: a render plan writes them by position.
        Trace(TraceSignatories);
        Trace(signatories.Count);
        for (int i = 0; i < signatories.Count; i++)
        {
            // By index: enumerating an IReadOnlyList<T> through the interface allocates an enumerator.
            Signatory signatory = signatories[i];
            if (signatory is null || signatory.IsBlank)
            {
                Trace(-1);
                continue;
            }

            Trace((signatory.Lines.Count * 2) + (signatory.Name.Length > 0 ? 1 : 0));
            if (_shownSignatoryCount == _shownSignatories.Length)
            {
                Array.Resize(ref _shownSignatories, _shownSignatories.Length * 2);
            }

            _shownSignatories[_shownSignatoryCount++] = signatory;
        }
    }

    /// <summary>The <paramref name="index"/>th signatory that shows, counted as the layout counts them.</summary>
    internal Signatory ShownSignatory(int index) => index < _shownSignatoryCount
        ? _shownSignatories[index]
        : throw new InvalidOperationException("The plan's signatory is not in the letter; its shape should have differed.");

    /// <summary>Records the outcome of an <c>if</c> and returns it.</summary>
    public bool If(bool condition)
    {
        Trace(condition ? TraceThen : TraceElse);
        return condition;
    }

    /// <summary>Records one pass through a <c>for</c> loop.</summary>
    public void Loop() => Trace(TraceLoop);

    /// <summary>Records the end of a <c>for</c> loop.</summary>
    public void EndLoop() => Trace(TraceEndLoop);

    /// <summary>Formats a value straight into the recording, growing it until the value fits.</summary>
    internal void WriteFormatted<TState>(in TState state, TryFormatter<TState> tryFormat)
    {
        int room = Math.Max(_chars.Length - _charCount, 64);
        while (true)
        {
            int start = Reserve(room);
            if (tryFormat(in state, _chars.AsSpan(start), out int written))
            {
                _charCount += written;
                AddValue(start, written);
                return;
            }

            room = checked(_chars.Length * 2);
        }
    }

    internal ReadOnlySpan<InlineEntry> Inlines(in BlockEntry block) => _inlines.AsSpan(block.FirstInline, block.EndInline - block.FirstInline);

    internal ReadOnlySpan<InlineEntry> AllInlines => _inlines.AsSpan(0, _inlineCount);

    internal ReadOnlySpan<char> Value(in InlineEntry entry) => _chars.AsSpan(entry.Start, entry.Length);

    /// <summary>The value numbered <paramref name="index"/>.</summary>
    internal ReadOnlySpan<char> Value(int index) => _chars.AsSpan(_values[index].Start, _values[index].Length);

    internal int ValueCount => _valueCount;

    /// <summary>
    /// The letter's shape: every <c>if</c> outcome and <c>for</c> pass, which lines showed, and which signatories and
    /// lines of theirs show. Two renders of one letter class with the same trace make the same calls in the same order,
    /// apart from the values' text, so a render plan made for one serves the other.
    /// </summary>
    internal ReadOnlySpan<int> Shape => _trace.AsSpan(0, _traceLength);

    /// <summary>Starts recording loose inline content, for a one-line property.</summary>
    internal void BeginInline(LetterDefinition? definition)
    {
        Clear();
        _definition = definition;
    }

    /// <summary>Everything recorded as one line of plain text: text and values, emphasis dropped, breaks as a space.</summary>
    internal string FlattenInlines()
    {
        int length = 0;
        foreach (ref readonly InlineEntry inline in AllInlines)
        {
            length += inline.Kind switch
            {
                InlineKind.Text => inline.Text!.Length,
                InlineKind.Value => inline.Length,
                InlineKind.SoftBreak or InlineKind.LineBreak => 1,
                _ => 0,
            };
        }

        return string.Create(length, this, static (destination, composer) =>
        {
            foreach (ref readonly InlineEntry inline in composer.AllInlines)
            {
                ReadOnlySpan<char> piece = inline.Kind switch
                {
                    InlineKind.Text => inline.Text,
                    InlineKind.Value => composer.Value(inline),
                    InlineKind.SoftBreak or InlineKind.LineBreak => " ",
                    _ => default,
                };
                piece.CopyTo(destination);
                destination = destination[piece.Length..];
            }
        });
    }

    /// <summary>
    /// Forgets the recording and the letter's signatories, keeping the buffers. The recorded texts are not cleared: they
    /// are the generated classes' string constants, and clearing them would cost every render a pass over the buffer.
    /// </summary>
    internal void Clear()
    {
        _inlineCount = 0;
        _charCount = 0;
        _blockCount = 0;
        _open = NoBlock;
        _valueCount = 0;
        _traceLength = 0;
        ValuesOnlyInBody = false;
        _definition = null;
        ForgetSignatories();
        Info.Reset();
        ResetLineState();
    }

    private const int TraceElse = -2;
    private const int TraceThen = -3;
    private const int TraceLoop = -4;
    private const int TraceEndLoop = -5;
    private const int TraceShown = -6;
    private const int TraceHidden = -7;
    private const int TraceSignatories = -8;

    private static bool IsBlank(ReadOnlySpan<char> text) => text.IsWhiteSpace();

    private void Trace(int symbol)
    {
        if (_traceLength == _trace.Length)
        {
            Array.Resize(ref _trace, _trace.Length * 2);
        }

        _trace[_traceLength++] = symbol;
    }

    private void OpenBlock(BlockKind kind, LetterSection section, ListKind listKind, int number, string? label)
    {
        CloseBlock();
        _open = _blockCount;
        AddBlock(new BlockEntry(kind, section, listKind, number, label, _inlineCount, _inlineCount, shown: true));
        ResetLineState();
    }

    private void CloseBlock()
    {
        if (_open == NoBlock)
        {
            return;
        }

        ref BlockEntry block = ref _blocks[_open];
        block.EndInline = _inlineCount;

        // A line whose placeholders all render empty is dropped, and so is one with nothing but white space: an
        // optional value that was not given must not leave an empty address line or a bare label.
        if (block.Kind == BlockKind.Line)
        {
            block.Shown = _hasValue ? _hasShownValue : _hasShownText;
            Trace(block.Shown ? TraceShown : TraceHidden);
        }

        _open = NoBlock;
    }

    private void ForgetSignatories()
    {
        Signatories = Array.Empty<Signatory>();
        Array.Clear(_shownSignatories, 0, _shownSignatoryCount);
        _shownSignatoryCount = 0;
    }

    private void ResetLineState()
    {
        _hasValue = false;
        _hasShownValue = false;
        _hasShownText = false;
    }

    /// <summary>Records the value just copied to <c>_chars[start..]</c>. Empty values are recorded too, so that a value keeps
    /// its number whatever the others hold, and the line it is on knows it had one.</summary>
    private void AddValue(int start, int length)
    {
        _hasValue = true;
        _hasShownValue |= length > 0 && !IsBlank(_chars.AsSpan(start, length));
        if (_valueCount == _values.Length)
        {
            Array.Resize(ref _values, _values.Length * 2);
        }

        _values[_valueCount] = (start, length);

        // A body value recorded for a plan is outside any block (generated code skips the body's blocks then) and is
        // only read by its number.
        if (!ValuesOnlyInBody || _open != NoBlock)
        {
            AddInline(new InlineEntry(InlineKind.Value, default, null, start, length, _valueCount));
        }

        _valueCount++;
    }

    private void AddStructure(InlineKind kind, Emphasis emphasis) => AddInline(new InlineEntry(kind, emphasis, null, 0, 0));

    private void AddInline(in InlineEntry entry)
    {
        if (_inlineCount == _inlines.Length)
        {
            Array.Resize(ref _inlines, _inlines.Length * 2);
        }

        _inlines[_inlineCount++] = entry;
    }

    private void AddBlock(in BlockEntry entry)
    {
        if (_blockCount == _blocks.Length)
        {
            Array.Resize(ref _blocks, _blocks.Length * 2);
        }

        _blocks[_blockCount++] = entry;
    }

    /// <summary>Makes room for <paramref name="length"/> more characters and returns where they go.</summary>
    private int Reserve(int length)
    {
        if (_chars.Length - _charCount < length)
        {
            Array.Resize(ref _chars, Math.Max(checked(_charCount + length), _chars.Length * 2));
        }

        Debug.Assert(_chars.Length - _charCount >= length);
        return _charCount;
    }

    /// <summary>One recorded inline event: a text (by reference), a value (by its place in the character buffer), emphasis or a break.</summary>
    internal readonly struct InlineEntry
    {
        public InlineEntry(InlineKind kind, Emphasis emphasis, string? text, int start, int length, int valueIndex = -1)
        {
            Kind = kind;
            Emphasis = emphasis;
            Text = text;
            Start = start;
            Length = length;
            ValueIndex = valueIndex;
        }

        public InlineKind Kind { get; }

        public Emphasis Emphasis { get; }

        public string? Text { get; }

        public int Start { get; }

        public int Length { get; }

        /// <summary>For a value, its number among the letter's values, in the order they were composed.</summary>
        public int ValueIndex { get; }
    }

    /// <summary>One recorded line, paragraph, list item or list break, and the range of its inline events.</summary>
    internal struct BlockEntry
    {
        public BlockEntry(BlockKind kind, LetterSection section, ListKind listKind, int number, string? label, int firstInline, int endInline, bool shown)
        {
            Kind = kind;
            Section = section;
            ListKind = listKind;
            Number = number;
            Label = label;
            FirstInline = firstInline;
            EndInline = endInline;
            Shown = shown;
        }

        public BlockKind Kind { get; }

        public LetterSection Section { get; }

        public ListKind ListKind { get; }

        public int Number { get; }

        public string? Label { get; }

        public int FirstInline { get; }

        public int EndInline { get; set; }

        public bool Shown { get; set; }
    }
}
