using System.Collections.Generic;
using System.Collections.Immutable;
using LetterDsl.Generator.Model;
using Microsoft.CodeAnalysis;

namespace LetterDsl.Generator.Parsing;

/// <summary>State shared by the parsers of one letter: positions, diagnostics, the declared parameters and the loop variables in scope.</summary>
internal sealed class ParseContext
{
    /// <summary>How deep <c>if</c> and <c>for</c> blocks may nest. It bounds every recursion over the template, in the generator and in the emitted code.</summary>
    public const int MaxNestingDepth = 32;

    private readonly List<DiagnosticInfo> _diagnostics = new();
    private readonly List<string> _loopVariables = new();
    private readonly List<WrittenType> _loopVariableTypes = new();
    private readonly Dictionary<string, WrittenType> _parameterTypes = new(System.StringComparer.Ordinal);
    private bool _reportedTooDeep;

    public ParseContext(SourceMap source)
    {
        Source = source;
    }

    public SourceMap Source { get; }

    public Dictionary<string, ParameterSpec> Parameters { get; } = new(System.StringComparer.Ordinal);

    public HashSet<string> UsedParameters { get; } = new(System.StringComparer.Ordinal);

    /// <summary>
    /// Names whose declaration already has an error (a parameter with a bad type, a malformed loop). Uses of them
    /// report nothing more, so one mistake is one diagnostic rather than one per placeholder.
    /// </summary>
    public HashSet<string> BrokenNames { get; } = new(System.StringComparer.Ordinal);

    /// <summary>Blocks cut off at the end of a paragraph (LTR030); the <c>end</c> tags meant for them are not reported again.</summary>
    public int CutBlocks { get; set; }

    public IReadOnlyList<string> LoopVariables => _loopVariables;

    public int Depth { get; set; }

    public ImmutableArray<DiagnosticInfo> Diagnostics => _diagnostics.ToImmutableArray();

    /// <summary>How many diagnostics one letter reports before the rest are summed up in one LTR037, as compilers cap their error lists.</summary>
    public const int MaxDiagnostics = 200;

    public void Report(DiagnosticDescriptor descriptor, int offset, int length, params string[] args) =>
        Report(descriptor, Source.Location(offset, length), args);

    public void Report(DiagnosticDescriptor descriptor, LocationInfo location, params string[] args)
    {
        if (_diagnostics.Count < MaxDiagnostics)
        {
            _diagnostics.Add(DiagnosticInfo.Create(descriptor, location, args));
        }
        else if (_diagnostics.Count == MaxDiagnostics)
        {
            _diagnostics.Add(DiagnosticInfo.Create(LetterDsl.Generator.Diagnostics.DiagnosticDescriptors.TooManyDiagnostics, location, MaxDiagnostics.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        }
    }

    /// <summary>Whether a stray <c>end</c> closes a block already reported as cut off at a paragraph's end; if so it is consumed.</summary>
    public bool TryConsumeCutBlock()
    {
        if (CutBlocks == 0)
        {
            return false;
        }

        CutBlocks--;
        return true;
    }

    /// <summary>
    /// Whether a placeholder may name a list as its whole value: only '@signatories {{ Signers }}' does, which binds
    /// the list itself rather than writing it.
    /// </summary>
    public bool AcceptsListValue { get; set; }

    /// <summary>Brings a loop variable into scope, with the type of the items it runs over.</summary>
    public void PushLoopVariable(string name, WrittenType type)
    {
        _loopVariables.Add(name);
        _loopVariableTypes.Add(type);
    }

    public void PopLoopVariable()
    {
        _loopVariables.RemoveAt(_loopVariables.Count - 1);
        _loopVariableTypes.RemoveAt(_loopVariableTypes.Count - 1);
    }

    /// <summary>The type of the items the innermost loop variable of that name runs over.</summary>
    public WrittenType LoopVariableType(string name)
    {
        var index = _loopVariables.LastIndexOf(name);
        return index < 0 ? WrittenType.Unknown : _loopVariableTypes[index];
    }

    /// <summary>A declared parameter's type, read from its '@param' line once.</summary>
    public WrittenType ParameterType(string name)
    {
        if (!_parameterTypes.TryGetValue(name, out var type))
        {
            type = Parameters.TryGetValue(name, out var parameter) ? WrittenType.Parse(parameter.Type) : WrittenType.Unknown;
            _parameterTypes.Add(name, type);
        }

        return type;
    }

    public bool IsLoopVariable(string name) => _loopVariables.Contains(name);

    /// <summary>Enters a block, or reports LTR025 (once per letter) and returns false when that would nest too deeply.</summary>
    public bool TryEnterBlock(TemplateToken tag)
    {
        if (Depth >= MaxNestingDepth)
        {
            if (!_reportedTooDeep)
            {
                _reportedTooDeep = true;
                Report(LetterDsl.Generator.Diagnostics.DiagnosticDescriptors.NestingTooDeep, tag.Offset, tag.Length, MaxNestingDepth.ToString(System.Globalization.CultureInfo.InvariantCulture));
            }

            return false;
        }

        Depth++;
        return true;
    }
}
