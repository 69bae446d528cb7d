using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using LetterDsl.Generator.Tests.Infrastructure;
using LetterDsl.Testing;
using LetterDsl.Testing.Letters;

namespace LetterDsl.Generator.Tests.Reliability;

/// <summary>
/// The generated sources of every sample and test letter are byte-identical across runs, under any current culture,
/// and whether the letter was saved with CRLF or LF line endings.
/// </summary>
public sealed class DeterminismTests
{
    public static IEnumerable<object[]> Letters => InputLetters.All.Select(letter => new object[] { letter.Name });

    [Theory]
    [MemberData(nameof(Letters))]
    public void TwoRunsGiveIdenticalSources(string name)
    {
        var text = Text(name);

        Assert.Equal(Generate(name, text), Generate(name, text));
    }

    [Theory]
    [MemberData(nameof(Letters))]
    public void TheCurrentCultureDoesNotChangeTheSources(string name)
    {
        var text = Text(name);
        var expected = Under(CultureInfo.InvariantCulture, () => Generate(name, text));

        foreach (var culture in new[] { "tr-TR", "fi-FI", "ar-SA", "de-DE" })
        {
            var actual = Under(CultureInfo.GetCultureInfo(culture), () => Generate(name, text));
            Assert.True(expected == actual, $"{name} under {culture}:\n{Snapshot.Diff(expected, actual)}");
        }
    }

    [Theory]
    [MemberData(nameof(Letters))]
    public void CrlfAndLfGiveIdenticalSources(string name)
    {
        var lf = Text(name).Replace("\r\n", "\n");

        var crlf = Generate(name, lf.Replace("\n", "\r\n"));

        Assert.Contains('\n', lf);
        Assert.Equal(Generate(name, lf), crlf);
    }

    private static string Text(string name) => InputLetters.All.Single(letter => letter.Name == name).Text;

    /// <summary>Every hint name and source, in order, as one string; fails on any generator error.</summary>
    private static string Generate(string name, string text)
    {
        var run = GeneratorHarness.RunLetter(text, "/letters/" + name);
        Assert.DoesNotContain(run.GeneratorDiagnostics, d => d.Severity == Microsoft.CodeAnalysis.DiagnosticSeverity.Error);
        Assert.NotEmpty(run.Sources);
        return string.Concat(run.Sources.Select(source => "// " + source.HintName + "\n" + source.SourceText));
    }

    private static string Under(CultureInfo culture, Func<string> action)
    {
        var (current, currentUi) = (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture);
        CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = culture;
        try
        {
            return action();
        }
        finally
        {
            (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture) = (current, currentUi);
        }
    }
}
