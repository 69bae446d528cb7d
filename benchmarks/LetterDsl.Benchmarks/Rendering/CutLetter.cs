using System;
using static LetterDsl.Benchmarks.Rendering.SpanText;

namespace LetterDsl.Benchmarks.Rendering;

/// <summary>
/// A hand-written single-allocation baseline for a format without hand-cut text (HTML, plain text): the 2020 seed's
/// output in that format, cut once at its values, then refilled on each call with the values formatted afresh on the
/// stack and the exact length added up, into one <see cref="string.Create{TState}(int, TState, System.Buffers.SpanAction{char, TState})"/>.
/// It is the cost of writing that document with one allocation. The cut holds for the benchmark's values (whose
/// optional New York dates are given); the tests check it renders what the generated method renders.
/// </summary>
public sealed class CutLetter
{
    private const int ValueBuffer = 64;

    private readonly string[] _pieces;
    private readonly bool _html;

    /// <summary>Cuts <paramref name="output"/> at the values of <paramref name="values"/>, found in the letter's order.</summary>
    public CutLetter(string output, Asp2020Values values, bool html)
    {
        _html = html;
        LetterCulture culture = values.Culture;
        string[] texts =
        [
            values.Place, culture.FormatDate(values.Date), culture.FormatOrdinal(values.Session),
            culture.FormatDateRange(values.HagueDates), culture.FormatDateRange(values.NewYorkDates!.Value),
            culture.FormatOrdinal(values.Session), values.Signatory.Name, values.Signatory.Title!, values.Signatory.Organization!,
        ];
        _pieces = new string[texts.Length + 1];
        int at = 0;
        for (int i = 0; i < texts.Length; i++)
        {
            int found = output.IndexOf(texts[i], at, StringComparison.Ordinal);
            if (found < 0)
            {
                throw new InvalidOperationException($"'{texts[i]}' is not in the output after position {at}.");
            }

            _pieces[i] = output[at..found];
            at = found + texts[i].Length;
        }

        _pieces[^1] = output[at..];
    }

    /// <summary>Renders the document with <paramref name="values"/>.</summary>
    public string Render(Asp2020Values values)
    {
        LetterCulture culture = values.Culture;
        var state = new Refill
        {
            Letter = this,
            Values = values,
            Date = stackalloc char[ValueBuffer],
            Session = stackalloc char[ValueBuffer],
            HagueDates = stackalloc char[ValueBuffer],
            NewYorkDates = stackalloc char[ValueBuffer],
        };
        state.Date = Formatted(culture.TryFormatDate(values.Date, state.Date, out int written), state.Date, written);
        state.Session = Formatted(culture.TryFormatOrdinal(values.Session, state.Session, out written), state.Session, written);
        state.HagueDates = Formatted(culture.TryFormatDateRange(values.HagueDates, state.HagueDates, out written), state.HagueDates, written);
        state.NewYorkDates = Formatted(culture.TryFormatDateRange(values.NewYorkDates!.Value, state.NewYorkDates, out written), state.NewYorkDates, written);

        int length = state.Date.Length + (2 * state.Session.Length) + state.HagueDates.Length + state.NewYorkDates.Length
            + Encoded(values.Place, default) + Encoded(values.Signatory.Name, default) + Encoded(values.Signatory.Title, default)
            + Encoded(values.Signatory.Organization, default);
        foreach (string piece in _pieces)
        {
            length += piece.Length;
        }

        return string.Create(length, state, static (span, state) =>
        {
            CutLetter letter = state.Letter;
            Asp2020Values values = state.Values;
            string[] pieces = letter._pieces;
            int at = 0;
            Append(span, ref at, pieces[0]);
            at += letter.Encoded(values.Place, span[at..]);
            Append(span, ref at, pieces[1]);
            Append(span, ref at, state.Date);
            Append(span, ref at, pieces[2]);
            Append(span, ref at, state.Session);
            Append(span, ref at, pieces[3]);
            Append(span, ref at, state.HagueDates);
            Append(span, ref at, pieces[4]);
            Append(span, ref at, state.NewYorkDates);
            Append(span, ref at, pieces[5]);
            Append(span, ref at, state.Session);
            Append(span, ref at, pieces[6]);
            at += letter.Encoded(values.Signatory.Name, span[at..]);
            Append(span, ref at, pieces[7]);
            at += letter.Encoded(values.Signatory.Title, span[at..]);
            Append(span, ref at, pieces[8]);
            at += letter.Encoded(values.Signatory.Organization, span[at..]);
            Append(span, ref at, pieces[9]);
        });
    }

    /// <summary>Writes a free-text value as the format needs (HTML-encoded, or as it is), or only counts when the span is empty.</summary>
    private int Encoded(ReadOnlySpan<char> value, Span<char> destination)
    {
        if (!_html)
        {
            if (!destination.IsEmpty)
            {
                value.CopyTo(destination);
            }

            return value.Length;
        }

        int written = 0;
        foreach (char c in value)
        {
            ReadOnlySpan<char> encoded = c switch
            {
                '&' => "&amp;",
                '<' => "&lt;",
                '>' => "&gt;",
                '"' => "&quot;",
                '\'' => "&#39;",
                _ => default,
            };
            if (encoded.IsEmpty)
            {
                if (!destination.IsEmpty)
                {
                    destination[written] = c;
                }

                written++;
            }
            else
            {
                if (!destination.IsEmpty)
                {
                    encoded.CopyTo(destination[written..]);
                }

                written += encoded.Length;
            }
        }

        return written;
    }

    private ref struct Refill
    {
        public CutLetter Letter;
        public Asp2020Values Values;
        public Span<char> Date;
        public Span<char> Session;
        public Span<char> HagueDates;
        public Span<char> NewYorkDates;
    }
}
