using System;
using System.Collections.Generic;
using LetterDsl.Planning;

namespace LetterDsl.Writers;

/// <summary>
/// The line layout that <see cref="MarkdownLetterWriter"/> and <see cref="TextLetterWriter"/> share; the two
/// differ only in markers, breaks and how they write values and signatures.
/// </summary>
/// <remarks>
/// <para>Parts are separated by one blank line, and so are paragraphs. The lines of one part (an address, an end
/// notation) are joined by hard breaks. The subject is bold.</para>
/// <para>List items are written <c>- </c> (bulleted) or <c>n. </c> (numbered), one per line; a list as a whole is
/// one block. Lines that a break starts inside a list item are indented by the width of its marker.</para>
/// <para>The signatures follow the closing after three blank lines, which leave room for a handwritten signature:
/// per signatory its name and lines joined by hard breaks, signatories separated by three blank lines. The output
/// ends with exactly one line feed and uses <c>\n</c> line endings.</para>
/// </remarks>
internal abstract class LineLetterWriter : LetterWriter
{
    private const string BlockSeparator = "\n\n";

    /// <summary>Three blank lines: room for a handwritten signature.</summary>
    private protected const string SignatureSeparator = "\n\n\n\n";

    private readonly OutputBuffer _output;
    private LineWrapper? _wrapper;
    private bool _wroteBlock;
    private bool _inBlock;
    private LetterPart _part;
    private bool _partHasLine;
    private bool _listHasItem;
    private ListKind _listKind;
    private int _indent;
    private int _deferredSpaces;
    private LineState _lineState;
    private PlanBuilder? _plan;

    // Emphasis markers opened but not written yet; see BeginEmphasis.
    private string _openingMarkers = string.Empty;

    private protected LineLetterWriter(OutputBuffer output) => _output = output;

    internal OutputBuffer Output => _output;

    /// <summary>The line position where the next character lands, counting spaces that are still deferred.</summary>
    private protected LineState NextLineState =>
        _deferredSpaces > 0 && _lineState == LineState.Digits ? LineState.Other : _lineState;

    /// <summary>The wrapping width, or <see langword="null"/> when lines are not wrapped.</summary>
    private protected int? WrapWidth => _wrapper?.Width;

    /// <summary>Ends a line inside a block (<c>"  \n"</c> in Markdown).</summary>
    private protected abstract string HardBreak { get; }

    /// <summary>Whether a soft break starts a new line (Markdown) or is a space (text).</summary>
    private protected abstract bool SoftBreakStartsLine { get; }

    /// <summary>The marker that opens and closes <paramref name="emphasis"/>; empty when the format has none.</summary>
    private protected abstract string EmphasisMarker(Emphasis emphasis);

    /// <summary>Writes a value through <see cref="WriteInline"/>, escaped as the format needs.</summary>
    private protected abstract void WriteValueCore(ReadOnlySpan<char> value);

    /// <summary>Wraps block content greedily at <paramref name="width"/> columns; <see langword="null"/> turns wrapping off.</summary>
    private protected void SetWrapWidth(int? width)
    {
        if (width is not int columns)
        {
            _wrapper = null;
        }
        else if (_wrapper is null)
        {
            _wrapper = new LineWrapper(_output, columns);
        }
        else
        {
            _wrapper.Width = columns;
        }
    }

    /// <inheritdoc/>
    public sealed override void BeginLetter(LetterInfo letter)
    {
        _wroteBlock = false;
        _inBlock = false;
        _partHasLine = false;
        _listHasItem = false;
        _deferredSpaces = 0;
        _lineState = LineState.Start;
        _openingMarkers = string.Empty;
    }

    /// <inheritdoc/>
    public sealed override void EndLetter()
    {
        CloseBlock();
        _deferredSpaces = 0;
        if (_wroteBlock)
        {
            _output.Write('\n');
        }

        _output.Flush();
    }

    /// <inheritdoc/>
    public sealed override void BeginPart(LetterPart part)
    {
        CloseBlock();
        _part = part;
        _partHasLine = false;
    }

    /// <inheritdoc/>
    public sealed override void EndPart() => CloseBlock();

    /// <inheritdoc/>
    /// <remarks>The first line of a part starts a block; the next ones follow it after a hard break.</remarks>
    public sealed override void BeginLine()
    {
        OpenBlock(_partHasLine ? HardBreak : BlockSeparator, default, indent: 0);
        _partHasLine = true;
        if (_part == LetterPart.Subject)
        {
            // Bold as emphasis is, so a subject that starts with white space stays bold.
            BeginEmphasis(Emphasis.Bold);
        }
    }

