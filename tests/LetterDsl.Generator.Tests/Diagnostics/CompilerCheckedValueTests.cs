using System;
using System.Linq;
using LetterDsl.Generator.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using LetterDsl.Testing.Letters;

namespace LetterDsl.Generator.Tests.Diagnostics;

/// <summary>
/// Values whose type the generator cannot see, members of the app's own types, are checked by the C# compiler through
/// the overloads the generated code calls: a format on a value that takes none, a list written as one value, and the
/// 'list' filter on a value that is not a list are errors at the place in the letter, with a message that says what to
/// change in it.
/// </summary>
public sealed class CompilerCheckedValueTests
{
    private const string Path = "/letters/Test.letter";
    private const int BodyLine = 7;
    private const string Header = "@param Recipient: Recipient";

    private const string Consumer = """
        public sealed class Recipient
        {
            public string Amount { get; init; } = "";
            public decimal Fee { get; init; }
            public System.DateOnly Met { get; init; }
            public System.Collections.Generic.List<System.DateOnly> Dates { get; init; } = new();
            public System.Collections.Generic.Dictionary<string, int> Votes { get; init; } = new();
            public string Name { get; init; } = "";
            public int Count { get; init; }
            public bool Urgent { get; init; }
        }
        """;

    [Theory]
    [InlineData("Pay {{ Recipient.Amount:N2 }}.", "Pay {{ Recipient.Amount:", "takes no format")]
    [InlineData("Pay {{ Recipient.Urgent:N2 }}.", "Pay {{ Recipient.Urgent:", "takes no format")]
    [InlineData("Pay {{ Recipient.Amount:N2 | upper }}.", "Pay {{ Recipient.Amount:", "takes no format")]
    [InlineData("On {{ Recipient.Name:d | list }}.", "On {{ Recipient.Name:", "is not a list")]
    public void AFormatTheValueCannotTakeIsAnErrorAtTheFormat(string body, string beforeFormat, string message)
    {
        var error = SingleError(body);

        Assert.Equal("CS0619", error.Id);
        AssertAt(error, beforeFormat.Length + 1);
        Assert.Contains(message, error.GetMessage(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("On {{ Recipient.Dates }}.", "On {{ ", "is a list", "'{{ List | list }}'")]
    [InlineData("On {{ Recipient.Dates:d MMMM }}.", "On {{ Recipient.Dates:", "is a list", "'{{ for item in List }}")]
    [InlineData("On {{ Recipient.Dates | upper }}.", "On {{ ", "is a list", "'{{ List | list }}'")]
    [InlineData("Votes: {{ Recipient.Votes }}.", "Votes: {{ ", "is a list", "'{{ List | list }}'")]
    [InlineData("By {{ Recipient.Name | list }}.", "By {{ ", "is not a list", "Remove '| list'")]
    [InlineData("By {{ Recipient.Count | list }}.", "By {{ ", "is not a list", "Remove '| list'")]
    public void AListWrittenAsOneValueOrAListFilterOnAValueIsAnErrorAtThePlaceholder(string body, string beforeError, string message, string fix)
    {
        var error = SingleError(body);

        Assert.Equal("CS0619", error.Id);
        AssertAt(error, beforeError.Length + 1);
        Assert.Contains(message, error.GetMessage(), StringComparison.Ordinal);
        Assert.Contains(fix, error.GetMessage(), StringComparison.Ordinal);
    }

    [Fact]
    public void ValuesThatTakeTheirFormatCompileAndRender()
    {
        var letter = ProbeLetter.Text(
            "Fee {{ Recipient.Fee:N2 }}; met {{ Recipient.Met:d MMMM }}; on {{ Recipient.Dates | list }}; {{ Recipient.Dates:d MMM | list | upper }}.",
            Header);
        using var letters = GeneratorHarness.RunLetter(letter, Path, null, Consumer).Load();
        var recipient = Activator.CreateInstance(letters.Assembly.GetType("Recipient")!)!;
        Set(recipient, "Fee", 1234.5m);
        Set(recipient, "Met", new DateOnly(2020, 12, 7));
        Set(recipient, "Dates", new System.Collections.Generic.List<DateOnly> { new(2020, 12, 14), new(2020, 12, 15) });

        var body = letters.Create(("Recipient", recipient)).TextBody();

        Assert.Equal("Fee 1,234.50; met 7 December; on December 14, 2020 and December 15, 2020; 14 DEC AND 15 DEC.", body);
    }

    private static void Set(object target, string name, object value) => target.GetType().GetProperty(name)!.SetValue(target, value);

    private static Diagnostic SingleError(string body)
    {
        var run = GeneratorHarness.RunLetter(ProbeLetter.Text(body, Header), Path, null, Consumer);
        Assert.Empty(run.GeneratorDiagnostics);
        return Assert.Single(run.CompileDiagnostics, d => d.Severity == DiagnosticSeverity.Error);
    }

    private static void AssertAt(Diagnostic error, int column)
    {
        var span = error.Location.GetMappedLineSpan();
        Assert.Equal(Path, span.Path);
        Assert.Equal((BodyLine, column), (span.StartLinePosition.Line + 1, span.StartLinePosition.Character + 1));
    }
}
