using System;
using System.IO;
using System.Text;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace LetterDsl.Cli.Compilation;

/// <summary>A <c>.letter</c> file read from disk, handed to the generator as the compiler hands it an AdditionalFiles item.</summary>
internal sealed class LetterText : AdditionalText
{
    private readonly SourceText _text;

    private LetterText(string path, SourceText text)
    {
        Path = path;
        _text = text;
    }

    /// <summary>The full path: the compiler passes AdditionalFiles with full paths, and diagnostics and <c>#line</c> directives carry it.</summary>
    public override string Path { get; }

    public override SourceText GetText(CancellationToken cancellationToken = default) => _text;

    /// <summary>Reads the file now, so a later edit (in watch) is a new text that the generator compares by value.</summary>
    public static LetterText Read(string fullPath)
    {
        try
        {
            return new LetterText(fullPath, SourceText.From(File.ReadAllText(fullPath, Encoding.UTF8), Encoding.UTF8));
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw CliException.Input($"{DisplayPath.Of(fullPath)}: cannot read the letter: {ex.Message}");
        }
    }
}