    /// <inheritdoc/>
    public sealed override void EndLine() => CloseBlock();

    /// <inheritdoc/>
    public sealed override void BeginParagraph() => OpenBlock(BlockSeparator, default, indent: 0);

    /// <inheritdoc/>
    public sealed override void EndParagraph() => CloseBlock();

    /// <inheritdoc/>
    public sealed override void BeginList(ListKind kind, int start)
    {
        CloseBlock();
        _listKind = kind;
        _listHasItem = false;
    }

    /// <inheritdoc/>
    public sealed override void BeginListItem(int number)
    {
        string separator = _listHasItem ? "\n" : BlockSeparator;
        _listHasItem = true;
        if (_listKind != ListKind.Numbered)
        {
            // A bullet needs no formatting.
            OpenBlock(separator, "- ", indent: 2);
            return;
        }

        Span<char> marker = stackalloc char[13];
        number.TryFormat(marker, out int length, default, System.Globalization.CultureInfo.InvariantCulture);
        marker[length++] = '.';
        marker[length++] = ' ';
        OpenBlock(separator, marker[..length], indent: length);
    }

    /// <inheritdoc/>
    public sealed override void EndListItem() => CloseBlock();

    /// <inheritdoc/>
    public sealed override void EndList() => CloseBlock();

    /// <inheritdoc/>
    /// <remarks>A label is escaped as a value is.</remarks>
    public sealed override void WriteLabel(string label) => WriteValueCore(label);

    /// <inheritdoc/>
    /// <remarks>The text is written verbatim.</remarks>
    public sealed override void WriteText(string text) => WriteInline(text);

    /// <inheritdoc/>
    public sealed override void WriteValue(ReadOnlySpan<char> value) => WriteValueCore(value);
    /// <inheritdoc/>
    /// <remarks>The marker waits for the emphasis's first character: white space written first moves before it, and an
    /// emphasis with no content writes no markers. A value can start with a space or be empty, and to a Markdown
    /// reader <c>** x**</c> is not emphasis and <c>****</c> alone on a line is a rule.</remarks>
    public sealed override void BeginEmphasis(Emphasis emphasis)
    {
        FlushDeferredSpaces();
        _openingMarkers += EmphasisMarker(emphasis);
    }

    /// <inheritdoc/>
    /// <remarks>Spaces written just before the emphasis ends move after its closing marker.</remarks>
    public sealed override void EndEmphasis(Emphasis emphasis)
    {
        string marker = EmphasisMarker(emphasis);
        if (_openingMarkers.Length > 0 && _openingMarkers.EndsWith(marker, StringComparison.Ordinal))
        {
            _openingMarkers = _openingMarkers[..^marker.Length];
            return;
        }

        Emit(marker);
    }

    /// <inheritdoc/>
    public sealed override void WriteSoftBreak()
    {
        if (SoftBreakStartsLine)
        {
            StartContinuationLine("\n");
        }
        else
        {
            WriteInline(" ");
        }
    }

    /// <inheritdoc/>
    public sealed override void WriteLineBreak() => StartContinuationLine(HardBreak);

    /// <inheritdoc/>
    /// <remarks>Stacked: each signatory's name and lines joined by hard breaks, three blank lines before each.</remarks>
    public override void WriteSignatories(IReadOnlyList<Signatory> signatories)
    {
        ArgumentNullException.ThrowIfNull(signatories);
        CloseBlock();
        _deferredSpaces = 0;
        _indent = 0;
        for (int i = 0; i < signatories.Count; i++)
        {
            Signatory signatory = signatories[i];
            bool first = true;
            if (signatory.Name.Length > 0)
            {
                WriteSignatureLine(signatory.Name, ValueRef.SignatoryName(i), ref first);
            }

            for (int line = 0; line < signatory.Lines.Count; line++)
            {
                WriteSignatureLine(signatory.Lines[line], ValueRef.SignatoryLine(i, line), ref first);
            }
        }
    }

    /// <summary>Plans are made with the writer's own code, and hold the text it writes around each value.</summary>
    public void BeginPlan(PlanBuilder plan)
    {
        _plan = plan;
        _output.Release();
    }

    /// <inheritdoc cref="IPooledLetterWriter{TSelf}.EndPlan"/>
    public RenderPlan? EndPlan()
    {
        RenderPlan? plan = _plan!.Finish(PlanFormatOrNull!, _output.Cut());
        _plan = null;
        _output.Release();
        return plan;
    }

