using System;
using System.IO;

namespace LetterDsl.Cli;

/// <summary>Writes a file so a reader (a browser polling the preview) sees the old content or the new, never half of it.</summary>
internal static class AtomicFile
{
    public static void Write(string path, byte[] bytes)
    {
        var full = Path.GetFullPath(path);
        var directory = Path.GetDirectoryName(full)!;
        var temporary = Path.Combine(directory, "." + Path.GetFileName(full) + "." + Environment.ProcessId + ".tmp");
        try
        {
            Directory.CreateDirectory(directory);
            File.WriteAllBytes(temporary, bytes);
            File.Move(temporary, full, overwrite: true);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            if (File.Exists(temporary))
            {
                File.Delete(temporary);
            }

            throw CliException.Input($"{DisplayPath.Of(full)}: cannot write it: {ex.Message}");
        }
    }
}
