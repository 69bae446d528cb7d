using System;
using System.IO;
using System.Linq;
using LetterDsl.Testing;

namespace LetterDsl.IntegrationTests;

/// <summary>An app that references the packed LetterDsl package and nothing else, as the README tells users to.</summary>
[Collection(PackedPackageCollection.Name)]
public sealed class PackageConsumerTests
{
    private readonly PackedPackageFixture _package;

    public PackageConsumerTests(PackedPackageFixture package) => _package = package;

    [Fact]
    public void Console_app_with_one_PackageReference_and_a_letter_builds_and_prints_the_rendered_letter()
    {
        var app = CreateApp("console-app", "Greetings");

        Build(app).ShouldSucceed();
        var output = DotnetCli.Run(app, "run", "--no-build").ShouldSucceed().Output;

        Assert.Contains("The Hague, 7 December 2020", output, StringComparison.Ordinal);
        Assert.Contains("Dear members,", output, StringComparison.Ordinal);
        Assert.Contains("Welcome to the 19th **annual** meeting.", output, StringComparison.Ordinal);
        Assert.Contains("Yours sincerely,", output, StringComparison.Ordinal);
        Assert.Contains("Ada Lovelace", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Letter_without_a_salutation_fails_the_build_with_LTR001_at_the_first_line_of_its_body()
    {
        var app = _package.CreateWorkspace("missing-salutation");
        ConsumerFiles.Write(app, "Notices.csproj", ConsumerFiles.Project("Exe", ConsumerFiles.PackageReference(_package.Version)));
        ConsumerFiles.Write(app, "Program.cs", "Console.WriteLine();\n");
        var letter = ConsumerFiles.Write(app, "Letters/Reminder.letter", """
            @letter Reminder
            @param Date: DateOnly

            @date {{ Date }}

            Please renew your membership.

            @closing Sincerely,
            @signatory The Treasurer

            """);

        var result = Build(app);

        Assert.NotEqual(0, result.ExitCode);
        var diagnostic = MsBuildOutput.Single(result.Output, "LTR001");
        Assert.Equal(("error", letter, 6, 1), (diagnostic.Severity, diagnostic.File, diagnostic.Line, diagnostic.Column));
    }

    [Fact]
    public void Severities_follow_the_globalconfig_project_wide_and_the_editorconfig_per_folder()
    {
        var app = _package.CreateWorkspace("severities");
        ConsumerFiles.Write(app, "Notices.csproj", ConsumerFiles.Project("Library", ConsumerFiles.PackageReference(_package.Version)));
        ConsumerFiles.Write(app, ".globalconfig", "is_global = true\ndotnet_diagnostic.LTR009.severity = error\n");
        ConsumerFiles.Write(app, ".editorconfig", "[Letters/Drafts/*.letter]\nletterdsl_diagnostic.LTR002.severity = none\n");
        const string undatedLetter = """
            @param Reference: string

            @salutation Dear members,

            Our offices are closed on Friday.

            @closing Sincerely,
            @signatory The Secretary

            """;
        var unused = ConsumerFiles.Write(app, "Letters/Closure.letter", undatedLetter.Replace(
            "@salutation", "@date 2021-03-05\n@salutation", StringComparison.Ordinal));
        var undated = ConsumerFiles.Write(app, "Letters/Undated.letter", undatedLetter.Replace(
            "@param Reference: string", "@summary Dated by hand.", StringComparison.Ordinal));
        ConsumerFiles.Write(app, "Letters/Drafts/Draft.letter", undatedLetter.Replace(
            "@param Reference: string", "@summary Not sent yet.", StringComparison.Ordinal));

        var result = Build(app);

        Assert.NotEqual(0, result.ExitCode);
        var diagnostics = MsBuildOutput.Diagnostics(result.Output)
            .Where(d => d.Id.StartsWith("LTR", StringComparison.Ordinal))
            .Select(d => (d.Severity, d.Id, d.File, d.Line, d.Column))
            .OrderBy(d => d.Id, StringComparer.Ordinal)
            .ToList();
        Assert.Equal(new[] { ("error", "LTR002", undated, 3, 1), ("error", "LTR009", unused, 1, 8) }, diagnostics);
    }

    [Fact]
    public void Editing_a_letter_is_picked_up_by_the_next_build_and_an_unchanged_project_is_up_to_date()
    {
        var app = CreateApp("incremental-app", "Greetings");
        var letter = Path.Combine(app, "Letters", "Welcome.letter");
        var assembly = Path.Combine(app, "bin", "Debug", "net10.0", "Greetings.dll");

        Build(app).ShouldSucceed();
        Assert.Contains("Welcome to the 19th", DotnetCli.Run(app, "run", "--no-build").ShouldSucceed().Output, StringComparison.Ordinal);

        File.WriteAllText(letter, File.ReadAllText(letter).Replace("Welcome to the", "We look forward to the", StringComparison.Ordinal));
        Build(app, "--no-restore").ShouldSucceed();
        var edited = DotnetCli.Run(app, "run", "--no-build").ShouldSucceed().Output;
        Assert.Contains("We look forward to the 19th **annual** meeting.", edited, StringComparison.Ordinal);
        Assert.DoesNotContain("Welcome to the", edited, StringComparison.Ordinal);

        var builtAt = File.GetLastWriteTimeUtc(assembly);
        var unchanged = Build(app, "--no-restore", "-v:n").ShouldSucceed().Output;
        Assert.Contains("Skipping target \"CoreCompile\" because all output files are up-to-date", unchanged, StringComparison.Ordinal);
        Assert.Equal(builtAt, File.GetLastWriteTimeUtc(assembly));
    }

    private string CreateApp(string folder, string name)
    {
        var app = _package.CreateWorkspace(folder);
        ConsumerFiles.Write(app, name + ".csproj", ConsumerFiles.Project("Exe", ConsumerFiles.PackageReference(_package.Version)));
        ConsumerFiles.Write(app, "Letters/Welcome.letter", ConsumerFiles.WelcomeLetter);
        ConsumerFiles.Write(app, "Program.cs", ConsumerFiles.WelcomeProgram(name + ".Letters"));
        return app;
    }

    private static DotnetResult Build(string project, params string[] switches) =>
        DotnetCli.Run(project, new[] { "build" }.Concat(switches).Concat(DotnetCli.BuildSwitches).ToArray());
}
