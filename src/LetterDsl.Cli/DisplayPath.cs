using System;
using System.IO;

namespace LetterDsl.Cli;

/// <summary>Paths in messages: relative to the current folder when the file is under it, as the user typed it, else full.</summary>
internal static class DisplayPath
{
    public static string Of(string path)
    {
        var full = Path.GetFullPath(path);
        var relative = Path.GetRelativePath(Environment.CurrentDirectory, full);
        return relative.StartsWith("..", StringComparison.Ordinal) || Path.IsPathRooted(relative) ? full : relative;
    }
}
