using System;
using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Reflection;
using System.Text;

namespace LetterDsl;

/// <summary>
/// A file-name template such as <c>"{Country}-{Name}"</c>, resolved against the public instance properties of
/// <typeparamref name="T"/>. Values are formatted with the invariant culture; <c>{Date:yyyy-MM-dd}</c> passes a
/// format to an <see cref="IFormattable"/> value, and a null value writes nothing.
/// </summary>
/// <remarks>
/// The resolved name is made safe on Windows, macOS and Linux alike (see <see cref="FileNames.Escape"/>): the
/// characters <c>&lt; &gt; : " / \ | ?  *</c> and control characters become <c>_</c>, so a value can never name
/// another folder; leading and trailing spaces and trailing dots are dropped; a reserved Windows device name
/// (<c>CON</c>, <c>NUL</c>, <c>COM1</c>…) gets a leading <c>_</c>; an empty name becomes <c>_</c>; and a name is cut
/// to 120 characters.
/// </remarks>
/// <typeparam name="T">The recipient type.</typeparam>
public sealed class FileNameTemplate<[DynamicallyAccessedMembers(DynamicallyAccessedMemberTypes.PublicProperties)] T>
{
    private readonly List<(string? Literal, PropertyInfo? Property, string? Format)> _parts = new();

    /// <summary>Parses <paramref name="template"/>.</summary>
    /// <exception cref="ArgumentException">A brace is not closed or not escaped, a placeholder is empty, or names a
    /// property that <typeparamref name="T"/> has not; the message says which, and where.</exception>
    public FileNameTemplate(string template)
    {
        ArgumentNullException.ThrowIfNull(template);
        Template = template;
        var literal = new StringBuilder();
        int i = 0;
        while (i < template.Length)
        {
            char c = template[i];
            if ((c == '{' || c == '}') && i + 1 < template.Length && template[i + 1] == c)
            {
                literal.Append(c);
                i += 2;
                continue;
            }

            if (c == '}')
            {
                throw Error(template, i, "a '}' without its '{' (write '}}' for a literal brace)");
            }

            if (c != '{')
            {
                literal.Append(c);
                i++;
                continue;
            }

            int close = template.IndexOf('}', i + 1);
            if (close < 0)
            {
                throw Error(template, i, "a '{' that is not closed (write '{{' for a literal brace)");
            }

            if (literal.Length > 0)
            {
                _parts.Add((literal.ToString(), null, null));
                literal.Clear();
            }

            _parts.Add(Placeholder(template, i, template[(i + 1)..close]));
            i = close + 1;
        }

        if (literal.Length > 0)
        {
            _parts.Add((literal.ToString(), null, null));
        }
    }

    /// <summary>The template as written.</summary>
    public string Template { get; }

    /// <summary>The escaped file name, without extension, for <paramref name="recipient"/>.</summary>
    public string Resolve(T recipient)
    {
        var name = new StringBuilder();
        foreach ((string? literal, PropertyInfo? property, string? format) in _parts)
        {
            if (literal is not null)
            {
                name.Append(literal);
                continue;
            }

            object? value = property!.GetValue(recipient);
            name.Append(value is IFormattable formattable
                ? formattable.ToString(format, CultureInfo.InvariantCulture)
                : Convert.ToString(value, CultureInfo.InvariantCulture));
        }

        return FileNames.Escape(name.ToString());
    }

    private static (string?, PropertyInfo?, string?) Placeholder(string template, int position, string content)
    {
        int colon = content.IndexOf(':');
        string name = (colon < 0 ? content : content[..colon]).Trim();
        string? format = colon < 0 ? null : content[(colon + 1)..];
        if (name.Length == 0)
        {
            throw Error(template, position, "an empty placeholder");
        }

        PropertyInfo? property = typeof(T).GetProperty(name, BindingFlags.Public | BindingFlags.Instance);
        if (property is null || property.GetIndexParameters().Length > 0 || property.GetMethod is null)
        {
            var names = new List<string>();
            foreach (PropertyInfo candidate in typeof(T).GetProperties(BindingFlags.Public | BindingFlags.Instance))
            {
                names.Add(candidate.Name);
            }

            names.Sort(StringComparer.Ordinal);
            throw Error(template, position, $"'{name}', which is not a public property of {typeof(T).Name} (it has: {string.Join(", ", names)})");
        }

        return (null, property, format);
    }

    private static ArgumentException Error(string template, int position, string what) =>
        new($"The file-name template \"{template}\" has {what} at position {position.ToString(CultureInfo.InvariantCulture)}.", "template");
}
