using System;
using LetterDsl.Generator.Tests.Infrastructure;
using LetterDsl.Testing.Letters;

namespace LetterDsl.Generator.Tests.Reliability;

/// <summary>
/// Random literal body text goes through the generator and the compiler and comes back from <c>ToText()</c> exactly,
/// apart from the documented folding of a paragraph's lines into one (docs/reliability.md).
/// </summary>
public sealed class TextFidelityTests
{
    private const int Seed = 7122020;

    public static TheoryData<int> Letters()
    {
        var data = new TheoryData<int>();
        for (var i = 0; i < 8; i++)
        {
            data.Add(i);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Letters))]
    public void ToTextGivesBackTheBodyText(int letter)
    {
        var (body, expected) = RandomBodyText.Create(new Random(Seed + letter), paragraphs: 25);
        using var letters = ProbeLetter.Compile(body);

        var actual = ProbeLetter.BodyOf(letters.Create().ToText());

        if (actual != expected)
        {
            var at = 0;
            while (at < Math.Min(actual.Length, expected.Length) && actual[at] == expected[at])
            {
                at++;
            }

            Assert.Fail($"seed {Seed + letter}: the text differs at {at}:\nexpected: {Escape(expected, at)}\nactual:   {Escape(actual, at)}");
        }
    }

    private static string Escape(string text, int at)
    {
        var start = Math.Max(0, at - 20);
        var part = text.Substring(start, Math.Min(60, text.Length - start));
        var builder = new System.Text.StringBuilder();
        foreach (var c in part)
        {
            builder.Append(c is < ' ' or > '~' ? $"\\u{(int)c:X4}" : c.ToString());
        }

        return builder.ToString();
    }
}
