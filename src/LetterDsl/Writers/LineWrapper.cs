using System;

namespace LetterDsl.Writers;

/// <summary>
/// Greedy word wrapping for one block at a time, streaming: it holds back only the word being written.
/// A word longer than the width stays whole on its own line; continuation lines are indented.
/// </summary>
internal sealed class LineWrapper
{
    private readonly OutputBuffer _output;
    private char[] _word = new char[32];
    private int _wordLength;
    private int _column;
    private int _indent;
    private int _spaces;
    private bool _lineHasWord;

    public LineWrapper(OutputBuffer output, int width)
    {
        _output = output;
        Width = width;
    }

    public int Width { get; set; }

    /// <summary>Starts a block's first line with <paramref name="prefix"/> (a list marker, <c>cc: </c>); later lines are indented by <paramref name="indent"/>.</summary>
    public void BeginLine(ReadOnlySpan<char> prefix, int indent)
    {
        _output.Write(prefix);
        _column = prefix.Length;
        _indent = indent;
        _spaces = 0;
        _wordLength = 0;
        _lineHasWord = false;
    }

    public void Write(ReadOnlySpan<char> text)
    {
        foreach (char c in text)
        {
            if (c == ' ')
            {
                FlushWord();
                _spaces++;
                continue;
            }

            if (_wordLength == _word.Length)
            {
                Array.Resize(ref _word, _word.Length * 2);
            }

            _word[_wordLength++] = c;
        }
    }

    /// <summary>A hard break: the current line ends here.</summary>
    public void Break()
    {
        FlushWord();
        NewLine();
    }

    /// <summary>Ends the block; trailing spaces are dropped.</summary>
    public void EndLine()
    {
        FlushWord();
        _spaces = 0;
    }

    private void FlushWord()
    {
        if (_wordLength == 0)
        {
            return;
        }

        if (_lineHasWord && _column + _spaces + _wordLength > Width)
        {
            NewLine();
        }

        _output.Write(' ', _spaces);
        _output.Write(_word.AsSpan(0, _wordLength));
        _column += _spaces + _wordLength;
        _spaces = 0;
        _wordLength = 0;
        _lineHasWord = true;
    }

    private void NewLine()
    {
        _output.Write('\n');
        _output.Write(' ', _indent);
        _column = _indent;
        _spaces = 0;
        _lineHasWord = false;
    }
}
