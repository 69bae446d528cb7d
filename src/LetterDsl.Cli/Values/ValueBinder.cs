using System;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace LetterDsl.Cli.Values;

/// <summary>
/// Creates a generated letter from JSON: each JSON property sets the init property of the same name (any case),
/// deserialized as the property's type. It reports every problem at once, each with the file, the JSON path, the
/// parameter and what was expected; parameters the JSON leaves out keep their defaults.
/// </summary>
internal static class ValueBinder
{
    private const int MaxShownValueLength = 60;

    public static ILetter Create(Type letterType, ValuesFile values)
    {
        var parameters = LetterParameter.Of(letterType);
        var byName = parameters.ToDictionary(p => p.Name, StringComparer.OrdinalIgnoreCase);
        var given = new List<(LetterParameter Parameter, JsonProperty Json)>();
        var problems = new List<string>();

        if (values.Root is { } root)
        {
            if (root.ValueKind != JsonValueKind.Object)
            {
                throw CliException.Input($"{values.Label}: $: expected an object with {letterType.Name}'s parameters ({ParameterList(parameters)}), got {Shown(root)}");
            }

            foreach (var property in root.EnumerateObject())
            {
                if (!byName.TryGetValue(property.Name, out var parameter))
                {
                    problems.Add($"{values.Label}: $.{property.Name}: {letterType.Name} has no parameter '{property.Name}'{NameSuggestions.Hint(property.Name, byName.Keys)}; its parameters are {ParameterList(parameters)}");
                }
                else if (given.Any(g => g.Parameter == parameter))
                {
                    problems.Add($"{values.Label}: $.{property.Name}: parameter '{parameter.Name}' is given twice");
                }
                else
                {
                    given.Add((parameter, property));
                }
            }
        }

        var missing = parameters.Where(p => p.IsRequired && given.All(g => g.Parameter != p)).ToList();
        if (missing.Count > 0)
        {
            var list = string.Join(", ", missing.Select(p => p.Signature));
            problems.Add(values.Root is null
                ? $"{letterType.Name} needs values for its required parameters {list}: write them as JSON in {values.Label} or pass --values <file.json>"
                : $"{values.Label}: missing required parameter{(missing.Count == 1 ? "" : "s")} of {letterType.Name}: {list}");
        }

        var letter = (ILetter)Activator.CreateInstance(letterType)!;
        var options = SerializerOptions();
        foreach (var (parameter, json) in given)
        {
            if (Convert(parameter, json, values.Label, options, out var value) is { } problem)
            {
                problems.Add(problem);
                continue;
            }

            try
            {
                // Init setters are ordinary methods to reflection; required members are a compile-time rule only.
                parameter.Property.SetValue(letter, value);
            }
            catch (TargetInvocationException ex) when (ex.InnerException is { } inner)
            {
                problems.Add($"{values.Label}: $.{json.Name}: {letterType.Name} rejects this value for parameter '{parameter.Name}': {inner.Message}");
            }
        }

        return problems.Count == 0 ? letter : throw CliException.Input(string.Join("\n", problems));
    }

    private static string? Convert(LetterParameter parameter, JsonProperty json, string label, JsonSerializerOptions options, out object? value)
    {
        value = null;
        var path = "$." + json.Name;
        if (json.Value.ValueKind == JsonValueKind.Null)
        {
            return parameter.AcceptsNull ? null : $"{label}: {path}: expected {TypeDescriptions.Describe(parameter.Type)} for parameter '{parameter.Name}', got null";
        }

        try
        {
            value = json.Value.Deserialize(parameter.Type, options);
            return null;
        }
        catch (JsonException ex)
        {
            var segments = new JsonPathSegments(ex.Path);
            var at = segments.Find(json.Value);
            var expected = segments.TypeUnder(parameter.Type) ?? parameter.Type;
            var where = $"{label}: {path}{segments.Suffix}";
            var message = JsonMessages.WithoutPosition(ex.Message);
            if (ex is ValueFormException form)
            {
                return $"{where}: expected {TypeDescriptions.Describe(expected)} for parameter '{parameter.Name}', got {Shown(at)}: {form.Detail}";
            }

            if (message.Contains("could not be mapped", StringComparison.Ordinal) || message.Contains("missing required properties", StringComparison.Ordinal))
            {
                return $"{where}: {message} (parameter '{parameter.Name}')";
            }

            return $"{where}: expected {TypeDescriptions.Describe(expected)} for parameter '{parameter.Name}', got {Shown(at)}";
        }
        catch (Exception ex) when (ex is NotSupportedException or ArgumentException or InvalidOperationException)
        {
            return $"{label}: {path}: parameter '{parameter.Name}' of type {TypeDescriptions.CSharpName(parameter.Type)} cannot be read from JSON: {ex.Message}";
        }
    }

    /// <summary>
    /// Strict where a typo would go unnoticed (unknown members, missing constructor parameters, null for a non-nullable
    /// member), lenient where people write JSON by hand (any case, comments, trailing commas). One instance per letter,
    /// because the serializer caches the letter's types and would keep their collectible assembly alive.
    /// </summary>
    private static JsonSerializerOptions SerializerOptions() => new()
    {
        PropertyNameCaseInsensitive = true,
        ReadCommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
        RespectNullableAnnotations = true,
        RespectRequiredConstructorParameters = true,
        Converters = { new DateRangeJsonConverter(), new SignatoryJsonConverter(), new JsonStringEnumConverter() },
    };

    private static string ParameterList(IReadOnlyList<LetterParameter> parameters) =>
        parameters.Count == 0 ? "none" : string.Join(", ", parameters.Select(p => p.Signature));

    private static string Shown(JsonElement element)
    {
        var raw = string.Join(" ", element.GetRawText().Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        return raw.Length <= MaxShownValueLength ? raw : raw[..MaxShownValueLength] + "…";
    }
}
