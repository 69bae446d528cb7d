using System.Collections.Generic;

namespace LetterDsl.Testing;

/// <summary>
/// The whitespace normalization under which rendered letters are compared with the seed letters: CRLF (and lone
/// CR) become LF, trailing whitespace is stripped from every line, runs of blank lines collapse to one, and
/// leading and trailing blank lines are trimmed. The result has no final line feed.
/// </summary>
public static class SeedNormalizer
{
    public static string Normalize(string text)
    {
        string[] lines = text.Replace("\r\n", "\n").Replace('\r', '\n').Split('\n');
        var kept = new List<string>(lines.Length);
        bool previousBlank = true; // drops leading blank lines
        foreach (string raw in lines)
        {
            string line = raw.TrimEnd();
            bool blank = line.Length == 0;
            if (!(blank && previousBlank))
            {
                kept.Add(line);
            }

            previousBlank = blank;
        }

        while (kept.Count > 0 && kept[^1].Length == 0)
        {
            kept.RemoveAt(kept.Count - 1);
        }

        return string.Join("\n", kept);
    }
}
