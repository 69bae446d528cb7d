using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Reflection;
using System.Text.Json;

namespace LetterDsl.Cli.Values;

/// <summary>
/// A System.Text.Json error path (<c>$.Recipient.Name</c>, <c>$[2]</c>, <c>$['a b']</c>) split into steps, to find
/// the JSON value it points at and the .NET type expected there.
/// </summary>
internal sealed class JsonPathSegments
{
    private readonly List<(string? Name, int Index)> _steps = new();

    public JsonPathSegments(string? path)
    {
        var text = path ?? "$";
        var i = text.StartsWith('$') ? 1 : 0;
        while (i < text.Length)
        {
            if (text[i] == '.')
            {
                var end = text.IndexOfAny(new[] { '.', '[' }, i + 1);
                end = end < 0 ? text.Length : end;
                _steps.Add((text[(i + 1)..end], -1));
                i = end;
            }
            else if (text[i] == '[' && i + 1 < text.Length && text[i + 1] == '\'')
            {
                var end = text.IndexOf("']", i + 2, StringComparison.Ordinal);
                end = end < 0 ? text.Length : end;
                _steps.Add((text[(i + 2)..end], -1));
                i = Math.Min(text.Length, end + 2);
            }
            else if (text[i] == '[')
            {
                var end = text.IndexOf(']', i);
                end = end < 0 ? text.Length : end;
                _steps.Add((null, int.TryParse(text[(i + 1)..end], NumberStyles.None, CultureInfo.InvariantCulture, out var index) ? index : 0));
                i = Math.Min(text.Length, end + 1);
            }
            else
            {
                break;
            }
        }
    }

    /// <summary>The path as written after <c>$</c>, to append to the parameter's own path.</summary>
    public string Suffix => string.Concat(_steps.Select(s => s.Name is null ? $"[{s.Index}]" : "." + s.Name));

    /// <summary>The value the path points at under <paramref name="root"/>, or <paramref name="root"/> when it does not lead anywhere.</summary>
    public JsonElement Find(JsonElement root)
    {
        var current = root;
        foreach (var (name, index) in _steps)
        {
            if (name is not null && current.ValueKind == JsonValueKind.Object
                && current.EnumerateObject().FirstOrDefault(p => p.Name.Equals(name, StringComparison.OrdinalIgnoreCase)) is { Value.ValueKind: not JsonValueKind.Undefined } property)
            {
                current = property.Value;
            }
            else if (name is null && current.ValueKind == JsonValueKind.Array && index < current.GetArrayLength())
            {
                current = current[index];
            }
            else
            {
                return root;
            }
        }

        return current;
    }

    /// <summary>The .NET type expected at the path, walking properties, constructor parameters and item types; null when lost.</summary>
    public Type? TypeUnder(Type root)
    {
        Type? current = root;
        foreach (var (name, _) in _steps)
        {
            if (current is null)
            {
                return null;
            }

            var type = Nullable.GetUnderlyingType(current) ?? current;
            current = name is null ? TypeDescriptions.ElementType(type) : MemberType(type, name);
        }

        return current;
    }

    private static Type? MemberType(Type type, string name)
    {
        if (type == typeof(DateRange))
        {
            // The range's JSON members are its constructor's, lower-cased.
            return typeof(DateOnly);
        }

        var property = type.GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .FirstOrDefault(p => p.Name.Equals(name, StringComparison.OrdinalIgnoreCase));
        return property?.PropertyType ?? type.GetConstructors()
            .SelectMany(c => c.GetParameters())
            .FirstOrDefault(p => string.Equals(p.Name, name, StringComparison.OrdinalIgnoreCase))?.ParameterType;
    }
}
