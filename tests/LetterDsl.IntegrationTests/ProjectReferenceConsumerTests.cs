using System;
using System.Linq;
using LetterDsl.Testing;

namespace LetterDsl.IntegrationTests;

/// <summary>
/// A project that uses LetterDsl from source, the way the sample does: ProjectReferences to the runtime and to the
/// generator as an analyzer, and an import of the props the package would bring.
/// </summary>
[Collection(PackedPackageCollection.Name)]
public sealed class ProjectReferenceConsumerTests
{
    private readonly PackedPackageFixture _package;

    public ProjectReferenceConsumerTests(PackedPackageFixture package) => _package = package;

    [Fact]
    public void Letters_missing_a_required_part_fail_the_build_with_LTR001_to_LTR004_at_their_file_line_and_column()
    {
        var project = _package.CreateWorkspace("from-source");
        ConsumerFiles.Write(project, "FromSource.csproj", ConsumerFiles.FromSourceProject(_package.RepositoryRoot, treatWarningsAsErrors: true));
        var noSalutation = ConsumerFiles.Write(project, "Letters/NoSalutation.letter", """
            @letter NoSalutation
            @param Date: DateOnly

            @date {{ Date }}

            The meeting is postponed.

            @closing Sincerely,
            @signatory The Secretary

            """);
        var noDate = ConsumerFiles.Write(project, "Letters/NoDate.letter", """
            @letter NoDate

            @salutation Dear members,

            The meeting is postponed.

            @closing Sincerely,
            @signatory The Secretary

            """);
        var noSignatory = ConsumerFiles.Write(project, "Letters/NoSignatory.letter", """
            @letter NoSignatory
            @param Date: DateOnly

            @date {{ Date }}
            @salutation Dear members,

            The meeting is postponed.

            @closing Sincerely,

            """);
        var noClosing = ConsumerFiles.Write(project, "Letters/NoClosing.letter", """
            @letter NoClosing
            @param Date: DateOnly

            @date {{ Date }}
            @salutation Dear members,

            The meeting is postponed.

            @signatory The Secretary

            """);

        // The pack already built the runtime and the generator in Release under these artifacts; reuse them.
        var result = DotnetCli.Run(
            project,
            new[] { "build", "-c", "Release", "--artifacts-path", _package.ArtifactsDirectory, "-p:Version=" + _package.Version }
                .Concat(DotnetCli.BuildSwitches)
                .ToArray());

        Assert.NotEqual(0, result.ExitCode);
        var errors = MsBuildOutput.Diagnostics(result.Output)
            .Select(d => (d.Severity, d.Id, d.File, d.Line, d.Column))
            .OrderBy(d => d.Id, StringComparer.Ordinal)
            .ToList();
        Assert.Equal(
            new[]
            {
                ("error", "LTR001", noSalutation, 6, 1),
                ("error", "LTR002", noDate, 3, 1),
                ("error", "LTR003", noSignatory, 9, 1),
                ("error", "LTR004", noClosing, 9, 1),
            },
            errors);
        Assert.DoesNotContain("CS8785", result.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("CS9057", result.Output, StringComparison.Ordinal);
    }
}
