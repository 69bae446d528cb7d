using System;
using System.IO;
using System.Text;

namespace LetterDsl.Testing;

/// <summary>
/// Compares text with a checked-in <c>&lt;name&gt;.verified&lt;extension&gt;</c> (generated code, or a letter rendered
/// to a golden file). On a mismatch it writes <c>&lt;name&gt;.received&lt;extension&gt;</c> beside it and fails with the
/// first differing lines; with <c>LETTERDSL_ACCEPT_SNAPSHOTS=1</c> it overwrites the verified file instead.
/// </summary>
public static class Snapshot
{
    public const string AcceptVariable = "LETTERDSL_ACCEPT_SNAPSHOTS";

    private const int ContextLines = 3;

    /// <summary>Matches <paramref name="actual"/> with <c>&lt;directory&gt;/&lt;name&gt;.verified&lt;extension&gt;</c>.</summary>
    public static void Match(string actual, string directory, string name, string extension)
    {
        var verifiedPath = Path.Combine(directory, name + ".verified" + extension);
        var receivedPath = Path.Combine(directory, name + ".received" + extension);
        actual = actual.Replace("\r\n", "\n");

        if (Environment.GetEnvironmentVariable(AcceptVariable) == "1")
        {
            Directory.CreateDirectory(directory);
            File.WriteAllText(verifiedPath, actual, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
            File.Delete(receivedPath);
            return;
        }

        // A checkout with autocrlf may hold CRLF; the snapshot's content is what matters.
        var expected = File.Exists(verifiedPath) ? File.ReadAllText(verifiedPath).Replace("\r\n", "\n") : null;
        if (expected == actual)
        {
            File.Delete(receivedPath);
            return;
        }

        File.WriteAllText(receivedPath, actual, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
        var hint = $"Wrote {receivedPath}. If the change is intended, run the tests with {AcceptVariable}=1 to accept it.";
        Assert.Fail(expected is null
            ? $"No snapshot {verifiedPath} yet. {hint}"
            : $"{name} differs from its snapshot:\n{Diff(expected, actual)}\n{hint}");
    }

    /// <summary>The lines around the first difference, '-' for the snapshot and '+' for the new text.</summary>
    public static string Diff(string expected, string actual)
    {
        var left = expected.Split('\n');
        var right = actual.Split('\n');
        var first = 0;
        while (first < left.Length && first < right.Length && left[first] == right[first])
        {
            first++;
        }

        var builder = new StringBuilder();
        builder.Append("first difference at line ").Append(first + 1).Append('\n');
        for (var i = Math.Max(0, first - ContextLines); i < first; i++)
        {
            builder.Append("  ").Append(left[i]).Append('\n');
        }

        for (var i = first; i < Math.Min(left.Length, first + ContextLines); i++)
        {
            builder.Append("- ").Append(left[i]).Append('\n');
        }

        for (var i = first; i < Math.Min(right.Length, first + ContextLines); i++)
        {
            builder.Append("+ ").Append(right[i]).Append('\n');
        }

        return builder.ToString();
    }
}
