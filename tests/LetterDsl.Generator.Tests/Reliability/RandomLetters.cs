using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using CsCheck;

namespace LetterDsl.Generator.Tests.Reliability;

/// <summary>A fuzzed letter: its text and the parameters it declares, in order.</summary>
internal sealed record FuzzLetter(string Text, IReadOnlyList<FuzzParameter> Parameters)
{
    /// <summary>The class the letter declares with <c>@letter</c>.</summary>
    public const string ClassName = "Letter";

    /// <summary>The letter as the file of case <paramref name="index"/>: its own namespace keeps the classes of one batch apart.</summary>
    public string File(int index) => "@letter " + ClassName + "\n@namespace " + Namespace(index) + "\n" + Text;

    public static string Namespace(int index) => "Fuzz.Case" + index;

    /// <summary>All values of a letter, one per parameter, in the order of <see cref="Parameters"/>.</summary>
    public Gen<object?[]> Values()
    {
        var values = Gen.Const(Array.Empty<object?>());
        foreach (var parameter in Parameters)
        {
            values = Gen.Select(values, parameter.Kind.Values, (before, value) => before.Append(value).ToArray());
        }

        return values;
    }
}

internal sealed record FuzzParameter(string Name, FuzzParameterKind Kind);

/// <summary>
/// Letters built to be valid: every v2 directive and layout (<c>@layout</c>, <c>@from</c>, <c>@ref</c>, <c>@label</c>,
/// <c>@signatory</c> with up to six fields, <c>@signatories</c>, <c>@to</c>, <c>@cc</c>, <c>@enclosure</c>, <c>@ps</c>),
/// and every body construct: paragraphs with soft and hard breaks, bulleted and numbered lists, block and inline
/// <c>if</c>/<c>else</c> and <c>for</c>, emphasis, whitespace control, escapes, and placeholders with the formats and
/// filters their types take. The generator must accept each one; rendering it must not throw.
/// </summary>
internal sealed class RandomLetters : Gen<FuzzLetter>
{
    private static readonly string[] s_cultures =
    {
        "", "en-US", "en-GB", "de-DE", "fr-FR", "es-ES", "tr-TR", "ar-SA", "th-TH", "ja-JP", "fa-IR", "ps-AF", "he-IL", "zh-Hans", "ru-RU",
        "nl-NL", "pt-BR", "fi-FI", "hi-IN",
    };

    private static readonly string[] s_words =
    {
        "Excellency", "the", "session", "Assembly", "of", "States", "Parties", "we", "appeal", "to", "you", "naïve", "café",
        "\"quoted\"", "back\\slash", "<b>bold?</b>", "&amp;", "50%", "#hash", "[brackets]", "(parens)", "Ünïcödé", "日本", "🎉",
        "--", "_under_", "'single'", "`tick`", "x}}y", "{single}", "*/", "//", "nb\u00A0sp", "rlm\u200F", "tab\there", "ÆØÅ", "œuvre",
    };

    private static readonly string[] s_layouts = { "", "block", "un", "din5008-a", "din5008-b" };

    private static readonly string[] s_labelKeys = { "enclosure", "enclosures", "cc", "ps", "pps", "date" };

    public override FuzzLetter Generate(PCG pcg, Size? min, out Size size)
    {
        var letter = new Builder(pcg).Build();
        size = new Size((ulong)letter.Text.Length);
        return letter;
    }

    /// <summary>Builds one letter from the random stream, tracking the parameters and loop variables in scope.</summary>
    private sealed class Builder
    {
        private const int MaxDepth = 3;

        private readonly PCG _random;
        private readonly List<FuzzParameter> _parameters = new();
        private readonly List<(string Name, FuzzParameterKind Kind)> _loops = new();
        private readonly StringBuilder _text = new();
        private int _depth;

        public Builder(PCG random) => _random = random;

