using System;

namespace LetterDsl.Cli.Rendering;

/// <summary>The formats <c>--format</c> names. Each is one case of <see cref="LetterOutput.Render"/>.</summary>
internal enum OutputFormat
{
    Text,
    Markdown,
    Html,
    Docx,
    Pdf,
}

internal static class OutputFormats
{
    /// <summary>What <c>--format</c> accepts, for its help.</summary>
    public const string Names = "text|markdown|html|docx|pdf";

    public static OutputFormat Parse(string value) => value.ToLowerInvariant() switch
    {
        "text" or "txt" => OutputFormat.Text,
        "markdown" or "md" => OutputFormat.Markdown,
        "html" => OutputFormat.Html,
        "docx" => OutputFormat.Docx,
        "pdf" => OutputFormat.Pdf,
        _ => throw CliException.Input($"--format: unknown format '{value}'; use {Names.Replace("|", ", ", StringComparison.Ordinal)}."),
    };

    /// <summary>The file extension for <paramref name="format"/>, with the dot.</summary>
    public static string Extension(OutputFormat format) => format switch
    {
        OutputFormat.Text => ".txt",
        OutputFormat.Markdown => ".md",
        OutputFormat.Html => ".html",
        OutputFormat.Docx => ".docx",
        OutputFormat.Pdf => ".pdf",
        _ => throw new ArgumentOutOfRangeException(nameof(format), format, null),
    };
}
