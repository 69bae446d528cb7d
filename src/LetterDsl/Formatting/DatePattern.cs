using System.Collections.Generic;
using System.Text;

namespace LetterDsl.Formatting;

/// <summary>
/// Reads .NET custom date patterns as the culture data spells them, so that a letter's date style and its
/// range collapsing can be derived for any culture instead of being listed per culture.
/// </summary>
internal static class DatePattern
{
    private const string Symbols = "dfFghHKmMstyz";

    /// <summary>Splits <paramref name="pattern"/> into pattern-letter runs and literals.</summary>
    public static List<DatePatternToken> Tokenize(string pattern)
    {
        var tokens = new List<DatePatternToken>();
        int i = 0;
        while (i < pattern.Length)
        {
            int start = i;
            char c = pattern[i];
            if (Symbols.Contains(c))
            {
                while (i < pattern.Length && pattern[i] == c)
                {
                    i++;
                }

                tokens.Add(new DatePatternToken(start, i - start, c));
                continue;
            }

            i = c switch
            {
                '\'' or '"' => EndOfQuote(pattern, start),
                '\\' => i + 2,
                _ => i + 1,
            };
            i = i > pattern.Length ? pattern.Length : i;
            tokens.Add(new DatePatternToken(start, i - start, '\0'));
        }

        return tokens;
    }

    /// <summary>
    /// The culture's long date without the weekday ("dddd, d MMMM yyyy" becomes "d MMMM yyyy"): letters are
    /// dated with the day, month and year only.
    /// </summary>
    public static string WithoutWeekday(string pattern)
    {
        List<DatePatternToken> tokens = Tokenize(pattern);
        int weekday = tokens.FindIndex(t => t.IsWeekday);
        if (weekday < 0)
        {
            return pattern;
        }

        // The separator that tied the weekday to the date goes with it: the one after it when the weekday
        // leads ("dddd, "), the one before it otherwise (" dddd").
        int first = weekday;
        int last = weekday;
        if (weekday == 0)
        {
            while (last + 1 < tokens.Count && IsSeparator(pattern, tokens[last + 1]))
            {
                last++;
            }
        }
        else
        {
            while (first > 0 && IsSeparator(pattern, tokens[first - 1]))
            {
                first--;
            }
        }

        return pattern.Remove(tokens[first].Start, tokens[last].End - tokens[first].Start);
    }

    /// <summary>
    /// The pattern with its day of the month written as <paramref name="firstDay"/>, for dates on the first of a month
    /// ("d MMMM yyyy" becomes "'1er' MMMM yyyy"). A pattern without a day of the month is returned as it is.
    /// </summary>
    public static string WithFirstDay(string pattern, string firstDay)
    {
        // A lone pattern letter is marked custom with '%' ("%d"); the mark is not part of the pattern.
        string bare = pattern.Length == 2 && pattern[0] == '%' ? pattern.Substring(1) : pattern;
        var result = new StringBuilder(bare.Length + firstDay.Length + 2);
        foreach (DatePatternToken token in Tokenize(bare))
        {
            if (token.IsDayOfMonth)
            {
                result.Append('\'').Append(firstDay.Replace("\\", "\\\\").Replace("'", "\\'")).Append('\'');
            }
            else
            {
                result.Append(bare, token.Start, token.Length);
            }
        }

        return result.Length == 1 ? "%" + result : result.ToString();
    }

    /// <summary>
    /// Whether a literal belongs to the day before it, as the period of German "14." or the 日 of Japanese
    /// "14日" do, so that a collapsed range repeats it on both days ("14.-16.").
    /// </summary>
    public static bool AttachesToDay(string pattern, DatePatternToken token)
        => token.Symbol == '\0' && token.Length == 1 && (pattern[token.Start] == '.' || char.IsLetter(pattern[token.Start]));

    private static bool IsSeparator(string pattern, DatePatternToken token)
    {
        if (token.Symbol != '\0' || token.Length != 1)
        {
            return false;
        }

        char c = pattern[token.Start];
        return c is ',' or '،' || char.IsWhiteSpace(c);
    }

    private static int EndOfQuote(string pattern, int open)
    {
        char quote = pattern[open];
        int i = open + 1;
        while (i < pattern.Length && pattern[i] != quote)
        {
            i += pattern[i] == '\\' ? 2 : 1;
        }

        return i + 1;
    }
}
