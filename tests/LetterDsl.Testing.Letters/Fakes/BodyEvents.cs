using System;
using System.Collections.Generic;
using LetterDsl.Composition;

namespace LetterDsl.Testing.Letters;

public enum BodyOp
{
    Paragraph,
    ListItem,
    EndBlock,
    EndList,
    Text,
    Value,
    BeginEmphasis,
    EndEmphasis,
    SoftBreak,
    LineBreak,
}

/// <summary>One composer call of a letter body, as generated code would make it.</summary>
public readonly record struct BodyEvent(BodyOp Op, string? Text = null, ListKind Kind = default, int Number = 0, Emphasis Emphasis = default)
{
    public void Replay(LetterComposer writer)
    {
        switch (Op)
        {
            case BodyOp.Paragraph: writer.BeginParagraph(); break;
            case BodyOp.ListItem: writer.BeginListItem(Kind, Number); break;
            case BodyOp.EndBlock: writer.EndBlock(); break;
            case BodyOp.EndList: writer.EndList(); break;
            case BodyOp.Text: writer.WriteText(Text!); break;
            case BodyOp.Value: writer.WriteValue(Text); break;
            case BodyOp.BeginEmphasis: writer.BeginEmphasis(Emphasis); break;
            case BodyOp.EndEmphasis: writer.EndEmphasis(Emphasis); break;
            case BodyOp.SoftBreak: writer.WriteSoftBreak(); break;
            case BodyOp.LineBreak: writer.WriteLineBreak(); break;
        }
    }
}

/// <summary>
/// A test-only parser for the body subset the seeds use: paragraphs separated by blank (or whitespace-only) lines,
/// <c>- </c> and <c>1. </c> items, <c>**bold**</c>, <c>*italic*</c>, and hard breaks from two trailing spaces.
/// A blank line after a list item ends the list. <c>{{name}}</c> becomes a value taken from
/// <paramref name="values"/>.
/// </summary>
public static class BodyEvents
{
    public static IReadOnlyList<BodyEvent> Parse(string body, IReadOnlyDictionary<string, string>? values = null)
    {
        var events = new List<BodyEvent>();
        bool inBlock = false, inList = false;
        foreach (string rawLine in body.Replace("\r\n", "\n").Split('\n'))
        {
            if (rawLine.Trim().Length == 0)
            {
                if (inBlock)
                {
                    events.Add(new(BodyOp.EndBlock));
                    inBlock = false;
                }

                if (inList)
                {
                    events.Add(new(BodyOp.EndList));
                    inList = false;
                }

                continue;
            }

            bool hardBreak = rawLine.EndsWith("  ", StringComparison.Ordinal);
            string line = rawLine.TrimEnd();
            if (TryListMarker(line, out ListKind kind, out int number, out int markerLength))
            {
                if (inBlock)
                {
                    events.Add(new(BodyOp.EndBlock));
                }

                events.Add(new(BodyOp.ListItem, Kind: kind, Number: number));
                inBlock = inList = true;
                line = line[markerLength..];
            }
            else if (inBlock)
            {
                if (events[^1].Op != BodyOp.LineBreak)
                {
                    events.Add(new(BodyOp.SoftBreak));
                }

                line = line.TrimStart();
            }
            else
            {
                events.Add(new(BodyOp.Paragraph));
                inBlock = true;
            }

            Inline(line, values, events);
            if (hardBreak)
            {
                events.Add(new(BodyOp.LineBreak));
            }
        }

        if (inBlock)
        {
            events.Add(new(BodyOp.EndBlock));
        }

        return events;
    }

    private static bool TryListMarker(string line, out ListKind kind, out int number, out int length)
    {
        kind = ListKind.Bulleted;
        number = 1;
        length = 2;
        if (line.StartsWith("- ", StringComparison.Ordinal))
        {
            return true;
        }

        int digits = 0;
        while (digits < line.Length && char.IsAsciiDigit(line[digits]))
        {
            digits++;
        }

        if (digits > 0 && line.Length > digits + 1 && line[digits] == '.' && line[digits + 1] == ' ')
        {
            kind = ListKind.Numbered;
            number = int.Parse(line.AsSpan(0, digits));
            length = digits + 2;
            return true;
        }

        return false;
    }

    private static void Inline(string line, IReadOnlyDictionary<string, string>? values, List<BodyEvent> events)
    {
        bool bold = false, italic = false;
        int start = 0;
        for (int i = 0; i < line.Length;)
        {
            if (line[i] == '{' && line.AsSpan(i).StartsWith("{{") && values is not null)
            {
                int close = line.IndexOf("}}", i, StringComparison.Ordinal);
                Flush(line, start, i, events);
                events.Add(new(BodyOp.Value, values[line[(i + 2)..close].Trim()]));
                i = start = close + 2;
                continue;
            }

            if (line[i] != '*')
            {
                i++;
                continue;
            }

            Flush(line, start, i, events);
            bool isBold = i + 1 < line.Length && line[i + 1] == '*';
            Emphasis emphasis = isBold ? Emphasis.Bold : Emphasis.Italic;
            ref bool open = ref isBold ? ref bold : ref italic;
            events.Add(new(open ? BodyOp.EndEmphasis : BodyOp.BeginEmphasis, Emphasis: emphasis));
            open = !open;
            i = start = i + (isBold ? 2 : 1);
        }

        Flush(line, start, line.Length, events);
    }

    private static void Flush(string line, int start, int end, List<BodyEvent> events)
    {
        if (end > start)
        {
            events.Add(new(BodyOp.Text, line[start..end]));
        }
    }
}
