using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using AngleSharp.Html.Parser;
using CoalitionLetters;
using LetterDsl.Testing;

namespace LetterDsl.Rendering.Tests;

/// <summary>
/// The sample program prints the seed letters, rebuilt from typed parameters, in each format (MarkdownFormatTests
/// compares the letters themselves with the seeds).
/// </summary>
public sealed class SampleProgramTests
{
    [Fact]
    public void ProgramPrintsBothSeedsVerbatimInMarkdownByDefault()
    {
        var (exitCode, output) = RunProgram();

        Assert.Equal(0, exitCode);
        var normalized = SeedNormalizer.Normalize(output);
        Assert.Contains(NormalizedSeed(SeedFiles.Letter2010), normalized, StringComparison.Ordinal);
        Assert.Contains(NormalizedSeed(SeedFiles.Letter2020), normalized, StringComparison.Ordinal);
    }

    [Fact]
    public void ProgramPrintsPlainTextWithFormatText()
    {
        var (exitCode, output) = RunProgram("--format", "text");

        Assert.Equal(0, exitCode);
        Assert.Contains("Unconditional commitment to the ICC", output, StringComparison.Ordinal);
        Assert.DoesNotContain("**", output, StringComparison.Ordinal);
    }

    [Fact]
    public void ProgramPrintsBothLettersOnOneValidHtmlPageWithFormatHtml()
    {
        var (exitCode, output) = RunProgram("--format", "html");

        Assert.Equal(0, exitCode);
        var errors = new List<string>();
        var parser = new HtmlParser();
        parser.Error += (_, e) => errors.Add(((AngleSharp.Html.Dom.Events.HtmlErrorEvent)e).Message);
        var document = parser.ParseDocument(output);

        Assert.Empty(errors);
        Assert.StartsWith("<!DOCTYPE html>\n", output, StringComparison.Ordinal);
        Assert.Single(document.QuerySelectorAll("html"));
        Assert.Single(document.QuerySelectorAll("title"));
        Assert.Equal(2, document.QuerySelectorAll("body > article.letter").Length);
        Assert.Contains("<strong>Unconditional commitment</strong>", output, StringComparison.Ordinal);
        Assert.DoesNotContain("**", output, StringComparison.Ordinal);
    }

    [Fact]
    public void ProgramPrintsTheThreeLayoutLettersWithLettersLayouts()
    {
        var (exitCode, output) = RunProgram("--letters", "layouts", "--format", "text");

        Assert.Equal(0, exitCode);
        Assert.Equal(
            string.Join("\n---\n\n", LayoutLetters.All().Select(letter => letter.ToText())),
            output);
    }

    private static string NormalizedSeed(string fileName) => SeedNormalizer.Normalize(SeedFiles.Read(fileName));

    private static (int ExitCode, string Output) RunProgram(params string[] args)
    {
        // Only this class redirects the console, and xunit runs one class's tests one at a time.
        var original = Console.Out;
        var captured = new StringWriter();
        Console.SetOut(captured);
        try
        {
            return (Program.Main(args), captured.ToString());
        }
        finally
        {
            Console.SetOut(original);
        }
    }
}
