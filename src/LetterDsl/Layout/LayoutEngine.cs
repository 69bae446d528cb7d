using System;
using System.Collections.Generic;
using LetterDsl.Composition;
using LetterDsl.Formatting;
using static LetterDsl.Composition.LetterComposer;

namespace LetterDsl.Layout;

/// <summary>
/// Drives a <see cref="LetterWriter"/> through a recorded letter in its layout's reading order. This is where every
/// layout rule is applied, once for all formats: which recorded sections make up each part, which lines are dropped
/// because they rendered empty, how list items group and number, and how references, end notations and postscripts
/// are labelled.
/// </summary>
internal static class LayoutEngine
{
    // DIN 5008 writes the return address as one line, its parts separated by middle dots.
    private const string ReturnAddressSeparator = " · ";

    public static void Write(LetterComposer letter, LetterWriter writer)
    {
        writer.BeginLetter(letter.Info);
        foreach (LetterPart part in letter.Definition.Layout.ReadingOrder)
        {
            WritePart(letter, writer, part);
        }

        writer.EndLetter();
    }

    /// <summary>Writes one part, or nothing when it has nothing to show; any part may be asked for, whatever the layout prints.</summary>
    public static void WritePart(LetterComposer letter, LetterWriter writer, LetterPart part)
    {
        switch (part)
        {
            case LetterPart.Letterhead:
                WriteLines(letter, writer, part, LetterSection.Sender);
                break;
            case LetterPart.ReturnAddress:
                WriteReturnAddress(letter, writer);
                break;
            case LetterPart.Recipient:
                WriteLines(letter, writer, part, LetterSection.Recipient);
                break;
            case LetterPart.References:
            case LetterPart.InformationBlock:
                WriteReferences(letter, writer, part, withDate: part == LetterPart.InformationBlock);
                break;
            case LetterPart.DateLine:
                WriteDateLine(letter, writer);
                break;
            case LetterPart.Subject:
                WriteLines(letter, writer, part, LetterSection.Subject);
                break;
            case LetterPart.Salutation:
                WriteLines(letter, writer, part, LetterSection.Salutation);
                break;
            case LetterPart.Body:
                WriteBody(letter, writer);
                break;
            case LetterPart.Closing:
                WriteLines(letter, writer, part, LetterSection.Closing);
                break;
            case LetterPart.Signatures:
                WriteSignatures(letter, writer);
                break;
            case LetterPart.Enclosures:
                WriteEndNotation(letter, writer, part, LetterSection.Enclosure, letter.Definition.Labels.Enclosure, letter.Definition.Labels.Enclosures);
                break;
            case LetterPart.CarbonCopies:
                WriteEndNotation(letter, writer, part, LetterSection.CarbonCopy, letter.Definition.Labels.CarbonCopy, letter.Definition.Labels.CarbonCopy);
                break;
            case LetterPart.Postscripts:
                WritePostscripts(letter, writer);
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(part), part, "Unknown letter part.");
        }
    }

    private static void WriteLines(LetterComposer letter, LetterWriter writer, LetterPart part, LetterSection section)
    {
        bool open = false;
        foreach (ref readonly BlockEntry block in letter.Blocks)
        {
            if (block.Section != section || !block.Shown)
            {
                continue;
            }

            Open(writer, part, ref open);
            writer.BeginLine();
            WriteContent(letter, writer, block);
            writer.EndLine();
        }

        Close(writer, open);
    }

    private static void WriteReturnAddress(LetterComposer letter, LetterWriter writer)
    {
        bool open = false;
        foreach (ref readonly BlockEntry block in letter.Blocks)
        {
            if (block.Section != LetterSection.Sender || !block.Shown)
            {
                continue;
            }

            if (open)
            {
                writer.WriteText(ReturnAddressSeparator);
            }
            else
            {
                Open(writer, LetterPart.ReturnAddress, ref open);
                writer.BeginLine();
            }

            WriteContent(letter, writer, block);
        }

        if (open)
        {
            writer.EndLine();
        }

        Close(writer, open);
    }

    private static void WriteReferences(LetterComposer letter, LetterWriter writer, LetterPart part, bool withDate)
    {
        LetterLabels labels = letter.Definition.Labels;
        string separator = labels.Conventions.LabelSeparator;
        bool open = false;
        foreach (ref readonly BlockEntry block in letter.Blocks)
        {
            if (block.Section != LetterSection.Reference || !block.Shown)
            {
                continue;
            }

            Open(writer, part, ref open);
            writer.BeginLine();
            writer.WriteLabel(string.Concat(block.Label, separator));
            WriteContent(letter, writer, block);
            writer.EndLine();
        }

        if (withDate && Find(letter, LetterSection.Date) is int date)
        {
            Open(writer, part, ref open);
            writer.BeginLine();
            writer.WriteLabel(string.Concat(labels.Date, separator));
            WriteContent(letter, writer, letter.Blocks[date]);
            writer.EndLine();
        }

        Close(writer, open);
    }

    private static void WriteDateLine(LetterComposer letter, LetterWriter writer)
    {
        int? place = Find(letter, LetterSection.Place);
        int? date = Find(letter, LetterSection.Date);
        if (place is null && date is null)
        {
            return;
        }

        writer.BeginPart(LetterPart.DateLine);
        writer.BeginLine();
        if (place is int placeIndex && date is int dateIndex)
        {
            // The culture's or the letter's pattern: "Paris, le 17 novembre 2004".
            DateLinePattern line = letter.Definition.Labels.DateLinePattern;
            WriteText(writer, line.Before);
            WriteContent(letter, writer, letter.Blocks[line.PlaceFirst ? placeIndex : dateIndex]);
            WriteText(writer, line.Between);
            WriteContent(letter, writer, letter.Blocks[line.PlaceFirst ? dateIndex : placeIndex]);
            WriteText(writer, line.After);
        }
        else
        {
            // Without a place the line is the date alone, and the pattern's words belong to neither.
            WriteContent(letter, writer, letter.Blocks[place ?? date!.Value]);
        }

        writer.EndLine();
        writer.EndPart();
    }

    private static void WriteText(LetterWriter writer, string text)
    {
        if (text.Length > 0)
        {
            writer.WriteText(text);
        }
    }

    private static void WriteBody(LetterComposer letter, LetterWriter writer)
    {
        bool open = false;
        ListKind? list = null;
        int number = 0;
        foreach (ref readonly BlockEntry block in letter.Blocks)
        {
            if (block.Section != LetterSection.Body)
            {
                continue;
            }

            switch (block.Kind)
            {
                case BlockKind.Paragraph:
                    Open(writer, LetterPart.Body, ref open);
                    CloseList(writer, ref list);
                    writer.BeginParagraph();
                    WriteContent(letter, writer, block);
                    writer.EndParagraph();
                    break;
                case BlockKind.ListItem:
                    Open(writer, LetterPart.Body, ref open);
                    if (list != block.ListKind)
                    {
                        // Consecutive items of one kind form one list, counting up from its first item's number.
                        CloseList(writer, ref list);
                        list = block.ListKind;
                        number = block.Number;
                        writer.BeginList(block.ListKind, number);
                    }

                    writer.BeginListItem(number++);
                    WriteContent(letter, writer, block);
                    writer.EndListItem();
                    break;
                case BlockKind.ListBreak:
                    CloseList(writer, ref list);
                    break;
            }
        }

        CloseList(writer, ref list);
        Close(writer, open);
    }

    private static void CloseList(LetterWriter writer, ref ListKind? list)
    {
        if (list is not null)
        {
            writer.EndList();
            list = null;
        }
    }

    private static void WriteSignatures(LetterComposer letter, LetterWriter writer)
    {
        IReadOnlyList<Signatory> signatories = letter.Signatories;
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

        writer.BeginPart(LetterPart.Signatures);
        writer.WriteSignatories(signatories);
        writer.EndPart();
    }

    private static void WriteEndNotation(LetterComposer letter, LetterWriter writer, LetterPart part, LetterSection section, string single, string several)
    {
        int count = 0;
        int first = -1;
        ReadOnlySpan<BlockEntry> blocks = letter.Blocks;
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

        CultureConventions conventions = letter.Definition.Labels.Conventions;
        writer.BeginPart(part);
        writer.BeginLine();
        if (count == 1 && !conventions.EndNotationHeadings)
        {
            // One entry follows its label on the same line: "Enclosure: Annual report".
            writer.WriteLabel(string.Concat(single, conventions.LabelSeparator));
            WriteContent(letter, writer, blocks[first]);
            writer.EndLine();
            writer.EndPart();
            return;
        }

        // A label over a list: "Enclosures:", or a DIN 5008 heading ("Anlagen") without punctuation.
        string label = count == 1 ? single : several;
        writer.WriteLabel(conventions.EndNotationHeadings ? label : string.Concat(label, conventions.LabelSeparator.TrimEnd()));
        writer.EndLine();
        foreach (ref readonly BlockEntry block in blocks)
        {
            if (block.Section == section && block.Shown)
            {
                writer.BeginLine();
                WriteContent(letter, writer, block);
                writer.EndLine();
            }
        }

        writer.EndPart();
    }

    private static void WritePostscripts(LetterComposer letter, LetterWriter writer)
    {
        LetterLabels labels = letter.Definition.Labels;
        int index = 0;
        foreach (ref readonly BlockEntry block in letter.Blocks)
        {
            if (block.Section != LetterSection.Postscript || !block.Shown)
            {
                continue;
            }

            if (index == 0)
            {
                writer.BeginPart(LetterPart.Postscripts);
            }

            writer.BeginParagraph();
            writer.WriteLabel(index++ == 0 ? labels.Postscript + " " : labels.SecondPostscript + " ");
            WriteContent(letter, writer, block);
            writer.EndParagraph();
        }

        if (index > 0)
        {
            writer.EndPart();
        }
    }

    /// <summary>The index of the first shown block of <paramref name="section"/>.</summary>
    private static int? Find(LetterComposer letter, LetterSection section)
    {
        ReadOnlySpan<BlockEntry> blocks = letter.Blocks;
        for (int i = 0; i < blocks.Length; i++)
        {
            if (blocks[i].Section == section && blocks[i].Shown)
            {
                return i;
            }
        }

        return null;
    }

    private static void Open(LetterWriter writer, LetterPart part, ref bool open)
    {
        if (!open)
        {
            writer.BeginPart(part);
            open = true;
        }
    }

    private static void Close(LetterWriter writer, bool open)
    {
        if (open)
        {
            writer.EndPart();
        }
    }

    /// <summary>Replays a block's inline events.</summary>
    private static void WriteContent(LetterComposer letter, LetterWriter writer, in BlockEntry block)
    {
        foreach (ref readonly InlineEntry inline in letter.Inlines(block))
        {
            switch (inline.Kind)
            {
                case InlineKind.Text:
                    writer.WriteText(inline.Text!);
                    break;
                case InlineKind.Value:
                    writer.WriteValue(letter.Value(inline));
                    break;
                case InlineKind.BeginEmphasis:
                    writer.BeginEmphasis(inline.Emphasis);
                    break;
                case InlineKind.EndEmphasis:
                    writer.EndEmphasis(inline.Emphasis);
                    break;
                case InlineKind.SoftBreak:
                    writer.WriteSoftBreak();
                    break;
                case InlineKind.LineBreak:
                    writer.WriteLineBreak();
                    break;
            }
        }
    }
}
