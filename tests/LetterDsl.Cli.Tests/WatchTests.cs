using System;
using System.IO;
using System.Text.RegularExpressions;
using System.Threading;
using System.Threading.Tasks;
using CoalitionLetters;
using LetterDsl.Cli.Tests.Infrastructure;

namespace LetterDsl.Cli.Tests;

/// <summary><c>letterdsl watch</c> re-renders on every save, shows diagnostics while the letter is broken, and stops with 0.</summary>
public sealed class WatchTests
{
    [Fact]
    public async Task Watch_re_renders_after_an_edit_and_shows_the_diagnostics_while_the_letter_is_broken()
    {
        using var folder = new TempFolder();
        var original = File.ReadAllText(Samples.Asp19Appeal);
        var letter = folder.Write("Asp19Appeal.letter", original);
        var values = folder.Write("Asp19Appeal.values.json", File.ReadAllText(Path.Combine(Samples.LettersFolder, "Asp19Appeal.values.json")));
        var preview = Path.Combine(folder.Path, "preview", "Asp19Appeal.html");
        var output = new SharedWriter();
        using var stop = new CancellationTokenSource();
        var watching = CliRun.Start(new[] { "watch", letter, "--out", preview }, binaryOut: false, stop.Token, output);

        // The first render is the generated class's HTML with the reload script before </body>.
        await Eventually.True(() => output.ToString().Contains("press Ctrl+C to stop.", StringComparison.Ordinal), output.ToString);
        var expected = SeedLetters.Asp2020().ToHtml();
        var first = Eventually.Text(preview);
        Assert.StartsWith(expected[..expected.LastIndexOf("</body>", StringComparison.Ordinal)], first, StringComparison.Ordinal);
        Assert.Contains("Asp19Appeal.html.version.js", first, StringComparison.Ordinal);

        // A one-line edit of the letter.
        File.WriteAllText(letter, original.Replace("@closing Sincerely,", "@closing Yours faithfully,", StringComparison.Ordinal));
        await Eventually.True(() => Eventually.Text(preview).Contains("Yours faithfully,", StringComparison.Ordinal), output.ToString);

        // An edit of the values.
        File.WriteAllText(values, File.ReadAllText(values).Replace("\"Session\": 19", "\"Session\": 20", StringComparison.Ordinal));
        await Eventually.True(() => Eventually.Text(preview).Contains("20th session", StringComparison.Ordinal), output.ToString);

        // A broken letter: the page and the console show the diagnostic instead.
        File.WriteAllText(letter, original.Replace("@date {{ Date }}\n", "", StringComparison.Ordinal));
        await Eventually.True(() => Eventually.Text(preview).Contains("error LTR002", StringComparison.Ordinal), output.ToString);
        Assert.Contains($"{letter}(13,1): error LTR002: ", Eventually.Text(preview), StringComparison.Ordinal);

        await stop.CancelAsync();
        var run = await watching;

        Assert.Equal(0, run.ExitCode);
        Assert.Equal("", run.Error);
        Assert.Equal(3, Regex.Matches(run.Out, @"✓ Asp19Appeal\.letter rendered in \d+ ms").Count);
        Assert.Contains($"{letter}(13,1): error LTR002: ", run.Out, StringComparison.Ordinal);
        Assert.Contains("✗ Asp19Appeal.letter does not build (1 error, 1 warning)", run.Out, StringComparison.Ordinal);
        Assert.EndsWith("Stopped watching.\n", run.Out, StringComparison.Ordinal);
    }
}
