using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.Linq;
using System.Reflection;
using System.Text;
using CsCheck;
using LetterDsl.Generator.Tests.Infrastructure;
using Xunit.Abstractions;
using LetterDsl.Testing.Letters;

namespace LetterDsl.Generator.Tests.Reliability;

/// <summary>
/// A letter that builds renders: random valid letters (<see cref="RandomLetters"/>) are generated, compiled in
/// batches, created with hostile values of every parameter type (<see cref="FuzzParameterKinds"/>) and rendered to every
/// format (<see cref="RenderFormat.All"/>; PDF with the first set of values). An exception that leaves the runtime fails the test, with the letter and
/// the values that replay it, and the values shrunk by CsCheck.
/// </summary>
/// <remarks>
/// <c>LETTERDSL_RENDER_FUZZ</c> sets the number of letters (default 500), <c>LETTERDSL_RENDER_FUZZ_SEED</c> the seed,
/// <c>LETTERDSL_RENDER_FUZZ_CASE</c> runs the one letter with that index, and <c>LETTERDSL_RENDER_FUZZ_REPORT</c> names a
/// file to write the run's figures to. See docs/reliability.md.
/// </remarks>
public sealed class RenderFuzzTests
{
    public const int DefaultLetters = 500;
    public const int DefaultSeed = 7122020;

    /// <summary>How many sets of values each letter is rendered with.</summary>
    public const int ValueSets = 3;

    private const int BatchSize = 125;
    private const int MaxReportedFailures = 10;

    private static readonly RandomLetters s_letters = new();

    private readonly ITestOutputHelper _output;

    public RenderFuzzTests(ITestOutputHelper output) => _output = output;

    [Fact]
    public void EveryLetterThatBuildsRendersEveryValueInEveryFormat()
    {
        var seed = FuzzSettings.Int("LETTERDSL_RENDER_FUZZ_SEED") ?? DefaultSeed;
        var only = FuzzSettings.Int("LETTERDSL_RENDER_FUZZ_CASE");
        var count = FuzzSettings.Int("LETTERDSL_RENDER_FUZZ") ?? DefaultLetters;
        var indices = only is { } single ? new[] { single } : Enumerable.Range(0, count).ToArray();
        var stats = new RenderFuzzStatistics();
        var failures = new List<string>();
        var total = Stopwatch.StartNew();
        foreach (var chunk in indices.Chunk(BatchSize))
        {
            if (failures.Count >= MaxReportedFailures)
            {
                break;
            }

            var cases = chunk.Select(index => new RenderCase(index, Letter(seed, index))).ToList();
            cases.ForEach(c => stats.AddLetter(c.Letter));
            using var batch = RenderBatch.Build(cases);
            stats.GenerateTime += batch.GenerateTime;
            stats.CompileTime += batch.CompileTime;
            stats.Compiled += batch.Compiled.Count;
            failures.AddRange(batch.Failures.Select(f => Describe(seed, f.Case, f.Problem)));
            foreach (var renderCase in batch.Compiled)
            {
                for (var set = 0; set < ValueSets && failures.Count < MaxReportedFailures; set++)
                {
                    if (RenderOne(batch.Letters!, renderCase, seed, set, stats) is { } failure)
                    {
                        failures.Add(failure);
                    }
                }
            }
        }

        total.Stop();
        var summary = stats.Summary(seed, failures.Count, total.Elapsed);
        _output.WriteLine(summary);
        FuzzSettings.Report("LETTERDSL_RENDER_FUZZ_REPORT", summary);

        Assert.True(failures.Count == 0, string.Join("\n\n", failures) + "\n\n" + summary);
        Assert.Equal(indices.Length, stats.Compiled);
        Assert.Equal(indices.Length * ValueSets, stats.ValueSets);
        Assert.Equal(indices.Length * RenderFormat.All.Sum(f => f.FirstValuesOnly ? 1 : ValueSets), stats.Renders);
    }

    /// <summary>Letter <paramref name="index"/> of the run: its own stream of the seed, so it replays alone.</summary>
    private static FuzzLetter Letter(int seed, int index) => s_letters.Generate(new PCG((uint)index, (ulong)seed), null, out _);

