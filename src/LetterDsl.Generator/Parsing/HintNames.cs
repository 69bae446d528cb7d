using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Text;

namespace LetterDsl.Generator.Parsing;

/// <summary>Names derived from a letter's path: the default class name and namespace (as Razor derives them) and a hint name unique per path.</summary>
internal static class HintNames
{
    public static string For(string filePath, string? projectDirectory, string className)
    {
        var relative = RelativePath(filePath, projectDirectory) ?? filePath.Replace('\\', '/');
        return Sanitize(className.TrimStart('@')) + "." + Fnv1a(relative).ToString("x8", CultureInfo.InvariantCulture) + ".g.cs";
    }

    /// <summary>"asp19-appeal" becomes "Asp19Appeal".</summary>
    public static string PascalCase(string name)
    {
        var builder = new StringBuilder(name.Length);
        var upper = true;
        foreach (var c in name)
        {
            if (!char.IsLetterOrDigit(c) && c != '_')
            {
                upper = true;
                continue;
            }

            builder.Append(upper ? char.ToUpperInvariant(c) : c);
            upper = false;
        }

        return builder.ToString();
    }

    /// <summary>Keeps letters, digits and '_' so the result is usable in identifiers and hint names.</summary>
    public static string Sanitize(string name)
    {
        var builder = new StringBuilder(name.Length);
        foreach (var c in name)
        {
            builder.Append(c < 128 && (char.IsLetterOrDigit(c) || c == '_') ? c : '_');
        }

        return builder.Length == 0 ? "_" : builder.ToString();
    }

    /// <summary>RootNamespace plus the folders between the project and the file, each made a valid identifier.</summary>
    public static string? DefaultNamespace(string filePath, string? rootNamespace, string? projectDirectory)
    {
        var parts = new List<string>();
        if (!string.IsNullOrWhiteSpace(rootNamespace))
        {
            parts.Add(rootNamespace!.Trim());
        }

        var relative = RelativePath(filePath, projectDirectory);
        if (relative is not null)
        {
            var folders = relative.Split('/');
            for (var i = 0; i < folders.Length - 1; i++)
            {
                if (folders[i].Length == 0)
                {
                    continue;
                }

                var folder = Sanitize(folders[i]);
                parts.Add(char.IsDigit(folder[0]) || Identifiers.IsKeyword(folder) ? "_" + folder : folder);
            }
        }

        return parts.Count == 0 ? null : string.Join(".", parts);
    }

    private static string? RelativePath(string filePath, string? projectDirectory)
    {
        if (string.IsNullOrEmpty(projectDirectory))
        {
            return null;
        }

        var file = filePath.Replace('\\', '/');
        var directory = projectDirectory!.Replace('\\', '/');
        if (!directory.EndsWith("/", StringComparison.Ordinal))
        {
            directory += "/";
        }

        return file.StartsWith(directory, StringComparison.OrdinalIgnoreCase) ? file.Substring(directory.Length) : null;
    }

    // string.GetHashCode is randomized per process; hint names must be the same in every build.
    private static uint Fnv1a(string text)
    {
        var hash = 2166136261u;
        foreach (var c in text)
        {
            hash = unchecked((hash ^ c) * 16777619u);
        }

        return hash;
    }
}
