using System;
using System.IO;
using System.IO.Compression;
using System.Linq;
using System.Reflection.Metadata;
using System.Text;
using System.Xml.Linq;
using LetterDsl.Testing;

namespace LetterDsl.IntegrationTests;

/// <summary>What <c>dotnet pack LetterDsl.sln -c Release</c> produces, entry by entry.</summary>
[Collection(PackedPackageCollection.Name)]
public sealed class PackageLayoutTests
{
    // The SourceLink custom debug information kind, fixed by the Portable PDB specification.
    private static readonly Guid SourceLinkKind = new("CC110556-A091-4D38-9FEC-25AB9A351A6A");

    private readonly PackedPackageFixture _package;

    public PackageLayoutTests(PackedPackageFixture package) => _package = package;

    [Fact]
    public void Pack_produces_one_LetterDsl_package_with_symbols_and_no_package_for_tests_samples_or_the_generator()
    {
        _package.RequirePackage();
        var packages = Directory.GetFiles(_package.FeedDirectory).Select(Path.GetFileName).OrderBy(n => n, StringComparer.Ordinal).ToList();

        Assert.Equal(
            new[] { $"LetterDsl.{_package.Version}.nupkg", $"LetterDsl.{_package.Version}.snupkg" },
            packages.Where(n => n!.StartsWith("LetterDsl.", StringComparison.Ordinal) && char.IsDigit(n["LetterDsl.".Length])));
        Assert.DoesNotContain(packages, n =>
            n!.Contains("Generator", StringComparison.Ordinal)
            || n.Contains("Tests", StringComparison.Ordinal)
            || n.Contains("CoalitionLetters", StringComparison.Ordinal)
            || n.Contains("Benchmarks", StringComparison.Ordinal));
    }

    [Fact]
    public void Package_holds_the_generator_as_an_analyzer_the_runtime_as_a_library_and_the_props_for_direct_and_transitive_use()
    {
        using var package = ZipFile.OpenRead(_package.RequirePackage());
        var entries = package.Entries.Select(e => e.FullName).ToHashSet(StringComparer.Ordinal);

        Assert.Contains("analyzers/dotnet/cs/LetterDsl.Generator.dll", entries);
        Assert.Contains("lib/net8.0/LetterDsl.dll", entries);
        Assert.Contains("lib/net8.0/LetterDsl.xml", entries);
        Assert.Contains("buildTransitive/LetterDsl.props", entries);
        Assert.Contains("build/LetterDsl.props", entries);
        Assert.Contains("PACKAGE.md", entries);

        // Roslyn comes with the compiler that loads the generator; bundling or depending on it would break hosts.
        Assert.Equal(
            new[] { "analyzers/dotnet/cs/LetterDsl.Generator.dll", "lib/net8.0/LetterDsl.dll" },
            entries.Where(e => e.EndsWith(".dll", StringComparison.OrdinalIgnoreCase)).OrderBy(e => e, StringComparer.Ordinal));
        Assert.DoesNotContain(entries, e => e.StartsWith("lib/", StringComparison.Ordinal) && e.Contains("Generator", StringComparison.Ordinal));

        var shippedProps = File.ReadAllText(Path.Combine(_package.RepositoryRoot, "src", "LetterDsl", "buildTransitive", "LetterDsl.props"));
        Assert.Equal(shippedProps, ReadEntry(package, "buildTransitive/LetterDsl.props"));
        var directProps = XDocument.Parse(ReadEntry(package, "build/LetterDsl.props"));
        Assert.Equal("../buildTransitive/LetterDsl.props", directProps.Root!.Elements("Import").Single().Attribute("Project")!.Value);
    }

