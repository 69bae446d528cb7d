using System.Collections.Generic;
using LetterDsl.Generator.Model;
using Microsoft.CodeAnalysis.Text;

namespace LetterDsl.Generator.Parsing;

/// <summary>
/// Splits a letter into lines (CRLF, LF or CR) and turns file offsets into line and column spans, so every
/// diagnostic carries the exact position compilers print as <c>file(line,col)</c>.
/// </summary>
internal sealed class SourceMap
{
    private readonly List<int> _lineStarts = new();

    public SourceMap(string filePath, string text)
    {
        FilePath = filePath;
        Text = text;
        _lineStarts.Add(0);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '\r')
            {
                if (i + 1 < text.Length && text[i + 1] == '\n')
                {
                    i++;
                }

                _lineStarts.Add(i + 1);
            }
            else if (c == '\n')
            {
                _lineStarts.Add(i + 1);
            }
        }
    }

    public string FilePath { get; }

    public string Text { get; }

    public int LineCount => _lineStarts.Count;

    public SourceLine GetLine(int index)
    {
        var start = _lineStarts[index];
        var end = index + 1 < _lineStarts.Count ? _lineStarts[index + 1] : Text.Length;
        while (end > start && (Text[end - 1] == '\n' || Text[end - 1] == '\r'))
        {
            end--;
        }

        return new SourceLine(Text.Substring(start, end - start), start);
    }

    public LocationInfo Location(int offset, int length)
    {
        if (offset < 0)
        {
            offset = 0;
        }

        if (offset > Text.Length)
        {
            offset = Text.Length;
        }

        if (length < 0 || offset + length > Text.Length)
        {
            length = Text.Length - offset;
        }

        return new LocationInfo(
            FilePath,
            new TextSpan(offset, length),
            new LinePositionSpan(Position(offset), Position(offset + length)));
    }

    public LocationInfo Location(SourceLine line) => Location(line.FileOffset, line.Text.Length);

    private LinePosition Position(int offset)
    {
        var lo = 0;
        var hi = _lineStarts.Count - 1;
        while (lo < hi)
        {
            var mid = (lo + hi + 1) / 2;
            if (_lineStarts[mid] <= offset)
            {
                lo = mid;
            }
            else
            {
                hi = mid - 1;
            }
        }

        return new LinePosition(lo, offset - _lineStarts[lo]);
    }
}
