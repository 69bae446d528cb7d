using System;
using System.Diagnostics;
using System.IO;
using System.Text;
using System.Threading.Tasks;
using CoalitionLetters;
using LetterDsl.Cli.Tests.Infrastructure;
using LetterDsl.Testing;

namespace LetterDsl.Cli.Tests;

/// <summary>The real tool, started as a process: what a user, a pre-commit hook or a script sees.</summary>
public sealed class BuiltToolTests
{
    [Fact]
    public async Task The_readme_example_prints_the_generated_class_s_text_byte_for_byte()
    {
        using var tool = ToolProcess.Start(RepositoryRoot.Path, "render", "samples/CoalitionLetters/Letters/Asp19Appeal.letter", "--format", "text");

        var (exitCode, output, error) = await tool.Exit();

        Assert.True(exitCode == 0, error);
        Assert.Equal(Encoding.UTF8.GetBytes(SeedLetters.Asp2020().ToText()), output);
    }

    [Fact]
    public async Task A_missing_letter_is_a_message_and_exit_code_2()
    {
        using var tool = ToolProcess.Start(RepositoryRoot.Path, "render", "samples/Nowhere.letter");

        var (exitCode, output, error) = await tool.Exit();

        Assert.Equal(2, exitCode);
        Assert.Empty(output);
        Assert.Equal("error: samples/Nowhere.letter: no such letter file.\n", error);
    }

    [Fact]
    public async Task Check_on_a_broken_letter_exits_with_1()
    {
        using var folder = new TempFolder();
        var letter = folder.Write("Letters/Undated.letter", string.Format(LetterDsl.Testing.ConsumerFiles.UndatedLetter, "Undated"));
        using var tool = ToolProcess.Start(folder.Path, "check", "Letters");

        var (exitCode, output, _) = await tool.Exit();

        Assert.Equal(1, exitCode);
        Assert.StartsWith($"{letter}(2,1): error LTR002: ", Encoding.UTF8.GetString(output), StringComparison.Ordinal);
    }

    [UnixFact]
    public async Task Watch_stops_with_0_on_ctrl_c()
    {
        using var folder = new TempFolder();
        var letter = folder.Write("Kampala.letter", File.ReadAllText(Samples.Kampala));
        folder.Write("Kampala.values.json", File.ReadAllText(Path.Combine(Samples.LettersFolder, "KampalaReviewConference.values.json")));
        using var tool = ToolProcess.Start(folder.Path, "watch", letter, "--out", Path.Combine(folder.Path, "Kampala.html"));
        await Eventually.True(() => tool.OutText().Contains("press Ctrl+C to stop.", StringComparison.Ordinal), tool.OutText);

        using (var kill = Process.Start("kill", new[] { "-s", "INT", tool.Id.ToString(System.Globalization.CultureInfo.InvariantCulture) }))
        {
            await kill.WaitForExitAsync();
        }

        var (exitCode, output, error) = await tool.Exit();

        Assert.True(exitCode == 0, error);
        Assert.EndsWith("Stopped watching.\n", Encoding.UTF8.GetString(output), StringComparison.Ordinal);
    }
}

/// <summary>A test that sends a signal with kill(1); skipped, saying so, on Windows.</summary>
public sealed class UnixFactAttribute : FactAttribute
{
    public UnixFactAttribute()
    {
        if (OperatingSystem.IsWindows())
        {
            Skip = "Sends SIGINT with kill(1), which Windows lacks.";
        }
    }
}
