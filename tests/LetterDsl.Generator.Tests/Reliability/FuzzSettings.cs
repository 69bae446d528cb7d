using System;
using System.Globalization;
using System.IO;
using System.Text;

namespace LetterDsl.Generator.Tests.Reliability;

/// <summary>What the fuzz tests share: their settings from environment variables, their reports, and the letters saved for replay.</summary>
internal static class FuzzSettings
{
    /// <summary>The whole number in the environment variable <paramref name="name"/>, or null when it is not set.</summary>
    public static int? Int(string name) =>
        Environment.GetEnvironmentVariable(name) is { Length: > 0 } value ? int.Parse(value, CultureInfo.InvariantCulture) : null;

    /// <summary>Writes <paramref name="summary"/> to the file the environment variable <paramref name="name"/> names, if it is set.</summary>
    public static void Report(string name, string summary)
    {
        if (Environment.GetEnvironmentVariable(name) is { Length: > 0 } path)
        {
            File.WriteAllText(path, summary + "\n");
        }
    }

    /// <summary>Saves a failing letter in <c>$TMPDIR/<paramref name="folder"/></c> and returns its path.</summary>
    public static string SaveLetter(string folder, string fileName, string text)
    {
        var directory = Path.Combine(Path.GetTempPath(), folder);
        Directory.CreateDirectory(directory);
        var saved = Path.Combine(directory, fileName);
        File.WriteAllText(saved, text, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
        return saved;
    }
}
