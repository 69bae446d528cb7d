using System;
using System.Collections.Generic;

namespace LetterDsl.Testing.Letters;

/// <summary>
/// A complete, valid letter around a body under test, and the means to render it through the real generated code.
/// Everything but the body and the extra header lines is fixed, so a test reads as the construct it is about.
/// </summary>
public static class ProbeLetter
{
    public const string Namespace = "Tests";
    public const string ClassName = "Probe";
    public const string TypeName = Namespace + "." + ClassName;
    public const string Salutation = "Excellency,";
    public const string Closing = "Sincerely,";

    /// <summary>
    /// The letter's text: <paramref name="header"/> lines (parameters, culture), the fixed parts, and <paramref name="body"/>.
    /// A null <paramref name="className"/> or <paramref name="namespace"/> leaves out <c>@letter</c> or <c>@namespace</c>.
    /// </summary>
    public static string Text(string body, string header = "", string date = "2020-12-07", string? className = ClassName, string? @namespace = Namespace) =>
        (className is null ? "" : $"@letter {className}\n")
        + (@namespace is null ? "" : $"@namespace {@namespace}\n")
        + $"{header}\n@date {date}\n@salutation {Salutation}\n\n{body}\n\n@closing {Closing}\n@signatory Ada Lovelace | Convenor | Coalition\n";

    /// <summary>Generates, compiles and loads the probe letter; fails on any diagnostic.</summary>
    public static CompiledLetters Compile(string body, string header = "", string date = "2020-12-07") =>
        GeneratorHarness.RunLetter(Text(body, header, date)).Load();

    public static ILetter Create(this CompiledLetters letters, params (string Name, object? Value)[] values)
    {
        var parameters = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (var (name, value) in values)
        {
            parameters.Add(name, value);
        }

        return letters.Create(TypeName, parameters);
    }

    /// <summary>Generates, compiles and loads the probe letter, then renders its body alone as Markdown.</summary>
    public static string MarkdownBody(string body, string header = "", params (string Name, object? Value)[] values)
    {
        using var letters = Compile(body, header);
        return letters.Create(values).MarkdownBody();
    }

    public static string MarkdownBody(this ILetter letter) => BodyOf(letter.ToMarkdown());

    public static string TextBody(this ILetter letter) => BodyOf(letter.ToText());

    /// <summary>The part of a rendered Markdown or text letter between the salutation and the closing.</summary>
    public static string BodyOf(string rendered)
    {
        var start = rendered.IndexOf(Salutation + "\n\n", StringComparison.Ordinal);
        var end = rendered.LastIndexOf("\n\n" + Closing, StringComparison.Ordinal);
        Assert.True(start >= 0 && end > start, "No body between the salutation and the closing in:\n" + rendered);
        start += Salutation.Length + 2;
        return rendered.Substring(start, end - start);
    }
}
