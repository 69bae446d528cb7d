using System;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using LetterDsl.Cli.Tests.Infrastructure;
using LetterDsl.Testing;

namespace LetterDsl.Cli.Tests;

/// <summary><c>letterdsl check</c> reports what <c>dotnet build</c> reports for the letters, line for line, and exits with 1 on an error.</summary>
public sealed partial class CheckTests
{
    [Fact]
    public void Check_reports_the_same_diagnostics_with_the_same_spans_and_messages_as_dotnet_build()
    {
        using var folder = new TempFolder();
        var project = folder.Write("Consumer.csproj", ConsumerFiles.FromSourceProject(RepositoryRoot.Path, treatWarningsAsErrors: false));
        // A framework type, so the letters need nothing from the project's own code and check runs without --project.
        folder.Write("Letters/Appeal.letter", """
            @letter Appeal
            @param Site: Uri
            @date 2020-12-07
            @salutation Excellency,

            Visit {{ Site.Hots }} and {{ Sesion }}.

            @closing Sincerely,
            @signatory Ada Lovelace

            """);
        folder.Write(".editorconfig", """
            root = true

            [Letters/Drafts/*.letter]
            letterdsl_diagnostic.LTR002.severity = none

            [Letters/Strict/*.letter]
            letterdsl_diagnostic.LTR009.severity = error

            """);
        folder.Write("Letters/Undated.letter", string.Format(ConsumerFiles.UndatedLetter, "Undated"));
        folder.Write("Letters/Drafts/UndatedDraft.letter", string.Format(ConsumerFiles.UndatedLetter, "UndatedDraft"));
        folder.Write("Letters/Strict/StrictNotice.letter", string.Format(ConsumerFiles.UnusedParameterLetter, "StrictNotice"));
        folder.Write("Letters/LooseNotice.letter", string.Format(ConsumerFiles.UnusedParameterLetter, "LooseNotice"));
        folder.Write("Letters/Copy/LooseNotice.letter", string.Format(ConsumerFiles.UnusedParameterLetter, "LooseNotice").Replace("@param Session: int\n", "@namespace Consumer.Letters\n@param Session: int\n", StringComparison.Ordinal));

        var build = DotnetCli.Run(folder.Path, new[] { "build", project }.Concat(DotnetCli.BuildSwitches).ToArray());
        var check = CliRun.InProcess("check", folder.Path).ShouldExit(1);

        Assert.NotEqual(0, build.ExitCode);
        var expected = DiagnosticLines(build.Output);
        Assert.Contains(expected, line => line.Contains(": error CS1061: 'Uri' does not contain a definition for 'Hots'", StringComparison.Ordinal));
        Assert.Contains(expected, line => line.Contains(": error LTR023: ", StringComparison.Ordinal));
        Assert.Equal(string.Join("\n", expected), string.Join("\n", DiagnosticLines(check.Out)));
        var errors = expected.Count(line => line.Contains("): error ", StringComparison.Ordinal));
        Assert.Matches($@"\n6 letters checked in \d+ ms: {errors} errors, {expected.Length - errors} warnings\n$", check.Out);
    }

    [Fact]
    public void Letters_that_build_clean_exit_with_0_and_say_how_many_were_checked()
    {
        var run = CliRun.InProcess("check", "--project", Samples.Project, "--no-build", "-c", Samples.Configuration).ShouldExit(0);

        var letters = Directory.GetFiles(Path.GetDirectoryName(Samples.Project)!, "*.letter", SearchOption.AllDirectories).Length;
        Assert.Matches($@"^{letters} letters checked in \d+ ms: 0 errors, 0 warnings\n$", run.Out);
    }

    [Fact]
    public void A_letter_that_uses_the_app_s_types_fails_without_project()
    {
        var run = CliRun.InProcess("check", Samples.MinisterAppeal).ShouldExit(1);

        Assert.StartsWith($"{Samples.MinisterAppeal}(7,19): error CS0246: The type or namespace name 'Recipient' could not be found", run.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void A_folder_without_letters_or_that_does_not_exist_is_an_input_error()
    {
        using var folder = new TempFolder();
        folder.Write("bin/Old.letter", File.ReadAllText(Samples.Kampala));

        var empty = CliRun.InProcess("check", folder.Path).ShouldExit(2);
        var missing = CliRun.InProcess("check", Path.Combine(folder.Path, "nowhere")).ShouldExit(2);

        Assert.Equal($"error: {folder.Path}: no .letter files in this folder or below it (bin/, obj/ and hidden folders are skipped).\n", empty.Error);
        Assert.Equal($"error: {Path.Combine(folder.Path, "nowhere")}: no such folder or letter file.\n", missing.Error);
    }

    /// <summary>Each distinct <c>path(line,col): severity ID: message</c>, less MSBuild's " [project]" suffix, in order.</summary>
    private static string[] DiagnosticLines(string output) =>
        DiagnosticLine().Matches(output)
            .Select(m => m.Groups["diagnostic"].Value)
            .Distinct(StringComparer.Ordinal)
            .Order(StringComparer.Ordinal)
            .ToArray();

    [GeneratedRegex(@"^\s*(?<diagnostic>[^\r\n]+?\(\d+,\d+\): (error|warning) [A-Z]+[0-9]+: [^\r\n]*?)( \[[^\r\n]*\])?\r?$", RegexOptions.Multiline)]
    private static partial Regex DiagnosticLine();
}