        public FuzzLetter Build()
        {
            var count = Next(1, 7);
            for (var i = 0; i < count; i++)
            {
                _parameters.Add(new FuzzParameter("P" + i, Pick(FuzzParameterKinds.All)));
            }

            var signatories = Chance(20) ? AddSignatoryList() : null;
            var layout = Pick(s_layouts);
            if (_parameters.Any(p => p.Kind.NeedsUsing))
            {
                Line("@using " + FuzzTypes.Namespace);
            }

            Optional("@culture ", Pick(s_cultures));
            Optional("@layout ", layout);
            if (Chance(40))
            {
                Line("@summary " + Words(1, 8));
            }

            foreach (var parameter in _parameters)
            {
                Line("@param " + parameter.Name + ": " + parameter.Kind.Type);
            }

            Labels();
            Repeat("@from ", 0, 3);
            if (!layout.StartsWith("din", StringComparison.Ordinal) && Chance(50))
            {
                Line("@place " + Inline(directive: true));
            }

            Date();
            Repeat("@to ", layout is "un" || layout.StartsWith("din", StringComparison.Ordinal) ? 1 : 0, layout == "block" || layout.Length == 0 ? 4 : 6);
            References();
            if (Chance(60))
            {
                Line("@subject " + Inline(directive: true));
            }

            Line("@salutation " + Inline(directive: true));
            _text.Append('\n');
            Blocks(Next(1, 6));
            _text.Append('\n');
            Line("@closing " + Inline(directive: true));
            Signatures(signatories);
            Repeat("@enclosure ", 0, 2);
            Repeat("@cc ", 0, 2);
            Repeat("@ps ", 0, 2);
            return new FuzzLetter(_text.ToString(), _parameters.ToArray());
        }

        private FuzzParameter AddSignatoryList()
        {
            var parameter = new FuzzParameter("Signers", FuzzParameterKinds.All.Single(k => k.IsSignatoryList));
            _parameters.Add(parameter);
            return parameter;
        }

        private void Labels()
        {
            foreach (var key in s_labelKeys.Where(_ => Chance(10)))
            {
                Line("@label " + key + ": " + Words(1, 3));
            }

            if (Chance(15))
            {
                Line("@label page: " + Pick(new[] { "Seite {page} von {pages}", "{page}", "p. {page}/{pages}" }));
            }
        }

        private void Date()
        {
            var dates = _parameters.Where(p => p.Kind.IsDate).ToList();
            if (dates.Count > 0 && Chance(80))
            {
                var date = Pick(dates);
                Line("@date {{ " + Use(date.Name, date.Kind.Uses.Where(u => !u.Contains('|', StringComparison.Ordinal)).ToArray()) + " }}");
                return;
            }

            Line("@date " + Pick(new[] { "2020-12-07", "May 21, 2010", "7 December 2020", "0001-01-01", "9999-12-31", "2000-02-29" }));
        }

        private void References()
        {
            for (var i = Next(0, 3); i > 0; i--)
            {
                Line("@ref " + Pick(new[] { "Our ref.", "Your ref.", "Ihr Zeichen", "Réf." }) + ": " + Inline(directive: true));
            }
        }

        private void Signatures(FuzzParameter? signatories)
        {
            if (signatories is not null)
            {
                Line("@signatories {{ " + signatories.Name + " }}");
                return;
            }

            for (var i = Next(1, 3); i > 0; i--)
            {
                var fields = new List<string> { Inline(directive: true) };
                for (var f = Next(0, 5); f > 0; f--)
                {
                    fields.Add(Chance(15) ? "" : Chance(50) ? Words(1, 3) : Inline(directive: true));
                }

                Line("@signatory " + string.Join(" | ", fields));
            }
        }

        private void Blocks(int count)
        {
            for (var i = 0; i < count; i++)
            {
                Block();
                _text.Append('\n');
            }
        }

        private void Block()
        {
            var lists = Lists();
            switch (Next(0, _depth < MaxDepth ? 7 : 4))
            {
                case 0:
                case 1:
                    Paragraph();
                    break;
                case 2:
                    ListItems(numbered: false);
                    break;
                case 3:
                    ListItems(numbered: true);
                    break;
                case 4:
                case 5:
                    _depth++;
                    Line("{{ if " + Condition() + " }}");
                    Blocks(Next(1, 2));
                    if (Chance(50))
                    {
                        Line("{{ else }}");
                        Blocks(Next(1, 2));
                    }

                    Line("{{ end }}");
                    _depth--;
                    break;
                default:
                    if (lists.Count == 0)
                    {
                        Paragraph();
                        break;
                    }

                    var (source, kind) = Pick(lists);
                    var variable = "v" + _loops.Count;
                    _depth++;
                    Line("{{ for " + variable + " in " + source + " }}");
                    _loops.Add((variable, kind));
                    if (Chance(60))
                    {
                        Line(Pick(new[] { "- ", "1. " }) + Inline(directive: false));
                    }
                    else
                    {
                        Blocks(1);
                    }

                    _loops.RemoveAt(_loops.Count - 1);
                    Line("{{ end }}");
                    _depth--;
                    break;
            }
        }

