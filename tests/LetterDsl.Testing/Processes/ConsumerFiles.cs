using System.IO;

namespace LetterDsl.Testing;

/// <summary>Writes the files of the small projects the scenarios build: what a user of LetterDsl would write.</summary>
public static class ConsumerFiles
{
    /// <summary>A project with the settings most apps use, including warnings as errors, so a generator warning fails it.</summary>
    public static string Project(string outputType, string items) => $"""
        <Project Sdk="Microsoft.NET.Sdk">
          <PropertyGroup>
            <OutputType>{outputType}</OutputType>
            <TargetFramework>net10.0</TargetFramework>
            <Nullable>enable</Nullable>
            <ImplicitUsings>enable</ImplicitUsings>
            <TreatWarningsAsErrors>true</TreatWarningsAsErrors>
          </PropertyGroup>
          <ItemGroup>
        {items}
          </ItemGroup>
        </Project>

        """;

    /// <summary>
    /// A project that uses LetterDsl from source, as the sample does: ProjectReferences to the runtime and to the
    /// generator as an analyzer, and an import of the props the package would bring.
    /// </summary>
    public static string FromSourceProject(string repositoryRoot, bool treatWarningsAsErrors)
    {
        var src = Path.Combine(repositoryRoot, "src");
        return $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <Import Project="{Path.Combine(src, "LetterDsl", "buildTransitive", "LetterDsl.props")}" />
              <PropertyGroup>
                <TargetFramework>net10.0</TargetFramework>
                <Nullable>enable</Nullable>
                <TreatWarningsAsErrors>{(treatWarningsAsErrors ? "true" : "false")}</TreatWarningsAsErrors>
              </PropertyGroup>
              <ItemGroup>
                <ProjectReference Include="{Path.Combine(src, "LetterDsl", "LetterDsl.csproj")}" />
                <ProjectReference Include="{Path.Combine(src, "LetterDsl.Generator", "LetterDsl.Generator.csproj")}" OutputItemType="Analyzer" ReferenceOutputAssembly="false" />
              </ItemGroup>
            </Project>

            """;
    }

    public static string PackageReference(string version) => $"""    <PackageReference Include="LetterDsl" Version="{version}" />""";

    /// <summary>Writes <paramref name="content"/> to <paramref name="relativePath"/> under <paramref name="directory"/>, creating folders.</summary>
    public static string Write(string directory, string relativePath, string content)
    {
        var path = Path.Combine(directory, relativePath);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, content);
        return path;
    }

    /// <summary>An en-GB letter with a formatted date, an ordinal and bold text, so rendering shows all three.</summary>
    public const string WelcomeLetter = """
        @letter Welcome
        @culture en-GB
        @param Date: DateOnly
        @param Session: int

        @place The Hague
        @date {{ Date }}
        @salutation Dear members,

        Welcome to the {{ Session | ordinal }} **annual** meeting.

        @closing Yours sincerely,
        @signatory Ada Lovelace | Secretary | Analytical Society

        """;

    /// <summary>Prints <c>Welcome</c> as Markdown with the values the assertions expect.</summary>
    public static string WelcomeProgram(string letterNamespace) => $$"""
        using {{letterNamespace}};

        var letter = new Welcome { Date = new DateOnly(2020, 12, 7), Session = 19 };
        Console.Write(letter.ToMarkdown());

        """;

    /// <summary>A letter (class name in <c>{0}</c>) whose parameter is never used: warning LTR009 at line 2, column 8.</summary>
    public const string UnusedParameterLetter = """
        @letter {0}
        @param Session: int
        @date 2020-12-07
        @salutation Dear members,

        The meeting is postponed.

        @closing Sincerely,
        @signatory The Secretary

        """;

    /// <summary>A letter (class name in <c>{0}</c>) without a date: error LTR002 at its salutation.</summary>
    public const string UndatedLetter = """
        @letter {0}
        @salutation Dear members,

        The meeting is postponed.

        @closing Sincerely,
        @signatory The Secretary

        """;
}
