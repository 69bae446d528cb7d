using System;
using System.IO;
using LetterDsl.Cli.Tests.Infrastructure;
using LetterDsl.Testing;

namespace LetterDsl.Cli.Tests;

/// <summary>
/// An app's build fails whenever one of its letters does, so with <c>--project</c> the tool falls back to the last
/// build output. A class of its own, so its two builds run beside <see cref="CheckTests"/>' build.
/// </summary>
public sealed class ProjectFallbackTests
{
    [Fact]
    public void With_project_a_letter_that_breaks_the_app_s_build_is_checked_against_the_last_build_output()
    {
        using var folder = new TempFolder();
        var project = folder.Write("Consumer.csproj", ConsumerFiles.FromSourceProject(RepositoryRoot.Path, treatWarningsAsErrors: false));
        folder.Write("Recipient.cs", "public sealed record Recipient(string Name, string Country);\n");
        var appeal = folder.Write("Letters/Appeal.letter", """
            @letter Appeal
            @param Recipient: Recipient
            @date 2020-12-07
            @salutation Excellency,

            Dear {{ Recipient.Name }} of {{ Recipient.Country }},

            @closing Sincerely,
            @signatory Ada Lovelace

            """);
        folder.Write("Letters/Appeal.values.json", """{ "Recipient": { "Name": "Amara Okonjo", "Country": "Arcadia" } }""");
        Assert.Contains("Dear Amara Okonjo of Arcadia,", CliRun.InProcess("render", appeal, "--project", project).ShouldExit(0).Out, StringComparison.Ordinal);

        File.WriteAllText(appeal, File.ReadAllText(appeal).Replace("Recipient.Name", "Recipient.Nmae", StringComparison.Ordinal));
        var run = CliRun.InProcess("check", "--project", project).ShouldExit(1);

        Assert.Contains("warning: Consumer.csproj did not build, so its last build output is used. The build reported:", run.Error.Replace(folder.Path + Path.DirectorySeparatorChar, "", StringComparison.Ordinal), StringComparison.Ordinal);
        Assert.StartsWith($"{appeal}(6,{"Dear {{ Recipient.".Length + 1}): error CS1061: 'Recipient' does not contain a definition for 'Nmae'", run.Out, StringComparison.Ordinal);
    }
}