        private void Paragraph()
        {
            if (Chance(5))
            {
                Line("@@ starts with an at, " + Inline(directive: false));
            }

            for (var i = Next(1, 3); i > 0; i--)
            {
                var line = Inline(directive: false);
                Line(i > 1 && Chance(25) ? line + "  " : line);
            }
        }

        private void ListItems(bool numbered)
        {
            var number = Next(1, 99);
            for (var i = Next(1, 4); i > 0; i--)
            {
                Line((numbered ? number++ + ". " : "- ") + Inline(directive: false));
            }
        }

        /// <summary>One line of inline content that starts and ends with a word, so no line begins with syntax.</summary>
        private string Inline(bool directive)
        {
            var pieces = new List<string> { Words(1, 2) };
            for (var i = Next(1, directive ? 2 : 4); i > 0; i--)
            {
                pieces.Add(InlinePiece(directive));
            }

            pieces.Add(Words(1, 1));
            return string.Join(" ", pieces);
        }

        private string InlinePiece(bool directive) => Next(0, 11) switch
        {
            0 or 1 => Words(1, 4),
            2 or 3 or 4 => Placeholder(),
            5 => "**" + Words(1, 2) + " " + Placeholder() + "**",
            6 => "*" + Words(1, 2) + "*",
            7 => "{{ if " + Condition() + " }}" + Words(1, 2) + (Chance(50) ? "{{ else }}" + Placeholder() : "") + "{{ end }}",
            8 => InlineLoop(),
            9 => "x{{~ " + Placeholder()[3..^3] + " ~}}y",
            _ => directive ? "{{{{ literal }}" : "{{{{ escaped }} " + Words(1, 1),
        };

        private string InlineLoop()
        {
            var lists = Lists();
            if (lists.Count == 0)
            {
                return Placeholder();
            }

            var (source, kind) = Pick(lists);
            var variable = "v" + _loops.Count;
            return "{{ for " + variable + " in " + source + " }}{{ " + Use(variable, kind.ItemUses!) + " }}, {{ end }}";
        }

        private string Placeholder()
        {
            // Inside a loop the lists stay out too: a 1,000-item list written in each of 1,000 items is a million.
            var scope = _parameters.Where(p => _loops.Count == 0 || !p.Kind.IsList).Select(p => (p.Name, Uses: p.Kind.Uses))
                .Concat(_loops.Select(l => (l.Name, Uses: l.Kind.ItemUses!)))
                .ToList();
            var (name, uses) = Pick(scope);
            return "{{ " + Use(name, uses) + " }}";
        }

        private string Condition()
        {
            var names = _parameters.Select(p => p.Name).Concat(_loops.Select(l => l.Name)).ToList();
            return Pick(new[] { "", "not ", "!" }) + Pick(names);
        }

        /// <summary>
        /// The list parameters, as loop sources with their items' kind; none inside a loop, where a loop over another
        /// 1,000-item list would render a million items and say nothing new.
        /// </summary>
        private List<(string Source, FuzzParameterKind Kind)> Lists() =>
            _loops.Count > 0 ? new() : _parameters.Where(p => p.Kind.IsList).Select(p => (p.Name, p.Kind)).ToList();

        private string Use(string name, string[] uses) => Pick(uses).Replace("{0}", name, StringComparison.Ordinal);

        private void Repeat(string directive, int min, int max)
        {
            for (var i = Next(min, max); i > 0; i--)
            {
                Line(directive + Inline(directive: true));
            }
        }

        private void Optional(string directive, string value)
        {
            if (value.Length > 0)
            {
                Line(directive + value);
            }
        }

        private string Words(int min, int max)
        {
            var words = new string[Next(min, max)];
            for (var i = 0; i < words.Length; i++)
            {
                words[i] = Pick(s_words);
            }

            // No word reads as syntax at the start of a line ('- ', '1. ', '@'), is white space alone, or holds '|'.
            return string.Join(" ", words);
        }

        private void Line(string line) => _text.Append(line).Append('\n');

        private int Next(int min, int max) => min + (int)_random.Next((uint)(max - min + 1));

        private bool Chance(int percent) => _random.Next(100) < percent;

        private T Pick<T>(IReadOnlyList<T> items) => items[(int)_random.Next((uint)items.Count)];
    }
}
