using System.Collections.Generic;
using Microsoft.CodeAnalysis.Text;

namespace LetterDsl.Generator.Tests.Reliability;

/// <summary>
/// The line starts of a letter as the format defines lines (CRLF, LF or CR end one), computed independently of the
/// generator so the fuzz test can check every diagnostic's line and column against its span.
/// </summary>
internal sealed class LetterLines
{
    private readonly List<int> _starts = new() { 0 };

    public LetterLines(string text)
    {
        Length = text.Length;
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '\r' && i + 1 < text.Length && text[i + 1] == '\n')
            {
                i++;
            }

            if (text[i] is '\r' or '\n')
            {
                _starts.Add(i + 1);
            }
        }
    }

    public int Length { get; }

    public int Count => _starts.Count;

    public LinePosition PositionOf(int offset)
    {
        var index = _starts.BinarySearch(offset);
        var line = index >= 0 ? index : ~index - 1;
        return new LinePosition(line, offset - _starts[line]);
    }
}
