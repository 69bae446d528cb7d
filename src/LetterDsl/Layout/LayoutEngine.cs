using System;
using System.Collections.Generic;
using LetterDsl.Composition;
using LetterDsl.Formatting;
using LetterDsl.Planning;
using static LetterDsl.Composition.LetterComposer;

namespace LetterDsl.Layout;

/// <summary>
/// Drives a <see cref="LetterWriter"/> through a recorded letter in its layout's reading order. This is where every
/// layout rule is applied, once for all formats: which recorded sections make up each part, which lines are dropped
/// because they rendered empty, how list items group and number, and how references, end notations and postscripts
/// are labelled.
/// </summary>
internal readonly struct LayoutEngine
{
    // DIN 5008 writes the return address as one line, its parts separated by middle dots.
    private const string ReturnAddressSeparator = " · ";

    private readonly LetterComposer _letter;
    private readonly LetterWriter _writer;
    private readonly IPlanningWriter? _planner;

    private LayoutEngine(LetterComposer letter, LetterWriter writer, IPlanningWriter? planner)
    {
        _letter = letter;
        _writer = writer;
        _planner = planner;
    }

    /// <summary>Lays the whole letter out into <paramref name="writer"/>.</summary>
    public static void Write(LetterComposer letter, LetterWriter writer) => new LayoutEngine(letter, writer, null).WriteLetter();

    /// <summary>
    /// Lays the letter out into a writer in planning mode: every value is handed to
    /// <see cref="IPlanningWriter.PlanValue"/> as a place in the plan rather than as text.
    /// </summary>
    public static void Plan<TWriter>(LetterComposer letter, TWriter writer)
        where TWriter : LetterWriter, IPlanningWriter => new LayoutEngine(letter, writer, writer).WriteLetter();

    /// <summary>Writes one part, or nothing when it has nothing to show; any part may be asked for, whatever the layout prints.</summary>
    public static void WritePart(LetterComposer letter, LetterWriter writer, LetterPart part) => new LayoutEngine(letter, writer, null).Part(part);

    private void WriteLetter()
    {
        _writer.BeginLetter(_letter.Info);
        foreach (LetterPart part in _letter.Definition.Layout.ReadingOrder)
        {
            Part(part);
        }

        _writer.EndLetter();
    }

    private void Part(LetterPart part)
    {
        switch (part)
        {
            case LetterPart.Letterhead:
                WriteLines(part, LetterSection.Sender);
                break;
            case LetterPart.ReturnAddress:
                WriteReturnAddress();
                break;
            case LetterPart.Recipient:
                WriteLines(part, LetterSection.Recipient);
                break;
            case LetterPart.References:
            case LetterPart.InformationBlock:
                WriteReferences(part, withDate: part == LetterPart.InformationBlock);
                break;
            case LetterPart.DateLine:
                WriteDateLine();
                break;
            case LetterPart.Subject:
                WriteLines(part, LetterSection.Subject);
                break;
            case LetterPart.Salutation:
                WriteLines(part, LetterSection.Salutation);
                break;
            case LetterPart.Body:
                WriteBody();
                break;
            case LetterPart.Closing:
                WriteLines(part, LetterSection.Closing);
                break;
            case LetterPart.Signatures:
                WriteSignatures();
                break;
            case LetterPart.Enclosures:
                WriteEndNotation(part, LetterSection.Enclosure, _letter.Definition.Labels.Enclosure, _letter.Definition.Labels.Enclosures);
                break;
            case LetterPart.CarbonCopies:
                WriteEndNotation(part, LetterSection.CarbonCopy, _letter.Definition.Labels.CarbonCopy, _letter.Definition.Labels.CarbonCopy);
                break;
            case LetterPart.Postscripts:
                WritePostscripts();
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(part), part, "Unknown letter part.");
        }
    }

    private void WriteLines(LetterPart part, LetterSection section)
    {
        bool open = false;
        foreach (ref readonly BlockEntry block in _letter.Blocks)
        {
            if (block.Section != section || !block.Shown)
            {
                continue;
            }

            Open(part, ref open);
            _writer.BeginLine();
            WriteContent(block);
            _writer.EndLine();
        }

        Close(open);
    }

    private void WriteReturnAddress()
    {
        bool open = false;
        foreach (ref readonly BlockEntry block in _letter.Blocks)
        {
            if (block.Section != LetterSection.Sender || !block.Shown)
            {
                continue;
            }

            if (open)
            {
                _writer.WriteText(ReturnAddressSeparator);
            }
            else
            {
                Open(LetterPart.ReturnAddress, ref open);
                _writer.BeginLine();
            }

            WriteContent(block);
        }

        if (open)
        {
            _writer.EndLine();
        }

        Close(open);
    }

    private void WriteReferences(LetterPart part, bool withDate)
    {
        LetterLabels labels = _letter.Definition.Labels;
        string separator = labels.Conventions.LabelSeparator;
        bool open = false;
        foreach (ref readonly BlockEntry block in _letter.Blocks)
        {
            if (block.Section != LetterSection.Reference || !block.Shown)
            {
                continue;
            }

            Open(part, ref open);
            _writer.BeginLine();
            _writer.WriteLabel(string.Concat(block.Label, separator));
            WriteContent(block);
            _writer.EndLine();
        }

        if (withDate && Find(LetterSection.Date) is int date)
        {
            Open(part, ref open);
            _writer.BeginLine();
            _writer.WriteLabel(string.Concat(labels.Date, separator));
            WriteContent(_letter.Blocks[date]);
            _writer.EndLine();
        }

        Close(open);
    }

    private void WriteDateLine()
    {
        int? place = Find(LetterSection.Place);
        int? date = Find(LetterSection.Date);
        if (place is null && date is null)
        {
            return;
        }

        _writer.BeginPart(LetterPart.DateLine);
        _writer.BeginLine();
        if (place is int placeIndex && date is int dateIndex)
        {
            // The culture's or the letter's pattern: "Paris, le 17 novembre 2004".
            DateLinePattern line = _letter.Definition.Labels.DateLinePattern;
            WriteText(line.Before);
            WriteContent(_letter.Blocks[line.PlaceFirst ? placeIndex : dateIndex]);
            WriteText(line.Between);
            WriteContent(_letter.Blocks[line.PlaceFirst ? dateIndex : placeIndex]);
            WriteText(line.After);
        }
        else
        {
            // Without a place the line is the date alone, and the pattern's words belong to neither.
            WriteContent(_letter.Blocks[place ?? date!.Value]);
        }

        _writer.EndLine();
        _writer.EndPart();
    }

    private void WriteText(string text)
    {
        if (text.Length > 0)
        {
            _writer.WriteText(text);
        }
    }

    private void WriteBody()
    {
        bool open = false;
        ListKind? list = null;
        int number = 0;
        foreach (ref readonly BlockEntry block in _letter.Blocks)
        {
            if (block.Section != LetterSection.Body)
            {
                continue;
            }

            switch (block.Kind)
            {
                case BlockKind.Paragraph:
                    Open(LetterPart.Body, ref open);
                    CloseList(ref list);
                    _writer.BeginParagraph();
                    WriteContent(block);
                    _writer.EndParagraph();
                    break;
                case BlockKind.ListItem:
                    Open(LetterPart.Body, ref open);
                    if (list != block.ListKind)
                    {
                        // Consecutive items of one kind form one list, counting up from its first item's number.
                        CloseList(ref list);
                        list = block.ListKind;
                        number = block.Number;
                        _writer.BeginList(block.ListKind, number);
                    }

                    _writer.BeginListItem(number++);
                    WriteContent(block);
                    _writer.EndListItem();
                    break;
                case BlockKind.ListBreak:
                    CloseList(ref list);
                    break;
            }
        }

        CloseList(ref list);
        Close(open);
    }

    private void CloseList(ref ListKind? list)
    {
        if (list is not null)
        {
            _writer.EndList();
            list = null;
        }
    }

    private void WriteSignatures()
    {
        IReadOnlyList<Signatory> signatories = _letter.Signatories;
        int shown = 0;
        foreach (Signatory signatory in signatories)
        {
            shown += signatory is null || signatory.IsBlank ? 0 : 1;
        }

        if (shown == 0)
        {
            return;
        }

        if (shown < signatories.Count)
        {
            var kept = new List<Signatory>(shown);
            foreach (Signatory signatory in signatories)
            {
                if (signatory is not null && !signatory.IsBlank)
                {
                    kept.Add(signatory);
                }
            }

            signatories = kept;
        }

        _writer.BeginPart(LetterPart.Signatures);
        _writer.WriteSignatories(signatories);
        _writer.EndPart();
    }

    private void WriteEndNotation(LetterPart part, LetterSection section, string single, string several)
    {
        int count = 0;
        int first = -1;
        ReadOnlySpan<BlockEntry> blocks = _letter.Blocks;
        for (int i = 0; i < blocks.Length; i++)
        {
            if (blocks[i].Section == section && blocks[i].Shown)
            {
                first = count++ == 0 ? i : first;
            }
        }

        if (count == 0)
        {
            return;
        }

        CultureConventions conventions = _letter.Definition.Labels.Conventions;
        _writer.BeginPart(part);
        _writer.BeginLine();
        if (count == 1 && !conventions.EndNotationHeadings)
        {
            // One entry follows its label on the same line: "Enclosure: Annual report".
            _writer.WriteLabel(string.Concat(single, conventions.LabelSeparator));
            WriteContent(blocks[first]);
            _writer.EndLine();
            _writer.EndPart();
            return;
        }

        // A label over a list: "Enclosures:", or a DIN 5008 heading ("Anlagen") without punctuation.
        string label = count == 1 ? single : several;
        _writer.WriteLabel(conventions.EndNotationHeadings ? label : string.Concat(label, conventions.LabelSeparator.TrimEnd()));
        _writer.EndLine();
        foreach (ref readonly BlockEntry block in blocks)
        {
            if (block.Section == section && block.Shown)
            {
                _writer.BeginLine();
                WriteContent(block);
                _writer.EndLine();
            }
        }

        _writer.EndPart();
    }

    private void WritePostscripts()
    {
        LetterLabels labels = _letter.Definition.Labels;
        int index = 0;
        foreach (ref readonly BlockEntry block in _letter.Blocks)
        {
            if (block.Section != LetterSection.Postscript || !block.Shown)
            {
                continue;
            }

            if (index == 0)
            {
                _writer.BeginPart(LetterPart.Postscripts);
            }

            _writer.BeginParagraph();
            _writer.WriteLabel(index++ == 0 ? labels.Postscript + " " : labels.SecondPostscript + " ");
            WriteContent(block);
            _writer.EndParagraph();
        }

        if (index > 0)
        {
            _writer.EndPart();
        }
    }

    /// <summary>The index of the first shown block of <paramref name="section"/>.</summary>
    private int? Find(LetterSection section)
    {
        ReadOnlySpan<BlockEntry> blocks = _letter.Blocks;
        for (int i = 0; i < blocks.Length; i++)
        {
            if (blocks[i].Section == section && blocks[i].Shown)
            {
                return i;
            }
        }

        return null;
    }

    private void Open(LetterPart part, ref bool open)
    {
        if (!open)
        {
            _writer.BeginPart(part);
            open = true;
        }
    }

    private void Close(bool open)
    {
        if (open)
        {
            _writer.EndPart();
        }
    }

    /// <summary>Replays a block's inline events.</summary>
    private void WriteContent(in BlockEntry block)
    {
        foreach (ref readonly InlineEntry inline in _letter.Inlines(block))
        {
            switch (inline.Kind)
            {
                case InlineKind.Text:
                    _writer.WriteText(inline.Text!);
                    break;
                case InlineKind.Value when _planner is not null:
                    _planner.PlanValue(ValueRef.Composed(inline.ValueIndex));
                    break;
                case InlineKind.Value:
                    _writer.WriteValue(_letter.Value(inline));
                    break;
                case InlineKind.BeginEmphasis:
                    _writer.BeginEmphasis(inline.Emphasis);
                    break;
                case InlineKind.EndEmphasis:
                    _writer.EndEmphasis(inline.Emphasis);
                    break;
                case InlineKind.SoftBreak:
                    _writer.WriteSoftBreak();
                    break;
                case InlineKind.LineBreak:
                    _writer.WriteLineBreak();
                    break;
            }
        }
    }
}