    /// <summary>Renders one letter with value set <paramref name="set"/>; returns the failure, shrunk, or null.</summary>
    private static string? RenderOne(CompiledLetters letters, RenderCase renderCase, int seed, int set, RenderFuzzStatistics stats)
    {
        var pcg = new PCG((uint)renderCase.Index, unchecked((ulong)seed * 31 + (ulong)set + 1));
        var valuesSeed = pcg.ToString();
        var generator = renderCase.Letter.Values();
        var values = generator.Generate(pcg, null, out _);
        var width = 1 + (int)pcg.Next(100);
        stats.AddValues(renderCase.Letter);
        if (Render(letters, renderCase, values, width, set == 0, stats) is not { } problem)
        {
            return null;
        }

        // The letter is compiled, so shrinking its values is cheap: CsCheck looks for smaller values that still fail.
        var shrunk = "";
        try
        {
            Check.Sample(generator, candidate =>
            {
                if (Render(letters, renderCase, candidate, width, set == 0, null) is { } again)
                {
                    throw new InvalidOperationException(again);
                }
            }, seed: valuesSeed, iter: 200, threads: 1, print: candidate => DescribeValues(renderCase.Letter, candidate));
        }
        catch (CsCheckException shrinking)
        {
            shrunk = "\nshrunk by CsCheck: " + shrinking.Message;
        }

        return Describe(seed, renderCase, problem + $"\nvalues (seed {valuesSeed}, text width {width}):\n" + DescribeValues(renderCase.Letter, values) + shrunk);
    }

    /// <summary>Creates the letter with <paramref name="values"/> and renders it to every format; returns what went wrong, or null.</summary>
    private static string? Render(CompiledLetters letters, RenderCase renderCase, object?[] values, int width, bool firstValues, RenderFuzzStatistics? stats)
    {
        ILetter letter;
        try
        {
            var parameters = new Dictionary<string, object?>(StringComparer.Ordinal);
            for (var i = 0; i < values.Length; i++)
            {
                parameters.Add(renderCase.Letter.Parameters[i].Name, FuzzTypes.Materialize(values[i], letters.Assembly));
            }

            letter = letters.Create(renderCase.TypeName, parameters);
        }
        catch (TargetInvocationException exception)
        {
            return "creating the letter threw " + exception.InnerException;
        }

        foreach (var format in RenderFormat.All.Where(f => firstValues || !f.FirstValuesOnly))
        {
            var time = Stopwatch.StartNew();
            string? output;
            try
            {
                output = format.Render(letter, width);
            }
            catch (Exception exception)
            {
                return $"rendering to {format.Name} threw {exception}";
            }

            stats?.AddRender(format.Name, time.Elapsed);

            // A collection's type name is never what a letter means to print.
            if (output is not null && output.Contains("System.Collections.", StringComparison.Ordinal))
            {
                return $"the {format.Name} output holds a collection's type name:\n" + output;
            }
        }

        return null;
    }

    private static string Describe(int seed, RenderCase renderCase, string problem)
    {
        var saved = FuzzSettings.SaveLetter("letterdsl-render-fuzz", $"seed{seed}-case{renderCase.Index}.letter", renderCase.Text);
        return $"seed {seed}, letter {renderCase.Index}: replay with LETTERDSL_RENDER_FUZZ_SEED={seed} LETTERDSL_RENDER_FUZZ_CASE={renderCase.Index}; the letter is in {saved}\n"
            + problem + "\nthe letter:\n" + renderCase.Text;
    }

    private static string DescribeValues(FuzzLetter letter, object?[] values) =>
        string.Join("\n", letter.Parameters.Select((p, i) => "  " + p.Name + " (" + p.Kind.Type + ") = " + DescribeValue(values[i])));

    private static string DescribeValue(object? value) => value switch
    {
        null => "null",
        string text => Quote(text),
        Signatory signatory => "Signatory(" + Quote(signatory.Name) + string.Concat(signatory.Lines.Select(l => ", " + Quote(l))) + ")",
        PersonValue person => $"Person(Name {Quote(person.Name)}, Title {DescribeValue(person.Title)}, Born {DescribeValue(person.Born)}, Fee {DescribeValue(person.Fee)}, Tags {DescribeValue(person.Tags)}, Rating {person.Stars}, Active {person.Active}, Code {DescribeValue(person.Code)})",
        System.Collections.IEnumerable items => "[" + items.Cast<object?>().Count() + " items: " + string.Join(", ", items.Cast<object?>().Take(5).Select(DescribeValue)) + "]",
        IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture) + " (" + value.GetType().Name + ")",
        _ => value.ToString() ?? "",
    };

    /// <summary>A string as a C# literal would write it, so control characters and surrogates can be read and replayed.</summary>
    private static string Quote(string text)
    {
        var builder = new StringBuilder("\"");
        foreach (var c in text.Length > 200 ? text[..200] : text)
        {
            builder.Append(c is < ' ' or '"' or '\\' || char.IsSurrogate(c) || (c >= '\u007F' && c <= '\u009F') || c is '\u2028' or '\u2029' ? $"\\u{(int)c:X4}" : c.ToString());
        }

        return builder.Append(text.Length > 200 ? $"\"… ({text.Length} chars)" : "\"").ToString();
    }
}
