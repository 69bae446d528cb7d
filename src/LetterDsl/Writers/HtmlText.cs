using System;
using System.Buffers;

namespace LetterDsl.Writers;

/// <summary>
/// How text is written into HTML, in one place for the HTML writer and for planned renders: the characters
/// <c>&amp; &lt; &gt; " '</c> as entities, and control characters (C0 except tab, DEL, C1, U+2028 and U+2029) as spaces.
/// </summary>
internal static class HtmlText
{
    private static readonly SearchValues<char> s_special = SearchValues.Create("&<>\"'" + ValueText.ReplacedCharacters);

    /// <summary>Encodes <paramref name="text"/> into <paramref name="destination"/>, or only counts when it is empty; returns the length.</summary>
    public static int Encode(ReadOnlySpan<char> text, Span<char> destination)
    {
        bool write = !destination.IsEmpty;
        int length = 0;
        var runs = new Runs(text);
        while (runs.MoveNext())
        {
            if (write)
            {
                runs.Text.CopyTo(destination[length..]);
                runs.Replacement.CopyTo(destination[(length + runs.Text.Length)..]);
            }

            length += runs.Text.Length + runs.Replacement.Length;
        }

        return length;
    }

    /// <summary>Whether <paramref name="text"/> is written as it is: nothing in it is encoded or replaced.</summary>
    public static bool IsVerbatim(ReadOnlySpan<char> text) => !text.ContainsAny(s_special);

    /// <summary>Writes <paramref name="text"/> encoded to <paramref name="output"/>.</summary>
    public static void Encode(ReadOnlySpan<char> text, OutputBuffer output)
    {
        var runs = new Runs(text);
        while (runs.MoveNext())
        {
            output.Write(runs.Text);
            output.Write(runs.Replacement);
        }
    }

    /// <summary>
    /// Cuts text into runs that need no encoding, each followed by the replacement of the character that ended it
    /// (empty after the last run). The search for special characters is vectorized.
    /// </summary>
    public ref struct Runs
    {
        private ReadOnlySpan<char> _rest;
        private bool _done;

        public Runs(ReadOnlySpan<char> text)
        {
            _rest = text;
            _done = false;
            Text = default;
            Replacement = default;
        }

        public ReadOnlySpan<char> Text { get; private set; }

        public ReadOnlySpan<char> Replacement { get; private set; }

        public bool MoveNext()
        {
            if (_done)
            {
                return false;
            }

            int next = _rest.IndexOfAny(s_special);
            if (next < 0)
            {
                Text = _rest;
                Replacement = default;
                _done = true;
                return true;
            }

            Text = _rest[..next];
            Replacement = HtmlText.Replacement(_rest[next]);
            _rest = _rest[(next + 1)..];
            return true;
        }
    }

    private static ReadOnlySpan<char> Replacement(char c) => c switch
    {
        '&' => "&amp;",
        '<' => "&lt;",
        '>' => "&gt;",
        '"' => "&quot;",
        '\'' => "&#39;",
        _ => " ",
    };
}
