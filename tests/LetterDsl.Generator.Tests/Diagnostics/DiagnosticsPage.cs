using System;
using System.Collections.Generic;
using System.IO;
using System.Text.RegularExpressions;
using LetterDsl.Generator.Tests.Infrastructure;

namespace LetterDsl.Generator.Tests.Diagnostics;

/// <summary>docs/diagnostics.md read as data: its <c>## LTRnnn</c> sections and their Bad and Fixed letters.</summary>
internal static class DiagnosticsPage
{
    private static readonly Lazy<string> s_text = new(() => File.ReadAllText(Path.Combine(RepositoryPaths.Root, "docs", "diagnostics.md")).Replace("\r\n", "\n"));

    private static readonly Regex s_section = new(@"^## (LTR\d{3})\n(.*?)(?=^## |\z)", RegexOptions.Multiline | RegexOptions.Singleline);

    public static string Text => s_text.Value;

    /// <summary>Every <c>## LTRnnn</c> section, by ID, with the section's text after the heading.</summary>
    public static IReadOnlyDictionary<string, string> Sections
    {
        get
        {
            var sections = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (Match match in s_section.Matches(Text))
            {
                sections.Add(match.Groups[1].Value, match.Groups[2].Value);
            }

            return sections;
        }
    }

    /// <summary>The ```letter block that follows <paramref name="label"/> (such as "Bad:") in a section, or null.</summary>
    public static string? Example(string section, string label)
    {
        var match = Regex.Match(section, "^" + Regex.Escape(label) + @"\n\n```letter\n(.*?)```", RegexOptions.Multiline | RegexOptions.Singleline);
        return match.Success ? match.Groups[1].Value : null;
    }
}
