using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using LetterDsl.Generator.Diagnostics;

namespace LetterDsl.Generator.Parsing;

/// <summary>
/// A letter's directives and text lines, with the unknown and repeated directives reported once: the readers of
/// each part look directives up here by name.
/// </summary>
internal sealed class LetterDirectives
{
    private readonly List<Directive> _directives;
    private readonly Dictionary<string, Directive> _first = new(StringComparer.Ordinal);
    private readonly HashSet<string> _misspelled = new(StringComparer.Ordinal);

    public LetterDirectives(List<Directive> directives, List<(SourceLine Line, int Index)> textLines)
    {
        _directives = directives;
        TextLines = textLines;
    }

    /// <summary>The lines that are not directives or comments, with their 0-based line index.</summary>
    public List<(SourceLine Line, int Index)> TextLines { get; }

    /// <summary>
    /// Reports each unknown directive, with the closest name, and each repeat of a directive that may appear once.
    /// A misspelling is remembered, so a required part it was meant to be is not reported missing too.
    /// </summary>
    public void Classify(ParseContext context)
    {
        foreach (var directive in _directives)
        {
            if (Array.IndexOf(DirectiveNames.All, directive.Name) < 0)
            {
                var closest = NameSuggester.Closest(directive.Name, DirectiveNames.All);
                if (closest is not null)
                {
                    _misspelled.Add(closest);
                }

                context.Report(DiagnosticDescriptors.UnknownDirective, directive.Offset, directive.Length, directive.Name, NameSuggester.Ending(closest, "@"));
                continue;
            }

            if (_first.TryGetValue(directive.Name, out var earlier))
            {
                if (Array.IndexOf(DirectiveNames.Single, directive.Name) >= 0)
                {
                    context.Report(DiagnosticDescriptors.DuplicateDirective, directive.Offset, directive.Length, directive.Name, earlier.LineNumber.ToString(CultureInfo.InvariantCulture));
                }

                continue;
            }

            _first.Add(directive.Name, directive);
        }
    }

    /// <summary>The first directive of that name, or null.</summary>
    public Directive? First(string name) => _first.TryGetValue(name, out var directive) ? directive : null;

    public bool Has(string name) => _first.ContainsKey(name);

    /// <summary>Every directive of that name, in file order.</summary>
    public IEnumerable<Directive> All(string name) => _directives.Where(d => d.Name == name);

    /// <summary>The first directive of any of these names, in file order.</summary>
    public Directive? FirstOf(params string[] names) => _directives.FirstOrDefault(d => Array.IndexOf(names, d.Name) >= 0);

    /// <summary>Whether an unknown directive was most likely meant to be this one.</summary>
    public bool WasMisspelled(string name) => _misspelled.Contains(name);
}
