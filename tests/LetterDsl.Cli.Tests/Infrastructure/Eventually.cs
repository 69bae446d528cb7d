using System;
using System.Diagnostics;
using System.IO;
using System.Threading.Tasks;

namespace LetterDsl.Cli.Tests.Infrastructure;

/// <summary>Waits for something another thread or process does, such as watch writing its preview.</summary>
public static class Eventually
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(30);

    public static async Task True(Func<bool> condition, Func<string> whatWasSeen)
    {
        var clock = Stopwatch.StartNew();
        while (!condition())
        {
            Assert.True(clock.Elapsed < Timeout, $"Gave up waiting after {Timeout.TotalSeconds} s. Seen so far:\n{whatWasSeen()}");
            await Task.Delay(50);
        }
    }

    /// <summary>The file's text, or "" while it does not exist.</summary>
    public static string Text(string path)
    {
        try
        {
            return File.ReadAllText(path);
        }
        catch (IOException)
        {
            return "";
        }
    }
}
