using System;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace LetterDsl.Cli.Values;

/// <summary>
/// Reads a <see cref="Signatory"/> through its public constructors, found by reflection, so a constructor with more
/// lines keeps working: <c>{"name": "…", "title": "…", "organization": "…"}</c> calls the longest constructor whose
/// parameters the object's properties name (case-insensitively) and that needs nothing the object lacks. A string
/// <c>"Name | Title | Organization"</c>, as a <c>@signatory</c> line writes it, fills the parameters in order.
/// </summary>
internal sealed class SignatoryJsonConverter : JsonConverter<Signatory>
{
    private static readonly ConstructorInfo[] s_constructors = typeof(Signatory)
        .GetConstructors(BindingFlags.Public | BindingFlags.Instance)
        .Where(c => c.GetParameters() is { Length: > 0 } parameters && parameters[0].ParameterType != typeof(Signatory))
        .OrderByDescending(c => c.GetParameters().Length)
        .ToArray();

    public override Signatory Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        using var document = JsonDocument.ParseValue(ref reader);
        var element = document.RootElement;
        return element.ValueKind switch
        {
            JsonValueKind.String => FromLine(element.GetString()!),
            JsonValueKind.Object => FromObject(element, options),
            _ => throw new JsonException(),
        };
    }

    public override void Write(Utf8JsonWriter writer, Signatory value, JsonSerializerOptions options)
    {
        writer.WriteStartObject();
        foreach (var property in typeof(Signatory).GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.GetIndexParameters().Length == 0))
        {
            writer.WritePropertyName(JsonName(property.Name));
            JsonSerializer.Serialize(writer, property.GetValue(value), property.PropertyType, options);
        }

        writer.WriteEndObject();
    }

    /// <summary>The properties a signatory object may have: the parameters of the longest constructor.</summary>
    public static IReadOnlyList<string> PropertyNames =>
        s_constructors.Length == 0 ? Array.Empty<string>() : s_constructors[0].GetParameters().Select(p => JsonName(p.Name!)).ToArray();

    private static Signatory FromObject(JsonElement element, JsonSerializerOptions options)
    {
        var given = element.EnumerateObject().ToDictionary(p => p.Name, p => p.Value, StringComparer.OrdinalIgnoreCase);
        foreach (var constructor in s_constructors)
        {
            var parameters = constructor.GetParameters();
            var accepts = given.Keys.All(name => parameters.Any(p => string.Equals(p.Name, name, StringComparison.OrdinalIgnoreCase)));
            var complete = parameters.All(p => p.HasDefaultValue || given.ContainsKey(p.Name!));
            if (accepts && complete)
            {
                return Invoke(constructor, parameters.Select(p => given.TryGetValue(p.Name!, out var value)
                    ? JsonSerializer.Deserialize(value, p.ParameterType, options)
                    : p.DefaultValue).ToArray());
            }
        }

        var unknown = given.Keys.Where(name => !s_constructors.Any(c => c.GetParameters().Any(p => string.Equals(p.Name, name, StringComparison.OrdinalIgnoreCase)))).ToList();
        throw new ValueFormException(unknown.Count > 0
            ? $"a signatory has no \"{unknown[0]}\"; it takes {string.Join(", ", PropertyNames.Select(n => "\"" + n + "\""))}"
            : $"a signatory needs at least \"{JsonName(s_constructors.Last().GetParameters()[0].Name!)}\"");
    }

    private static Signatory FromLine(string line)
    {
        var parts = line.Split('|').Select(part => part.Trim()).ToArray();
        // The shortest constructor that takes the parts, so a plain line never needs the extra lines' parameters.
        foreach (var constructor in Enumerable.Reverse(s_constructors))
        {
            var parameters = constructor.GetParameters();
            if (parts.Length <= parameters.Length
                && parameters.Take(parts.Length).All(p => p.ParameterType == typeof(string))
                && parameters.Skip(parts.Length).All(p => p.HasDefaultValue))
            {
                return Invoke(constructor, parameters.Select((p, i) => i < parts.Length ? parts[i] : p.DefaultValue).ToArray());
            }
        }

        throw new ValueFormException($"a signatory line has at most {PropertyNames.Count} parts separated by '|'");
    }

    private static Signatory Invoke(ConstructorInfo constructor, object?[] arguments)
    {
        try
        {
            return (Signatory)constructor.Invoke(arguments);
        }
        catch (TargetInvocationException ex) when (ex.InnerException is ArgumentException argument)
        {
            throw new ValueFormException(argument.Message);
        }
    }

    private static string JsonName(string parameterName) => char.ToLowerInvariant(parameterName[0]) + parameterName[1..];
}
