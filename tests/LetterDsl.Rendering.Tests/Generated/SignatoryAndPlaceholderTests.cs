using System;
using System.Linq;
using System.Reflection;
using LetterDsl.Testing.Letters;

namespace LetterDsl.Rendering.Tests.Generated;

/// <summary>Placeholders in signatory lines, <c>@signatories</c>, and member paths.</summary>
public sealed class SignatoryAndPlaceholderTests
{
    [Fact]
    public void SignatoryFieldsMayHoldPlaceholdersWithFilters()
    {
        using var letters = GeneratorHarness.RunLetter(Letter("@signatory {{ Signer | upper }} | Chair | {{ Signer }} Foundation", "@param Signer: string")).Load();
        var signatory = Assert.Single(letters.Create(("Signer", "Ada")).Signatories);

        Assert.Equal(new Signatory("ADA", "Chair", "Ada Foundation"), signatory);
    }

    [Fact]
    public void SignatoriesBindsAListParameterThatMayNotBeEmpty()
    {
        using var letters = GeneratorHarness.RunLetter(Letter("@signatories {{ Signers }}", "@param Signers: IReadOnlyList<Signatory>")).Load();

        var letter = letters.Create(("Signers", new[] { new Signatory("Doris Mpoumou", "Director"), new Signatory("Andres Serbin", "Chair") }));
        Assert.Equal(new[] { "Doris Mpoumou", "Andres Serbin" }, letter.Signatories.Select(s => s.Name));

        var error = Assert.Throws<TargetInvocationException>(() => letters.Create(("Signers", Array.Empty<Signatory>())));
        Assert.IsType<ArgumentException>(error.InnerException);
    }

    [Fact]
    public void AMemberNamedLikeACSharpKeywordIsEscaped()
    {
        const string Recipient = "public sealed class Recipient { public string @class { get; init; } = \"\"; public string Name { get; init; } = \"\"; }";
        var run = GeneratorHarness.RunLetter(ProbeLetter.Text("To {{ To.@class }}: {{ To.Name | lower }}.", "@param To: Recipient"), csharpSources: Recipient);

        using var letters = run.Load();
        var recipient = Activator.CreateInstance(letters.Assembly.GetType("Recipient")!)!;
        recipient.GetType().GetProperty("class")!.SetValue(recipient, "Minister");
        recipient.GetType().GetProperty("Name")!.SetValue(recipient, "JANE DOE");
        Assert.Equal("To Minister: jane doe.", letters.Create(("To", recipient)).MarkdownBody());
    }

    private static string Letter(string signatoryLine, string header) =>
        $"@letter {ProbeLetter.ClassName}\n@namespace {ProbeLetter.Namespace}\n{header}\n@date 2020-12-07\n@salutation Excellency,\n\nBody.\n\n@closing Sincerely,\n{signatoryLine}\n";
}
