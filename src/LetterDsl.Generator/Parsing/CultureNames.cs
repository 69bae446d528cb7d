using System;
using System.Collections.Generic;
using System.Globalization;

namespace LetterDsl.Generator.Parsing;

/// <summary>Checks <c>@culture</c> names against the cultures the build machine knows.</summary>
internal static class CultureNames
{
    private static readonly Lazy<HashSet<string>> s_known = new(() =>
    {
        var names = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var culture in CultureInfo.GetCultures(CultureTypes.AllCultures))
        {
            if (culture.Name.Length > 0)
            {
                names.Add(culture.Name);
            }
        }

        return names;
    });

    /// <summary>
    /// True when the name is known. A compiler running in globalization-invariant mode knows no cultures,
    /// so there every name is accepted rather than failing valid letters.
    /// </summary>
    public static bool IsKnown(string name) => s_known.Value.Count < 2 || s_known.Value.Contains(name);

    public static IEnumerable<string> Common => new[] { "de-DE", "en-GB", "en-US", "es-ES", "fr-FR", "it-IT", "nl-NL", "pt-BR" };

    /// <summary>The culture for reading literal dates, or the invariant culture when the machine lacks it.</summary>
    public static CultureInfo Get(string name)
    {
        try
        {
            return CultureInfo.GetCultureInfo(name);
        }
        catch (CultureNotFoundException)
        {
            return CultureInfo.InvariantCulture;
        }
    }
}
