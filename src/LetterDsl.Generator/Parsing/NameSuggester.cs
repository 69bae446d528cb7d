using System;
using System.Collections.Generic;

namespace LetterDsl.Generator.Parsing;

/// <summary>Finds the closest known name for "did you mean" hints, by edit distance.</summary>
internal static class NameSuggester
{
    /// <summary>Returns "; did you mean 'X'?" to end a message with, or "." when no name is close.</summary>
    public static string DidYouMean(string actual, IEnumerable<string> candidates, string prefix = "") =>
        Ending(Closest(actual, candidates), prefix);

    /// <summary>The end of a message that may suggest <paramref name="best"/>.</summary>
    public static string Ending(string? best, string prefix = "") => best is null ? "." : $"; did you mean '{prefix}{best}'?";

    public static string? Closest(string actual, IEnumerable<string> candidates)
    {
        string? best = null;
        var bestDistance = int.MaxValue;
        foreach (var candidate in candidates)
        {
            var distance = string.Equals(candidate, actual, StringComparison.OrdinalIgnoreCase)
                ? 0
                : Distance(actual.ToLowerInvariant(), candidate.ToLowerInvariant());
            if (distance < bestDistance || (distance == bestDistance && string.CompareOrdinal(candidate, best) < 0))
            {
                best = candidate;
                bestDistance = distance;
            }
        }

        // Suggest only names a typo away: one edit for short names, a third of the length for long ones.
        var allowed = Math.Max(1, actual.Length / 3);
        return best is not null && bestDistance <= allowed ? best : null;
    }

    private static int Distance(string a, string b)
    {
        if (a.Length > 64 || b.Length > 64)
        {
            return int.MaxValue;
        }

        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++)
        {
            previous[j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }

            (previous, current) = (current, previous);
        }

        return previous[b.Length];
    }
}