    [Fact]
    public void Nuspec_has_the_license_expression_repository_readme_and_no_dependency_on_Roslyn_or_the_generator()
    {
        using var package = ZipFile.OpenRead(_package.RequirePackage());
        var nuspec = XDocument.Parse(ReadEntry(package, "LetterDsl.nuspec"));
        var metadata = nuspec.Root!.Elements().Single(e => e.Name.LocalName == "metadata");
        XElement Element(string name) => metadata.Elements().Single(e => e.Name.LocalName == name);

        Assert.Equal("LetterDsl", Element("id").Value);
        Assert.Equal(_package.Version, Element("version").Value);
        Assert.Equal("expression", Element("license").Attribute("type")!.Value);
        Assert.Equal("MIT", Element("license").Value);
        Assert.Equal("PACKAGE.md", Element("readme").Value);
        Assert.Equal("git", Element("repository").Attribute("type")!.Value);
        Assert.Equal("https://github.com/letterdsl/letterdsl", Element("repository").Attribute("url")!.Value);
        Assert.Matches("^[0-9a-f]{40}$", Element("repository").Attribute("commit")!.Value);
        Assert.False(string.IsNullOrWhiteSpace(Element("description").Value));

        var dependencies = metadata.Descendants().Where(e => e.Name.LocalName == "dependency").Select(e => e.Attribute("id")!.Value).ToList();
        Assert.Empty(dependencies);
        var groups = metadata.Descendants().Where(e => e.Name.LocalName == "group").Select(e => e.Attribute("targetFramework")!.Value);
        Assert.Equal(new[] { "net8.0" }, groups);
    }

    [Fact]
    public void Package_readme_is_the_one_in_the_repository()
    {
        using var package = ZipFile.OpenRead(_package.RequirePackage());
        var readme = File.ReadAllText(Path.Combine(_package.RepositoryRoot, "src", "LetterDsl", "PACKAGE.md"));

        Assert.Equal(readme, ReadEntry(package, "PACKAGE.md"));
        Assert.Contains("<PackageReference Include=\"LetterDsl\"", readme, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_package_has_its_readme_so_the_pack_reports_none_missing()
    {
        _package.RequirePackage();
        using var docx = ZipFile.OpenRead(Path.Combine(_package.FeedDirectory, $"LetterDsl.Docx.{_package.Version}.nupkg"));
        var nuspec = XDocument.Parse(ReadEntry(docx, "LetterDsl.Docx.nuspec"));
        var readme = File.ReadAllText(Path.Combine(_package.RepositoryRoot, "src", "LetterDsl.Docx", "PACKAGE.md"));

        Assert.Equal("PACKAGE.md", nuspec.Root!.Elements().Single(e => e.Name.LocalName == "metadata").Elements().Single(e => e.Name.LocalName == "readme").Value);
        Assert.Equal(readme, ReadEntry(docx, "PACKAGE.md"));
        Assert.DoesNotContain("is missing a readme", _package.PackResult.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Symbols_package_holds_a_portable_pdb_whose_SourceLink_points_at_the_repository()
    {
        _package.RequirePackage();
        using var symbols = ZipFile.OpenRead(_package.SymbolsPackagePath);
        var pdbEntry = symbols.GetEntry("lib/net8.0/LetterDsl.pdb");
        Assert.NotNull(pdbEntry);

        using var pdb = new MemoryStream();
        using (var stream = pdbEntry!.Open())
        {
            stream.CopyTo(pdb);
        }

        pdb.Position = 0;
        using var provider = MetadataReaderProvider.FromPortablePdbStream(pdb);
        var reader = provider.GetMetadataReader();
        var sourceLink = reader.CustomDebugInformation
            .Select(reader.GetCustomDebugInformation)
            .Where(info => reader.GetGuid(info.Kind) == SourceLinkKind)
            .Select(info => Encoding.UTF8.GetString(reader.GetBlobBytes(info.Value)))
            .Single();

        Assert.Matches(@"https://raw\.githubusercontent\.com/letterdsl/letterdsl/[0-9a-f]{40}/\*", sourceLink);
    }

    private static string ReadEntry(ZipArchive package, string name)
    {
        var entry = package.GetEntry(name);
        Assert.True(entry is not null, $"The package has no '{name}'.");
        using var reader = new StreamReader(entry!.Open());
        return reader.ReadToEnd();
    }
}
