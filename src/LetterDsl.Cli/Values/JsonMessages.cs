using System;

namespace LetterDsl.Cli.Values;

/// <summary>System.Text.Json's messages, less the position it appends, which the tool prints in its own form.</summary>
internal static class JsonMessages
{
    public static string WithoutPosition(string message)
    {
        foreach (var marker in new[] { " Path: ", " LineNumber: " })
        {
            var at = message.IndexOf(marker, StringComparison.Ordinal);
            if (at >= 0)
            {
                message = message[..at];
            }
        }

        return message.Trim();
    }
}