    /// <summary>
    /// Leaves a place for a value, with the writer in the state a value that starts and ends with a visible character
    /// leaves it in (the values the plan's format accepts): held-back spaces and emphasis markers come before it, and
    /// the line state where it goes decides its escaping.
    /// </summary>
    public void PlanValue(ValueRef value)
    {
        var context = (byte)NextLineState;
        FlushDeferredSpaces();
        if (_openingMarkers.Length > 0)
        {
            string markers = _openingMarkers;
            _openingMarkers = string.Empty;
            EmitNow(markers);
        }

        _plan!.AddValue(_output.Cut(), value, context);
        _lineState = LineState.Other;
    }

    /// <summary>The plan format of the writer's current options, or <see langword="null"/> when they cannot be planned.</summary>
    private protected abstract PlanFormat? PlanFormatOrNull { get; }

    /// <summary>Starts the signature block: three blank lines after what came before.</summary>
    private protected void BeginSignatureBlock()
    {
        if (_wroteBlock)
        {
            _output.Write(SignatureSeparator);
        }

        _wroteBlock = true;
    }

    /// <summary>Writes inline content, holding back trailing spaces until more content follows on the line.</summary>
    internal void WriteInline(ReadOnlySpan<char> text)
    {
        int end = text.Length;
        while (end > 0 && text[end - 1] == ' ')
        {
            end--;
        }

        if (end == 0)
        {
            _deferredSpaces += text.Length;
            return;
        }

        FlushDeferredSpaces();
        Emit(text[..end]);
        _deferredSpaces = text.Length - end;
    }

    private void FlushDeferredSpaces()
    {
        if (_deferredSpaces == 0)
        {
            return;
        }

        Span<char> spaces = stackalloc char[Math.Min(_deferredSpaces, 64)];
        spaces.Fill(' ');
        while (_deferredSpaces > 0)
        {
            int count = Math.Min(_deferredSpaces, spaces.Length);
            _deferredSpaces -= count;
            Emit(spaces[..count]);
        }
    }

    private void WriteSignatureLine(string line, ValueRef value, ref bool first)
    {
        if (first)
        {
            BeginSignatureBlock();
        }
        else
        {
            _deferredSpaces = 0;
            _output.Write(HardBreak);
        }

        first = false;
        _inBlock = true;
        _wrapper?.BeginLine(default, indent: 0);
        _lineState = LineState.Start;
        if (_plan is not null)
        {
            PlanValue(value);
        }
        else
        {
            WriteValueCore(line);
        }

        _deferredSpaces = 0;
        _wrapper?.EndLine();
        _inBlock = false;
    }

    private void OpenBlock(string separator, ReadOnlySpan<char> prefix, int indent)
    {
        CloseBlock();
        _deferredSpaces = 0;
        if (_wroteBlock)
        {
            _output.Write(separator);
        }

        _wroteBlock = true;
        _inBlock = true;
        _indent = indent;
        if (_wrapper is not null)
        {
            _wrapper.BeginLine(prefix, indent);
        }
        else
        {
            _output.Write(prefix);
        }

        _lineState = LineState.Start;
    }

    private void CloseBlock()
    {
        if (!_inBlock)
        {
            return;
        }

        _deferredSpaces = 0;
        if (_part == LetterPart.Subject && _partHasLine)
        {
            EndEmphasis(Emphasis.Bold);
        }

        _wrapper?.EndLine();
        _inBlock = false;
    }

    private void StartContinuationLine(string lineEnd)
    {
        _deferredSpaces = 0;
        if (_inBlock && _wrapper is not null)
        {
            _wrapper.Break();
        }
        else
        {
            _output.Write(lineEnd);
            _output.Write(' ', _inBlock ? _indent : 0);
        }

        _lineState = LineState.Start;
    }

    private void Emit(ReadOnlySpan<char> text)
    {
        if (_openingMarkers.Length > 0)
        {
            int blank = 0;
            while (blank < text.Length && text[blank] is ' ' or '\t')
            {
                blank++;
            }

            if (blank == text.Length)
            {
                EmitNow(text);
                return;
            }

            EmitNow(text[..blank]);
            string markers = _openingMarkers;
            _openingMarkers = string.Empty;
            EmitNow(markers);
            text = text[blank..];
        }

        EmitNow(text);
    }

    private void EmitNow(ReadOnlySpan<char> text)
    {
        if (text.IsEmpty)
        {
            return;
        }

        if (_inBlock && _wrapper is not null)
        {
            _wrapper.Write(text);
        }
        else
        {
            _output.Write(text);
        }

        int newline = text.LastIndexOf('\n');
        if (newline >= 0)
        {
            _lineState = LineState.Start;
            text = text[(newline + 1)..];
        }

        for (int i = 0; i < text.Length && _lineState != LineState.Other; i++)
        {
            _lineState = LineStates.Advance(_lineState, text[i]);
        }
    }
}
