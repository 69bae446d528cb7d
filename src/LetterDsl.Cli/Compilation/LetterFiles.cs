using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;

namespace LetterDsl.Cli.Compilation;

/// <summary>Finds letters on disk as the build does: every <c>*.letter</c> below a folder, except under bin/, obj/ and hidden folders.</summary>
internal static class LetterFiles
{
    public const string Extension = ".letter";

    /// <summary>The full path of the letter the user named; a missing file or another kind of file is an input error.</summary>
    public static string Require(string path)
    {
        var full = Path.GetFullPath(path);
        if (!File.Exists(full))
        {
            throw CliException.Input(Directory.Exists(full)
                ? $"{path}: is a folder; name a {Extension} file."
                : $"{path}: no such letter file.");
        }

        return full.EndsWith(Extension, StringComparison.OrdinalIgnoreCase)
            ? full
            : throw CliException.Input($"{path}: not a {Extension} file; the generator reads only files that end in {Extension}.");
    }

    /// <summary>The letters in or below <paramref name="path"/>, or the one letter it names, in ordinal order.</summary>
    public static IReadOnlyList<string> Find(string path)
    {
        var full = Path.GetFullPath(path);
        if (File.Exists(full))
        {
            return new[] { Require(path) };
        }

        if (!Directory.Exists(full))
        {
            throw CliException.Input($"{path}: no such folder or letter file.");
        }

        var letters = Below(new DirectoryInfo(full)).OrderBy(p => p, StringComparer.Ordinal).ToList();
        return letters.Count > 0
            ? letters
            : throw CliException.Input($"{path}: no {Extension} files in this folder or below it (bin/, obj/ and hidden folders are skipped).");
    }

    private static IEnumerable<string> Below(DirectoryInfo folder)
    {
        foreach (var file in folder.EnumerateFiles("*" + Extension))
        {
            yield return file.FullName;
        }

        foreach (var child in folder.EnumerateDirectories())
        {
            // The SDK's default items skip build output and hidden folders such as .git; so does the letters' glob.
            if (child.Name is "bin" or "obj" || child.Name.StartsWith('.'))
            {
                continue;
            }

            foreach (var file in Below(child))
            {
                yield return file;
            }
        }
    }
}
