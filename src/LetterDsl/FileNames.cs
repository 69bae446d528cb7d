using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;

namespace LetterDsl;

/// <summary>File names that are valid everywhere a merged batch may be copied to.</summary>
public static class FileNames
{
    /// <summary>The longest name <see cref="Escape"/> returns, leaving room for a disambiguating suffix and an
    /// extension within the 255 characters most file systems allow.</summary>
    public const int MaxLength = 120;

    private static readonly HashSet<string> ReservedNames = new(StringComparer.OrdinalIgnoreCase)
    {
        "CON", "PRN", "AUX", "NUL",
        "COM1", "COM2", "COM3", "COM4", "COM5", "COM6", "COM7", "COM8", "COM9",
        "LPT1", "LPT2", "LPT3", "LPT4", "LPT5", "LPT6", "LPT7", "LPT8", "LPT9",
    };

    /// <summary>
    /// Makes <paramref name="name"/> a single valid file name on Windows, macOS and Linux: the characters
    /// <c>&lt; &gt; : " / \ | ? *</c> and control characters become <c>_</c>; leading and trailing spaces and
    /// trailing dots are dropped; a reserved Windows device name gets a leading <c>_</c>; a name longer than
    /// <see cref="MaxLength"/> is cut (never inside a surrogate pair); and an empty name becomes <c>_</c>.
    /// </summary>
    public static string Escape(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        var builder = new StringBuilder(name.Length);
        foreach (char c in name)
        {
            builder.Append(c is '<' or '>' or ':' or '"' or '/' or '\\' or '|' or '?' or '*' || char.IsControl(c) ? '_' : c);
        }

        string escaped = builder.ToString().Trim().TrimEnd('.', ' ');
        if (escaped.Length > MaxLength)
        {
            int cut = char.IsLowSurrogate(escaped[MaxLength]) ? MaxLength - 1 : MaxLength;
            escaped = escaped[..cut].TrimEnd('.', ' ');
        }

        if (escaped.Length == 0)
        {
            return "_";
        }

        int dot = escaped.IndexOf('.');
        return ReservedNames.Contains(dot < 0 ? escaped : escaped[..dot]) ? "_" + escaped : escaped;
    }

    /// <summary>
    /// Returns <paramref name="name"/> + <paramref name="extension"/>, or, when <paramref name="taken"/> already holds
    /// that, the first free <c>name (2)</c>, <c>name (3)</c>…; and adds the result to <paramref name="taken"/>. Give it
    /// a set that ignores case, as <see cref="LetterMerge"/> does, because Windows and macOS file names do.
    /// </summary>
    public static string Disambiguate(string name, string extension, ISet<string> taken)
    {
        ArgumentNullException.ThrowIfNull(name);
        ArgumentNullException.ThrowIfNull(extension);
        ArgumentNullException.ThrowIfNull(taken);
        string candidate = name + extension;
        for (int n = 2; !taken.Add(candidate); n++)
        {
            candidate = string.Create(CultureInfo.InvariantCulture, $"{name} ({n}){extension}");
        }

        return candidate;
    }
}
