using System;

namespace LetterDsl.Cli.Rendering;

/// <summary>The formats <c>--format</c> names. Each is one case of <see cref="LetterOutput.Render"/>.</summary>
internal enum OutputFormat
{
    Text,
    Markdown,
    Html,
    Docx,
}

internal static class OutputFormats
{
    /// <summary>What <c>--format</c> accepts, for its help.</summary>
    public const string Names = "text|markdown|html|docx";

    public static OutputFormat Parse(string value) => value.ToLowerInvariant() switch
    {
        "text" or "txt" => OutputFormat.Text,
        "markdown" or "md" => OutputFormat.Markdown,
        "html" => OutputFormat.Html,
        "docx" => OutputFormat.Docx,
        // Named here so users learn it is coming rather than misspelled; the PDF package adds it as one more case.
        "pdf" => throw CliException.Input("--format pdf is not available yet: PDF output comes with the LetterDsl.Pdf package. Use text, markdown, html or docx."),
        _ => throw CliException.Input($"--format: unknown format '{value}'; use {Names.Replace("|", ", ", StringComparison.Ordinal)}."),
    };

    /// <summary>The file extension for <paramref name="format"/>, with the dot.</summary>
    public static string Extension(OutputFormat format) => format switch
    {
        OutputFormat.Text => ".txt",
        OutputFormat.Markdown => ".md",
        OutputFormat.Html => ".html",
        OutputFormat.Docx => ".docx",
        _ => throw new ArgumentOutOfRangeException(nameof(format), format, null),
    };
}
