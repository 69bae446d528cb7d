using System.IO;
using LetterDsl.Testing;

namespace LetterDsl.Generator.Tests.Infrastructure;

/// <summary>Finds files of the repository and of this test project from wherever the tests run.</summary>
internal static class RepositoryPaths
{
    /// <summary>The folder holding LetterDsl.sln, found by walking up from the test binaries.</summary>
    public static string Root => RepositoryRoot.Path;

    /// <summary>
    /// This test project's source folder. It is found from the repository root rather than from [CallerFilePath],
    /// which a CI build (ContinuousIntegrationBuild) maps to "/_/" for deterministic PDBs.
    /// </summary>
    public static string TestProject => Path.Combine(Root, "tests", "LetterDsl.Generator.Tests");

    public static string SampleLetter(string fileName) => Path.Combine(Root, "samples", "CoalitionLetters", "Letters", fileName);

    public static string TestLetter(string fileName) => Path.Combine(TestProject, "TestLetters", fileName);
}
