using System;
using System.Linq;
using LetterDsl.Testing;

namespace LetterDsl.IntegrationTests;

/// <summary>
/// Diagnostics in a real <c>dotnet build</c>: a C# error inside a placeholder is reported in the .letter file through
/// #line, and severities change through a <c>.globalconfig</c> and through LetterDsl's own key in an
/// <c>.editorconfig</c> section, which leaves the letters outside that section untouched.
/// </summary>
[Collection(PackedPackageCollection.Name)]
public sealed class LetterDiagnosticsBuildTests
{
    private readonly PackedPackageFixture _package;

    public LetterDiagnosticsBuildTests(PackedPackageFixture package) => _package = package;

    [Fact]
    public void A_misspelled_member_is_a_CS_error_in_the_letter_and_an_editorconfig_section_changes_only_its_letters()
    {
        var project = CreateProject("diagnostics-editorconfig");
        ConsumerFiles.Write(project, "Recipient.cs", """
            public sealed class Recipient
            {
                public string Name { get; init; } = "";
            }

            """);
        var appeal = ConsumerFiles.Write(project, "Letters/Appeal.letter", """
            @letter Appeal
            @param Recipient: Recipient
            @date 2020-12-07
            @salutation Excellency,

            Dear {{ Recipient.Nmae }},

            @closing Sincerely,
            @signatory Ada Lovelace

            """);
        ConsumerFiles.Write(project, ".editorconfig", """
            root = true

            [Letters/Drafts/*.letter]
            letterdsl_diagnostic.LTR002.severity = none

            [Letters/Strict/*.letter]
            letterdsl_diagnostic.LTR009.severity = error

            """);
        var undated = ConsumerFiles.Write(project, "Letters/Undated.letter", string.Format(ConsumerFiles.UndatedLetter, "Undated"));
        ConsumerFiles.Write(project, "Letters/Drafts/UndatedDraft.letter", string.Format(ConsumerFiles.UndatedLetter, "UndatedDraft"));
        var strict = ConsumerFiles.Write(project, "Letters/Strict/StrictNotice.letter", string.Format(ConsumerFiles.UnusedParameterLetter, "StrictNotice"));
        var loose = ConsumerFiles.Write(project, "Letters/LooseNotice.letter", string.Format(ConsumerFiles.UnusedParameterLetter, "LooseNotice"));

        var result = Build(project);

        Assert.NotEqual(0, result.ExitCode);
        Assert.Equal(
            new[]
            {
                ("error", "CS1061", appeal, 6, "Dear {{ Recipient.".Length + 1),
                ("error", "LTR002", undated, 2, 1),
                ("error", "LTR009", strict, 2, 8),
                ("warning", "LTR009", loose, 2, 8),
            },
            Diagnostics(result.Output));
        Assert.Contains("'Recipient' does not contain a definition for 'Nmae'", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void A_globalconfig_raises_a_warning_to_an_error_and_turns_a_required_part_off()
    {
        var project = CreateProject("diagnostics-globalconfig");
        ConsumerFiles.Write(project, ".globalconfig", """
            is_global = true
            dotnet_diagnostic.LTR009.severity = error
            dotnet_diagnostic.LTR002.severity = none

            """);
        var notice = ConsumerFiles.Write(project, "Letters/Notice.letter", string.Format(ConsumerFiles.UnusedParameterLetter, "Notice"));
        ConsumerFiles.Write(project, "Letters/Undated.letter", string.Format(ConsumerFiles.UndatedLetter, "Undated"));

        var result = Build(project);

        Assert.NotEqual(0, result.ExitCode);
        Assert.Equal(new[] { ("error", "LTR009", notice, 2, 8) }, Diagnostics(result.Output));
    }

    /// <summary>A project using LetterDsl from source, with warnings left as warnings so the severities under test show as they are set.</summary>
    private string CreateProject(string name)
    {
        var project = _package.CreateWorkspace(name);
        ConsumerFiles.Write(project, "Consumer.csproj", ConsumerFiles.FromSourceProject(_package.RepositoryRoot, treatWarningsAsErrors: false));
        return project;
    }

    // The pack already built the runtime and the generator in Release under these artifacts; reuse them.
    private DotnetResult Build(string project) =>
        DotnetCli.Run(
            project,
            new[] { "build", "-c", "Release", "--artifacts-path", _package.ArtifactsDirectory, "-p:Version=" + _package.Version }
                .Concat(DotnetCli.BuildSwitches)
                .ToArray());

    private static (string Severity, string Id, string File, int Line, int Column)[] Diagnostics(string output) =>
        MsBuildOutput.Diagnostics(output)
            .Select(d => (d.Severity, d.Id, d.File, d.Line, d.Column))
            .OrderBy(d => d.Id, StringComparer.Ordinal)
            .ThenBy(d => d.Severity, StringComparer.Ordinal)
            .ToArray();
}
