using System;
using System.Collections.Generic;
using System.Text;

namespace LetterDsl;

/// <summary>
/// A person who signs a letter: a name and up to any number of lines under it (titles, office, mission). In a
/// <c>.letter</c> file, <c>@signatory Name | line | line …</c> gives a name and up to five lines.
/// </summary>
/// <remarks>Writers show the name and <see cref="Lines"/>; lines that are <see langword="null"/> or empty (an
/// optional value that was not given) are left out, and a signatory with neither a name nor lines is not shown.
/// Two signatories are equal when their name and lines, as given, are equal.</remarks>
public sealed class Signatory : IEquatable<Signatory>
{
    private readonly string?[] _given;
    private readonly string[] _shown;
    private readonly IReadOnlyList<string> _lines;

    /// <summary>Creates a signatory with a title and an organization, the v1 form of <c>@signatory Name | Title | Organization</c>.</summary>
    /// <param name="name">The signatory's name.</param>
    /// <param name="title">The first line under the name, such as a title or role; optional.</param>
    /// <param name="organization">The second line under the name, such as the organization; optional.</param>
    public Signatory(string name, string? title = null, string? organization = null)
        : this(name, new[] { title, organization })
    {
    }

    /// <summary>Creates a signatory with the given lines under the name.</summary>
    /// <param name="name">The signatory's name.</param>
    /// <param name="lines">The lines under the name, in order; <see langword="null"/> or empty ones are not shown. A
    /// <see langword="null"/> array (which <c>new Signatory(name, null)</c> passes) means no lines.</param>
    public Signatory(string name, params string?[]? lines)
    {
        ArgumentNullException.ThrowIfNull(name);
        lines ??= [];
        Name = name;
        // Trailing nulls are dropped so that "Name | Title" equals "Name | Title |" and the v1 three-field form.
        int length = lines.Length;
        while (length > 0 && lines[length - 1] is null)
        {
            length--;
        }

        _given = lines.AsSpan(0, length).ToArray();
        _shown = Shown(_given);
        _lines = _shown.Length == 0 ? Array.Empty<string>() : Array.AsReadOnly(_shown);
    }

    /// <summary>The signatory's name; empty when a placeholder for it rendered empty.</summary>
    public string Name { get; }

    /// <summary>The first line under the name as given (the title in <c>Name | Title | Organization</c>), or <see langword="null"/>.</summary>
    public string? Title => _given.Length > 0 ? _given[0] : null;

    /// <summary>The second line under the name as given (the organization in <c>Name | Title | Organization</c>), or <see langword="null"/>.</summary>
    public string? Organization => _given.Length > 1 ? _given[1] : null;

    /// <summary>The lines under the name that are shown: the given ones that are neither <see langword="null"/> nor empty, in order.</summary>
    public IReadOnlyList<string> Lines => _lines;

    /// <summary>Whether there is nothing to show: the name is empty and no line is shown.</summary>
    public bool IsBlank => Name.Length == 0 && _shown.Length == 0;

    /// <summary>Shown line <paramref name="index"/>, read without the interface dispatch of <see cref="Lines"/>: a planned render reads it per letter.</summary>
    internal string ShownLine(int index) => _shown[index];

    /// <inheritdoc/>
    public bool Equals(Signatory? other)
    {
        if (other is null)
        {
            return false;
        }

        if (ReferenceEquals(this, other))
        {
            return true;
        }

        return Name == other.Name && _given.AsSpan().SequenceEqual(other._given);
    }

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as Signatory);

    /// <inheritdoc/>
    public override int GetHashCode()
    {
        var hash = new HashCode();
        hash.Add(Name, StringComparer.Ordinal);
        foreach (string? line in _given)
        {
            hash.Add(line, StringComparer.Ordinal);
        }

        return hash.ToHashCode();
    }

    /// <summary>The name and the shown lines, separated by commas ("Melinda Reed, Acting Convenor").</summary>
    public override string ToString()
    {
        var text = new StringBuilder(Name);
        foreach (string line in _lines)
        {
            text.Append(text.Length == 0 ? string.Empty : ", ").Append(line);
        }

        return text.ToString();
    }

    private static string[] Shown(string?[] given)
    {
        int count = 0;
        foreach (string? line in given)
        {
            count += string.IsNullOrEmpty(line) ? 0 : 1;
        }

        if (count == 0)
        {
            return Array.Empty<string>();
        }

        string[] shown = new string[count];
        int index = 0;
        foreach (string? line in given)
        {
            if (!string.IsNullOrEmpty(line))
            {
                shown[index++] = line;
            }
        }

        return shown;
    }
}
