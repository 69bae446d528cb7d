using System;
using System.IO;
using System.Linq;
using LetterDsl.Testing;

namespace LetterDsl.IntegrationTests;

/// <summary>Letters kept in a class library and rendered by an app that only references that library.</summary>
[Collection(PackedPackageCollection.Name)]
public sealed class LibraryConsumerTests
{
    private readonly PackedPackageFixture _package;

    public LibraryConsumerTests(PackedPackageFixture package) => _package = package;

    [Fact]
    public void App_referencing_a_letter_library_renders_its_public_letters_without_a_package_reference_of_its_own()
    {
        var workspace = _package.CreateWorkspace("letter-library");
        var library = Path.Combine(workspace, "Correspondence");
        var app = Path.Combine(workspace, "Mailer");
        ConsumerFiles.Write(library, "Correspondence.csproj", ConsumerFiles.Project("Library", ConsumerFiles.PackageReference(_package.Version)));
        ConsumerFiles.Write(library, "Letters/Welcome.letter", ConsumerFiles.WelcomeLetter);
        var appProject = ConsumerFiles.Write(app, "Mailer.csproj", ConsumerFiles.Project("Exe", """    <ProjectReference Include="../Correspondence/Correspondence.csproj" />"""));
        ConsumerFiles.Write(app, "Program.cs", ConsumerFiles.WelcomeProgram("Correspondence.Letters") + """
            LetterDsl.ILetter any = letter;
            Console.Write(any.ToText());

            """);

        DotnetCli.Run(app, new[] { "build" }.Concat(DotnetCli.BuildSwitches).ToArray()).ShouldSucceed();
        var output = DotnetCli.Run(app, "run", "--no-build").ShouldSucceed().Output;

        Assert.DoesNotContain("PackageReference", File.ReadAllText(appProject), StringComparison.Ordinal);
        Assert.Contains("Welcome to the 19th **annual** meeting.", output, StringComparison.Ordinal);
        Assert.Contains("Welcome to the 19th annual meeting.", output, StringComparison.Ordinal);
        // The runtime flows to the app transitively; the generator stays with the library that has the letters.
        var appOutput = Path.Combine(app, "bin", "Debug", "net10.0");
        Assert.True(File.Exists(Path.Combine(appOutput, "LetterDsl.dll")));
        Assert.False(File.Exists(Path.Combine(appOutput, "LetterDsl.Generator.dll")));
    }
}
