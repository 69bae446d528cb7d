using System;
using System.Collections.Generic;
using LetterDsl.Pdf.Fonts;

namespace LetterDsl.Pdf.Layout;

/// <summary>
/// Breaks runs of text into lines of a given width with the font's real advance widths. Lines break at spaces only
/// (no hyphenation): spaces at a break are dropped, a hard break always starts a new line, and a word wider than
/// the line is cut between characters (never inside a surrogate pair) so that any text fits.
/// </summary>
internal sealed class LineBreaker
{
    private readonly FaceMetrics[] _faces;
    private readonly List<Piece> _word = new();
    private readonly List<Piece> _spaces = new();
    private List<TextLine> _lines = new();
    private TextLine _line = new();
    private double _size;
    private double _width;

    public LineBreaker(string family)
    {
        _faces = new[]
        {
            FaceMetrics.For(family, FontFace.Regular),
            FaceMetrics.For(family, FontFace.Bold),
            FaceMetrics.For(family, FontFace.Italic),
            FaceMetrics.For(family, FontFace.BoldItalic),
        };
    }

    /// <summary>The metrics of <paramref name="face"/>.</summary>
    public FaceMetrics Metrics(FontFace face) => _faces[(int)face];

    /// <summary>The width of <paramref name="text"/> in <paramref name="face"/> at <paramref name="size"/> points.</summary>
    public double Measure(string text, FontFace face, double size) => _faces[(int)face].Width(text) * size;

    /// <summary>Sets <paramref name="runs"/> at <paramref name="size"/> points in lines at most <paramref name="width"/> points wide.</summary>
    /// <returns>At least one line; an empty one when the runs hold no text.</returns>
    public List<TextLine> Break(IReadOnlyList<TextRun> runs, double size, double width)
    {
        _lines = new List<TextLine>();
        _line = new TextLine();
        _size = size;
        _width = Math.Max(width, size);
        foreach (TextRun run in runs)
        {
            if (run.IsBreak)
            {
                FlushWord();
                _spaces.Clear();
                EndLine();
                continue;
            }

            string text = run.Text;
            int start = 0;
            while (start < text.Length)
            {
                bool space = text[start] == ' ';
                int end = start + 1;
                while (end < text.Length && (text[end] == ' ') == space)
                {
                    end++;
                }

                var piece = new Piece(text, start, end - start, run.Face, _faces[(int)run.Face].Width(text.AsSpan(start, end - start)) * size);
                if (space)
                {
                    FlushWord();
                    _spaces.Add(piece);
                }
                else
                {
                    _word.Add(piece);
                }

                start = end;
            }
        }

        FlushWord();
        if (_line.Segments.Count > 0 || _lines.Count == 0)
        {
            _lines.Add(_line);
        }

        return _lines;
    }

    private void FlushWord()
    {
        if (_word.Count == 0)
        {
            return;
        }

        double word = 0;
        foreach (Piece piece in _word)
        {
            word += piece.Width;
        }

        if (_line.Segments.Count > 0)
        {
            double spaces = 0;
            foreach (Piece piece in _spaces)
            {
                spaces += piece.Width;
            }

            if (_line.Width + spaces + word <= _width + 0.001)
            {
                foreach (Piece piece in _spaces)
                {
                    Append(piece);
                }
            }
            else
            {
                EndLine();
            }
        }

        _spaces.Clear();
        if (word <= _width - _line.Width + 0.001)
        {
            foreach (Piece piece in _word)
            {
                Append(piece);
            }
        }
        else
        {
            CutWord();
        }

        _word.Clear();
    }

    /// <summary>Sets a word wider than the line character by character, starting a line whenever the next one would not fit.</summary>
    private void CutWord()
    {
        foreach (Piece piece in _word)
        {
            FaceMetrics metrics = _faces[(int)piece.Face];
            int start = piece.Start;
            int end = piece.Start + piece.Length;
            int from = start;
            double width = 0;
            for (int i = start; i < end;)
            {
                int length = char.IsHighSurrogate(piece.Source[i]) && i + 1 < end && char.IsLowSurrogate(piece.Source[i + 1]) ? 2 : 1;
                double advance = metrics.Width(piece.Source.AsSpan(i, length)) * _size;
                if (_line.Width + width + advance > _width + 0.001 && (_line.Segments.Count > 0 || i > from))
                {
                    if (i > from)
                    {
                        Append(new Piece(piece.Source, from, i - from, piece.Face, width));
                    }

                    EndLine();
                    from = i;
                    width = 0;
                }

                width += advance;
                i += length;
            }

            if (end > from)
            {
                Append(new Piece(piece.Source, from, end - from, piece.Face, width));
            }
        }
    }

    private void Append(Piece piece)
    {
        List<LineSegment> segments = _line.Segments;
        if (segments.Count > 0)
        {
            LineSegment last = segments[^1];
            if (ReferenceEquals(last.Source, piece.Source) && last.Face == piece.Face && last.Start + last.Length == piece.Start)
            {
                segments[^1] = last with { Length = last.Length + piece.Length };
                _line.Width += piece.Width;
                return;
            }
        }

        segments.Add(new LineSegment(piece.Source, piece.Start, piece.Length, piece.Face, _line.Width));
        _line.Width += piece.Width;
    }

    private void EndLine()
    {
        _lines.Add(_line);
        _line = new TextLine();
    }

    private readonly record struct Piece(string Source, int Start, int Length, FontFace Face, double Width);
}
