using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using LetterDsl.Formatting;

namespace LetterDsl.Generator.Parsing;

/// <summary>
/// Checks <c>@culture</c> names against the culture list compiled into the generator (<c>Parsing/CultureNames.txt</c>),
/// not against the machine that builds: a compiler in globalization-invariant mode knows no cultures, and machines
/// with other ICU versions know slightly different ones, yet a letter must build the same everywhere.
/// </summary>
internal static class CultureNames
{
    private const string ResourceName = "LetterDsl.Generator.CultureNames.txt";

    private static readonly Lazy<Dictionary<string, string>> s_known = new(Load);

    /// <summary>The names a "did you mean" suggests: the cultures with conventions of their own.</summary>
    public static IEnumerable<string> Common =>
        CultureConventions.All.Select(row => row.Name).Where(name => name != CultureConventions.OtherName).OrderBy(name => name, StringComparer.Ordinal);

    /// <summary>True when <paramref name="name"/> is a known culture, whatever its case; <paramref name="canonical"/> is its usual spelling ("en-GB").</summary>
    public static bool TryGetCanonical(string name, out string canonical)
    {
        if (s_known.Value.TryGetValue(name, out var known))
        {
            canonical = known;
            return true;
        }

        canonical = name;
        return false;
    }

    private static Dictionary<string, string> Load()
    {
        var names = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        using var stream = typeof(CultureNames).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException("The generator lacks its culture list, " + ResourceName + ".");
        using var reader = new StreamReader(stream);
        while (reader.ReadLine() is { } line)
        {
            if (line.Length > 0 && line[0] != '#')
            {
                names[line] = line;
            }
        }

        return names;
    }
}
