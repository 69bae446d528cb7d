using System.Collections.Generic;
using System.Text.RegularExpressions;
using LetterDsl.Testing;

namespace LetterDsl.Rendering.Tests;

/// <summary>Facts read straight from the seed letters, to compare the renderings with.</summary>
public static partial class SeedText
{
    /// <summary>The <c>**…**</c> spans of a seed, in order, without their markers.</summary>
    public static List<string> BoldSpans(string seed)
    {
        var spans = new List<string>();
        foreach (Match match in Bold().Matches(SeedFiles.Read(seed)))
        {
            spans.Add(match.Groups[1].Value);
        }

        return spans;
    }

    /// <summary>The seed with its emphasis markers removed: what plain text should say.</summary>
    public static string WithoutEmphasis(string seed) => SeedFiles.Read(seed).Replace("**", string.Empty).Replace("*", string.Empty);

    [GeneratedRegex(@"\*\*(.+?)\*\*", RegexOptions.Singleline)]
    private static partial Regex Bold();
}
