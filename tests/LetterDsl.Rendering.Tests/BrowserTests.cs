using System;
using System.Buffers.Binary;
using System.IO;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using CoalitionLetters;
using LetterDsl.Testing;

namespace LetterDsl.Rendering.Tests;

/// <summary>The HTML as a real browser sees it: laid out on a page, and with hostile values that must stay text.</summary>
public class BrowserTests
{
    private const string Payload = "<img src=x onerror=\"document.title='pwned'\">";
    private const string ScriptPayload = "<script>document.title='pwned'</script>";

    [ChromiumFact]
    public void The_2020_letter_is_screenshotted_into_the_docs()
    {
        using var work = new TempDirectory();
        string page = work.File("letter-2020.html");
        File.WriteAllText(page, SeedLetters.Asp2020().ToHtml(new HtmlOptions { Title = "Appeal before the 19th session of the Assembly" }));
        string screenshot = work.File("letter-2020.png");

        var arguments = ExternalTool.ChromiumArguments(work.File("profile"));
        arguments.AddRange(new[] { "--hide-scrollbars", "--screenshot=" + screenshot, "--window-size=1240,2600", new Uri(page).AbsoluteUri });
        var (exit, _, errors) = ExternalTool.Run(ExternalTool.Chromium, arguments);

        Assert.True(exit == 0, errors);
        byte[] png = File.ReadAllBytes(screenshot);
        Assert.Equal(new byte[] { 0x89, (byte)'P', (byte)'N', (byte)'G' }, png[..4]);
        Assert.Equal((1240, 2600), (BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(16)), BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(20))));
        // A blank white page of this size compresses to a few kilobytes; a page of text does not.
        Assert.True(png.Length > 50_000, $"the screenshot is only {png.Length} bytes: is the page blank?");

        // The picture in docs/ is refreshed on request only, so a test run never dirties the working tree.
        if (Environment.GetEnvironmentVariable("LETTERDSL_UPDATE_SCREENSHOT") == "1")
        {
            File.Copy(screenshot, Path.Combine(RepoPaths.Docs, "letter-2020.png"), overwrite: true);
        }
    }

    [ChromiumFact]
    public void Markup_in_values_does_not_run_in_the_browser_and_shows_as_text()
    {
        var recipient = Recipients.Sample with { Name = Payload, Country = ScriptPayload };

        IDocument dom = DumpDom(MinisterLetters.For(recipient).ToHtml(new HtmlOptions { Title = "Safe" }));

        Assert.Equal("Safe", dom.Title);
        Assert.Empty(dom.QuerySelectorAll("img"));
        Assert.Empty(dom.QuerySelectorAll("script"));
        string address = dom.QuerySelector("address.letter-recipient")!.TextContent;
        Assert.Contains("H.E. Ms. " + Payload, address);
        Assert.Contains(ScriptPayload, address);
        Assert.Contains("as Minister of Foreign Affairs of " + ScriptPayload + " ahead of", dom.QuerySelector("article")!.TextContent);
    }

    [ChromiumFact]
    public void The_same_payloads_unescaped_do_run_so_the_check_above_can_fail()
    {
        IDocument dom = DumpDom($"<!DOCTYPE html><html><head><title>Safe</title></head><body>{Payload}</body></html>");
        IDocument script = DumpDom($"<!DOCTYPE html><html><head><title>Safe</title></head><body>{ScriptPayload}</body></html>");

        Assert.Equal("pwned", dom.Title);
        Assert.Equal("pwned", script.Title);
    }

    private static IDocument DumpDom(string html)
    {
        using var work = new TempDirectory();
        string page = work.File("page.html");
        File.WriteAllText(page, html);
        var arguments = ExternalTool.ChromiumArguments(work.File("profile"));
        // Virtual time lets the broken image's error event fire before the DOM is dumped.
        arguments.AddRange(new[] { "--virtual-time-budget=3000", "--dump-dom", new Uri(page).AbsoluteUri });
        var (exit, output, errors) = ExternalTool.Run(ExternalTool.Chromium, arguments);
        Assert.True(exit == 0, errors);
        return new HtmlParser().ParseDocument(output);
    }
}
