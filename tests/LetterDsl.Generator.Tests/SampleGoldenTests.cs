using System;
using System.Collections.Generic;
using System.IO;
using AngleSharp.Html.Parser;
using System.Linq;
using CoalitionLetters;
using LetterDsl.Generator.Tests.Infrastructure;
using LetterDsl.Tests;

namespace LetterDsl.Generator.Tests;

/// <summary>The sample rebuilds both seed letters: its Markdown equals each seed after <see cref="SeedNormalizer"/>.</summary>
public sealed class SampleGoldenTests
{
    private const string Seed2010 = "000_6f2720748feaff1f.txt";
    private const string Seed2020 = "004_ab4f09f7c5eb413a.txt";

    [Fact]
    public void Kampala2010MarkdownEqualsItsSeed() =>
        Assert.Equal(NormalizedSeed(Seed2010), SeedNormalizer.Normalize(SeedLetters.Kampala2010().ToMarkdown()));

    [Fact]
    public void Asp2020MarkdownEqualsItsSeed() =>
        Assert.Equal(NormalizedSeed(Seed2020), SeedNormalizer.Normalize(SeedLetters.Asp2020().ToMarkdown()));

    [Fact]
    public void ProgramPrintsBothSeedsVerbatimInMarkdownByDefault()
    {
        var (exitCode, output) = RunProgram();

        Assert.Equal(0, exitCode);
        var normalized = SeedNormalizer.Normalize(output);
        Assert.Contains(NormalizedSeed(Seed2010), normalized, StringComparison.Ordinal);
        Assert.Contains(NormalizedSeed(Seed2020), normalized, StringComparison.Ordinal);
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

    private static string NormalizedSeed(string fileName) => SeedNormalizer.Normalize(File.ReadAllText(RepositoryPaths.Seed(fileName)));

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
