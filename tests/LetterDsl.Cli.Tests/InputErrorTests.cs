using System;
using System.IO;
using LetterDsl.Cli.Tests.Infrastructure;
using LetterDsl.Testing;

namespace LetterDsl.Cli.Tests;

/// <summary>Bad command lines and files: a clear message, exit code 2 (1 for a letter that does not build), never a stack trace.</summary>
public sealed class InputErrorTests
{
    [Fact]
    public void A_letter_file_that_does_not_exist()
    {
        var run = CliRun.InProcess("render", "Letters/Nowhere.letter").ShouldExit(2);

        Assert.Equal("error: Letters/Nowhere.letter: no such letter file.\n", run.Error);
    }

    [Fact]
    public void A_file_that_is_not_a_letter()
    {
        using var folder = new TempFolder();
        var path = folder.Write("notes.txt", "hello");

        var run = CliRun.InProcess("render", path).ShouldExit(2);

        Assert.Equal($"error: {path}: not a .letter file; the generator reads only files that end in .letter.\n", run.Error);
    }

    [Fact]
    public void Pdf_to_a_terminal_is_refused()
    {
        var run = CliRun.InProcess("render", Samples.Asp19Appeal, "--format", "pdf").ShouldExit(2);

        Assert.Equal("error: pdf is a binary format and standard output is a terminal: write it to a file with --out letter.pdf, or pipe it.\n", run.Error);
    }

    [Fact]
    public void An_unknown_format()
    {
        var run = CliRun.InProcess("render", Samples.Asp19Appeal, "--format", "rtf").ShouldExit(2);

        Assert.Equal("error: --format: unknown format 'rtf'; use text, markdown, html, docx, pdf.\n", run.Error);
    }

    [Fact]
    public void Docx_to_a_terminal_is_refused()
    {
        var run = CliRun.InProcess("render", Samples.Asp19Appeal, "--format", "docx").ShouldExit(2);

        Assert.Equal("error: docx is a binary format and standard output is a terminal: write it to a file with --out letter.docx, or pipe it.\n", run.Error);
        Assert.Equal("", run.Out);
    }

    [Fact]
    public void A_width_for_another_format_or_below_one()
    {
        Assert.Equal("error: --width applies to --format text only.\n", CliRun.InProcess("render", Samples.Asp19Appeal, "-f", "html", "--width", "60").ShouldExit(2).Error);
        Assert.Equal("error: --width: 0 is not a column; use 1 or more.\n", CliRun.InProcess("render", Samples.Asp19Appeal, "--width", "0").ShouldExit(2).Error);
    }

    [Fact]
    public void An_unknown_option_or_a_missing_command()
    {
        var unknown = CliRun.InProcess("render", Samples.Asp19Appeal, "--colour").ShouldExit(2);
        Assert.Contains("error: Unrecognized command or argument '--colour'.", unknown.Error, StringComparison.Ordinal);

        var none = CliRun.InProcess().ShouldExit(2);
        Assert.Contains("error: Required command was not provided.", none.Error, StringComparison.Ordinal);
        Assert.Contains("Run 'letterdsl --help'", none.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_letter_that_does_not_build_prints_its_diagnostics_and_exits_with_1()
    {
        using var folder = new TempFolder();
        var letter = folder.Write("Broken.letter", """
            @letter Broken
            @param Session: int
            @salutation Dear members,

            The {{ Sesion | ordinal }} session.

            @closing Sincerely,
            @signatory The Secretary

            """);

        var run = CliRun.InProcess("render", letter).ShouldExit(1);

        Assert.Equal("", run.Out);
        Assert.Contains($"{letter}(3,1): error LTR002: ", run.Error, StringComparison.Ordinal);
        Assert.Contains($"{letter}(5,8): error LTR005: ", run.Error, StringComparison.Ordinal);
        Assert.Contains("did you mean 'Session'?", run.Error, StringComparison.Ordinal);
        Assert.Contains($"error: {letter} does not build (2 errors, 0 warnings); nothing was rendered.", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_project_file_that_does_not_exist()
    {
        var run = CliRun.InProcess("render", Samples.Asp19Appeal, "--project", "Nowhere/App.csproj").ShouldExit(2);

        Assert.Contains("error: Nowhere/App.csproj: no such project file.", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_project_that_does_not_build()
    {
        using var folder = new TempFolder();
        var project = folder.Write("App.csproj", LetterDsl.Testing.ConsumerFiles.Project("Library", ""));
        folder.Write("Broken.cs", "public class Broken { int x = ; }\n");
        folder.Write("Letters/Welcome.letter", File.ReadAllText(Samples.Kampala));

        var run = CliRun.InProcess("check", folder.Path, "--project", project).ShouldExit(2);

        Assert.Contains("App.csproj: the project did not build (dotnet exited with 1), and it has no earlier build output to use:", run.Error, StringComparison.Ordinal);
        Assert.Contains("Broken.cs(1,31): error CS1525: Invalid expression term ';'", run.Error, StringComparison.Ordinal);
    }
}
