using LetterDsl.Testing.Letters;

namespace LetterDsl.Rendering.Tests.Generated;

/// <summary>Where the letter class goes: RootNamespace plus folders by default, as Razor does, or <c>@letter</c> and <c>@namespace</c>.</summary>
public sealed class NamespaceTests
{
    private static readonly TestAnalyzerConfigOptionsProvider s_project = TestAnalyzerConfigOptionsProvider.ForProject("Acme.Letters", "/src/Acme/");

    [Fact]
    public void DefaultsAreRootNamespacePlusFoldersAndThePascalCasedFileName()
    {
        var run = GeneratorHarness.RunLetter(ProbeLetter.Text("Body.", className: null, @namespace: null), "/src/Acme/Appeals/2020/asp-19-appeal.letter", s_project);

        run.AssertClean();
        Assert.NotNull(run.Output.GetTypeByMetadataName("Acme.Letters.Appeals._2020.Asp19Appeal"));
    }

    [Fact]
    public void FoldersNamedLikeKeywordsBecomeValidNamespaceParts()
    {
        var run = GeneratorHarness.RunLetter(ProbeLetter.Text("Body.", className: null, @namespace: null), "/src/Acme/internal/event/appeal.letter", s_project);

        run.AssertClean();
        Assert.NotNull(run.Output.GetTypeByMetadataName("Acme.Letters._internal._event.Appeal"));
    }

    [Fact]
    public void LetterAndNamespaceDirectivesOverrideTheDefaults()
    {
        var run = GeneratorHarness.RunLetter(ProbeLetter.Text("Body.", className: "Custom", @namespace: "Other.Place"), "/src/Acme/Appeals/asp-19-appeal.letter", s_project);

        using var letters = run.Load();
        Assert.Equal("Excellency,", letters.Create("Other.Place.Custom").Salutation);
    }

    [Fact]
    public void WithoutRootNamespaceOrNamespaceTheClassIsInTheGlobalNamespace()
    {
        var run = GeneratorHarness.RunLetter(ProbeLetter.Text("Body.", className: null, @namespace: null), "/letters/appeal.letter");

        run.AssertClean();
        Assert.NotNull(run.Output.GetTypeByMetadataName("Appeal"));
    }
}
