using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Runtime.InteropServices;
using System.Text;
using System.Text.RegularExpressions;

namespace LetterDsl.Generator.Tests.Reliability;

/// <summary>The figures of a render fuzz run, as docs/reliability.md records them.</summary>
internal sealed class RenderFuzzStatistics
{
    // What a letter's text shows of each construct, counted over the letters of the run.
    private static readonly (string Name, Regex Marker)[] s_constructs = new (string, string)[]
    {
        ("@layout un", "^@layout un$"), ("@layout din5008-a", "^@layout din5008-a$"), ("@layout din5008-b", "^@layout din5008-b$"),
        ("@culture", "^@culture "), ("@from", "^@from "), ("@ref", "^@ref "), ("@label", "^@label "), ("@to", "^@to "),
        ("@signatory", "^@signatory "), ("@signatories", "^@signatories "), ("@cc", "^@cc "), ("@enclosure", "^@enclosure "),
        ("@ps", "^@ps "), ("block if", @"^\{\{ if "), ("block for", @"^\{\{ for "), ("inline if", @".\{\{ if "), ("inline for", @".\{\{ for "),
        ("else", @"\{\{ else \}\}"), ("bold", @"\*\*"), ("bullet", "^- "), ("numbered", "^[0-9]+\\. "), ("hard break", "  $"),
        ("~", @"\{\{~"), ("{{{{", @"\{\{\{\{"), ("@@", "^@@"), ("format", @"\{\{~? [\w.]+:[^|}]+"), ("| list", @"\| list"),
        ("| ordinal", @"\| ordinal"),
    }.Select(c => (c.Item1, new Regex(c.Item2, RegexOptions.Multiline | RegexOptions.CultureInvariant))).ToArray();

    private readonly Dictionary<string, int> _valuesPerType = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _constructs = new(StringComparer.Ordinal);
    private readonly Dictionary<string, (int Count, TimeSpan Time)> _renders = new(StringComparer.Ordinal);

    public int Letters { get; private set; }

    public int Compiled { get; set; }

    public int ValueSets { get; set; }

    public TimeSpan GenerateTime { get; set; }

    public TimeSpan CompileTime { get; set; }

    public void AddLetter(FuzzLetter letter)
    {
        Letters++;
        foreach (var (name, marker) in s_constructs)
        {
            if (marker.IsMatch(letter.Text))
            {
                _constructs[name] = _constructs.GetValueOrDefault(name) + 1;
            }
        }
    }

    public void AddValues(FuzzLetter letter)
    {
        ValueSets++;
        foreach (var parameter in letter.Parameters)
        {
            _valuesPerType[parameter.Kind.Type] = _valuesPerType.GetValueOrDefault(parameter.Kind.Type) + 1;
        }
    }

    public void AddRender(string format, TimeSpan elapsed)
    {
        var (count, time) = _renders.GetValueOrDefault(format);
        _renders[format] = (count + 1, time + elapsed);
    }

    public int Renders => _renders.Values.Sum(r => r.Count);

    public string Summary(int seed, int failures, TimeSpan total)
    {
        var text = new StringBuilder();
        text.Append(string.Create(CultureInfo.InvariantCulture,
            $"render fuzz seed {seed}: {Letters} letters, {Compiled} compiled, {ValueSets} value sets, {Renders} renders, {failures} failures; total {total.TotalSeconds:F1} s (generator {GenerateTime.TotalSeconds:F1} s, compile {CompileTime.TotalSeconds:F1} s) on {RuntimeInformation.OSDescription} ({Environment.ProcessorCount} cores, {RuntimeInformation.FrameworkDescription})\n"));
        text.Append("renders: ").AppendJoin(", ", _renders.OrderBy(r => r.Key, StringComparer.Ordinal)
            .Select(r => string.Create(CultureInfo.InvariantCulture, $"{r.Key} {r.Value.Count} in {r.Value.Time.TotalSeconds:F1} s"))).Append('\n');
        text.Append("values per type: ").AppendJoin(", ", _valuesPerType.OrderBy(v => v.Key, StringComparer.Ordinal)
            .Select(v => string.Create(CultureInfo.InvariantCulture, $"{v.Key} {v.Value}"))).Append('\n');
        text.Append("letters with: ").AppendJoin(", ", s_constructs
            .Select(c => string.Create(CultureInfo.InvariantCulture, $"{c.Name} {_constructs.GetValueOrDefault(c.Name)}")));
        return text.ToString();
    }
}
