using System;
using System.IO;
using System.Text.Json;

namespace LetterDsl.Cli.Values;

/// <summary>The JSON file that holds a letter's values, or its absence when the letter needs none.</summary>
internal sealed class ValuesFile : IDisposable
{
    private readonly JsonDocument? _document;

    private ValuesFile(string label, JsonDocument? document)
    {
        Label = label;
        _document = document;
    }

    /// <summary>The file as messages name it.</summary>
    public string Label { get; }

    /// <summary>The parsed JSON, or null when there is no file.</summary>
    public JsonElement? Root => _document?.RootElement;

    /// <summary>
    /// The file named by <c>--values</c>, or else <c>Name.values.json</c> beside the letter when it exists.
    /// Without either the letter gets no values, which is fine when all its parameters are optional.
    /// </summary>
    public static ValuesFile For(string letterPath, string? valuesOption)
    {
        if (valuesOption is not null)
        {
            return Read(Path.GetFullPath(valuesOption));
        }

        var besideLetter = DefaultPath(letterPath);
        return File.Exists(besideLetter) ? Read(besideLetter) : new ValuesFile(DisplayPath.Of(besideLetter), null);
    }

    /// <summary><c>Letters/Welcome.letter</c> → <c>Letters/Welcome.values.json</c>.</summary>
    public static string DefaultPath(string letterPath) =>
        Path.Combine(Path.GetDirectoryName(Path.GetFullPath(letterPath))!, Path.GetFileNameWithoutExtension(letterPath) + ".values.json");

    public static ValuesFile Read(string fullPath)
    {
        var label = DisplayPath.Of(fullPath);
        if (!File.Exists(fullPath))
        {
            throw CliException.Input($"{label}: no such values file.");
        }

        try
        {
            var options = new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true };
            return new ValuesFile(label, JsonDocument.Parse(File.ReadAllBytes(fullPath), options));
        }
        catch (JsonException ex)
        {
            throw CliException.Input($"{label}({ex.LineNumber + 1},{ex.BytePositionInLine + 1}): not valid JSON: {JsonMessages.WithoutPosition(ex.Message)}");
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw CliException.Input($"{label}: cannot read it: {ex.Message}");
        }
    }

    public void Dispose() => _document?.Dispose();
}
