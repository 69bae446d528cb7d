using System;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using Microsoft.CodeAnalysis;
using LetterDsl.Testing.Letters;

namespace LetterDsl.Generator.Tests.Infrastructure;

/// <summary>
/// Letters whose checking depends on culture data (literal dates in other languages, culture names, a culture
/// without conventions), and a text that records everything the generator makes of them: its diagnostics and the
/// sources it emits. Two processes that print the same text built the letters the same way.
/// </summary>
internal static class CultureProbe
{
    public const string Command = "culture-probe";

    private static readonly (string Culture, string Header, string Date)[] s_letters =
    {
        ("de-DE", "@place Berlin", "7. Dezember 2020"),
        ("de-DE", "", "7. Dez. 2020"),
        ("de-AT", "", "7. Dezember 2020"),
        ("fr-FR", "@place Paris", "17 novembre 2004"),
        ("fr-FR", "", "1er décembre 2004"),
        ("FR-ca", "", "17 novembre 2004"),
        ("es-ES", "@place Madrid", "17 de noviembre de 2004"),
        ("it-IT", "@place Roma", "1º dicembre 2004"),
        ("nl-NL", "@place Den Haag", "17 november 2004"),
        ("pt-PT", "@place Lisboa", "17 de novembro de 2004"),
        ("pt-BR", "@place Brasília", "17 de novembro de 2004"),
        ("en-GB", "@label dateline: {place}", "7 December 2020"),
        ("de-DE", "", "30. Februar 2021"),
        ("es-ES", "", "17 de brumario de 2004"),
        ("ja-JP", "", "2020-12-07"),
        ("tr-TR", "", "7 Aralık 2020"),
        ("xx-YY", "", "2020-12-07"),
    };

    /// <summary>Whether this process runs with globalization-invariant mode on: then .NET knows no culture but the invariant one.</summary>
    public static bool InvariantGlobalization => CultureInfo.GetCultures(CultureTypes.AllCultures).Length <= 1;

    /// <summary>Writes the mode, a blank line and <see cref="Describe"/> to <paramref name="path"/>.</summary>
    public static void Write(string path) =>
        File.WriteAllText(path, $"invariant: {InvariantGlobalization}\n\n{Describe()}", new UTF8Encoding(false));

    /// <summary>What the generator reports and emits for each probe letter.</summary>
    public static string Describe()
    {
        var text = new StringBuilder();
        for (var i = 0; i < s_letters.Length; i++)
        {
            var (culture, header, date) = s_letters[i];
            var path = $"/letters/Probe{i}.letter";
            var letter = ProbeLetter.Text("Body.", $"@culture {culture}\n{header}", date, className: "Probe" + i);
            var run = GeneratorHarness.RunLetter(letter, path);

            text.Append("== ").Append(path).Append(": @culture ").Append(culture).Append(", @date ").Append(date).Append('\n');
            foreach (var diagnostic in run.GeneratorDiagnostics.OrderBy(d => d.Location.SourceSpan.Start).ThenBy(d => d.Id, StringComparer.Ordinal))
            {
                var span = diagnostic.Location.GetLineSpan();
                text.Append(diagnostic.Id).Append(' ').Append(diagnostic.Severity).Append(' ')
                    .Append(span.StartLinePosition.ToString()).Append('-').Append(span.EndLinePosition.ToString()).Append(' ')
                    .Append(diagnostic.GetMessage(CultureInfo.InvariantCulture)).Append('\n');
            }

            foreach (var source in run.Sources.OrderBy(s => s.HintName, StringComparer.Ordinal))
            {
                text.Append("-- ").Append(source.HintName).Append('\n').Append(source.SourceText).Append('\n');
            }
        }

        return text.ToString();
    }
}
