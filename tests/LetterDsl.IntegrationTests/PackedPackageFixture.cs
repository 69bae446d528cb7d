using System;
using System.Globalization;
using System.IO;
using System.Linq;
using LetterDsl.Testing;

namespace LetterDsl.IntegrationTests;

/// <summary>
/// Packs the repository once per test run, exactly as the README says (<c>dotnet pack LetterDsl.sln -c Release</c>),
/// into a temporary folder feed. The version is unique to the run, so consumers restore this build and never a copy
/// cached in the global packages folder by an earlier run. Build output goes to a temporary artifacts folder, so the
/// run leaves the repository's bin/ and obj/ alone.
/// </summary>
public sealed class PackedPackageFixture : IDisposable
{
    public PackedPackageFixture()
    {
        // Qualified: inside this class the simple name is the property.
        RepositoryRoot = LetterDsl.Testing.RepositoryRoot.Path;
        Version = "0.1.0-it." + DateTime.UtcNow.Ticks.ToString(CultureInfo.InvariantCulture);
        Root = Path.Combine(Path.GetTempPath(), "letterdsl-it-" + Guid.NewGuid().ToString("N").Substring(0, 12));
        FeedDirectory = Path.Combine(Root, "feed");
        ArtifactsDirectory = Path.Combine(Root, "artifacts");
        Directory.CreateDirectory(FeedDirectory);

        // Consumers live under Root; this keeps any Directory.Build.* or global.json above the temp folder out of them.
        File.WriteAllText(Path.Combine(Root, "Directory.Build.props"), "<Project />\n");
        File.WriteAllText(Path.Combine(Root, "Directory.Build.targets"), "<Project />\n");

        PackResult = DotnetCli.Run(
            RepositoryRoot,
            TimeSpan.FromMinutes(6),
            new[] { "pack", Path.Combine(RepositoryRoot, "LetterDsl.sln"), "-c", "Release", "-o", FeedDirectory, "-p:Version=" + Version, "--artifacts-path", ArtifactsDirectory }
                .Concat(DotnetCli.BuildSwitches)
                .ToArray());
    }

    public string RepositoryRoot { get; }

    /// <summary>The package version of this run, <c>0.1.0-it.&lt;ticks&gt;</c>.</summary>
    public string Version { get; }

    /// <summary>The temporary folder that holds the feed, the artifacts and every consumer project of the run.</summary>
    public string Root { get; }

    public string FeedDirectory { get; }

    /// <summary>Where the pack put its build output; builds from source reuse it with <c>--artifacts-path</c>.</summary>
    public string ArtifactsDirectory { get; }

    public DotnetResult PackResult { get; }

    public string PackagePath => Path.Combine(FeedDirectory, $"LetterDsl.{Version}.nupkg");

    public string SymbolsPackagePath => Path.Combine(FeedDirectory, $"LetterDsl.{Version}.snupkg");

    /// <summary>The packed package; fails the calling test with the pack's output when the pack did not produce it.</summary>
    public string RequirePackage()
    {
        PackResult.ShouldSucceed();
        Assert.True(File.Exists(PackagePath), $"'{PackagePath}' was not produced:\n{PackResult.Output}");
        return PackagePath;
    }

    /// <summary>
    /// A fresh folder for one consumer scenario, with a nuget.config that adds the run's feed to the machine's
    /// usual sources (which it does not clear).
    /// </summary>
    public string CreateWorkspace(string name)
    {
        RequirePackage();
        var directory = Path.Combine(Root, name);
        Directory.CreateDirectory(directory);
        File.WriteAllText(Path.Combine(directory, "nuget.config"), $"""
            <?xml version="1.0" encoding="utf-8"?>
            <configuration>
              <packageSources>
                <add key="letterdsl-under-test" value="{FeedDirectory}" />
              </packageSources>
            </configuration>

            """);
        return directory;
    }

    public void Dispose()
    {
        TryDelete(Root);

        // The run's version is unique, so its extracted copy in the global packages folder is garbage now.
        var globalPackages = Environment.GetEnvironmentVariable("NUGET_PACKAGES");
        if (string.IsNullOrEmpty(globalPackages))
        {
            globalPackages = Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".nuget", "packages");
        }

        TryDelete(Path.Combine(globalPackages, "letterdsl", Version.ToLowerInvariant()));
    }

    private static void TryDelete(string directory)
    {
        try
        {
            if (Directory.Exists(directory))
            {
                Directory.Delete(directory, recursive: true);
            }
        }
        catch (IOException)
        {
            // A process killed on timeout may still hold a file; the OS cleans the temp folder eventually.
        }
        catch (UnauthorizedAccessException)
        {
        }
    }
}

[CollectionDefinition(Name)]
public sealed class PackedPackageCollection : ICollectionFixture<PackedPackageFixture>
{
    public const string Name = "Packed LetterDsl package";
}
