using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace LetterDsl.Testing.Letters;

/// <summary>
/// Stands in for the options the compiler builds from MSBuild properties (<c>build_property.*</c>) and from
/// .editorconfig sections (per additional file). It is immutable; the <c>With</c> methods return a copy.
/// </summary>
public sealed class TestAnalyzerConfigOptionsProvider : AnalyzerConfigOptionsProvider
{
    private readonly DictionaryOptions _global;
    private readonly ImmutableDictionary<string, DictionaryOptions> _perFile;

    private TestAnalyzerConfigOptionsProvider(DictionaryOptions global, ImmutableDictionary<string, DictionaryOptions> perFile)
    {
        _global = global;
        _perFile = perFile;
    }

    public static TestAnalyzerConfigOptionsProvider Empty { get; } =
        new(DictionaryOptions.Empty, ImmutableDictionary.Create<string, DictionaryOptions>(StringComparer.Ordinal));

    public override AnalyzerConfigOptions GlobalOptions => _global;

    /// <summary>Sets <c>build_property.RootNamespace</c> and <c>build_property.ProjectDir</c>, as the SDK does for every project.</summary>
    public static TestAnalyzerConfigOptionsProvider ForProject(string rootNamespace, string projectDirectory) =>
        Empty.WithGlobal("build_property.RootNamespace", rootNamespace).WithGlobal("build_property.ProjectDir", projectDirectory);

    public TestAnalyzerConfigOptionsProvider WithGlobal(string key, string value) => new(_global.With(key, value), _perFile);

    public TestAnalyzerConfigOptionsProvider WithFileOption(string path, string key, string value)
    {
        var current = _perFile.TryGetValue(path, out var options) ? options : DictionaryOptions.Empty;
        return new(_global, _perFile.SetItem(path, current.With(key, value)));
    }

    public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => DictionaryOptions.Empty;

    public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) =>
        _perFile.TryGetValue(textFile.Path, out var options) ? options : DictionaryOptions.Empty;

    private sealed class DictionaryOptions : AnalyzerConfigOptions
    {
        private readonly ImmutableDictionary<string, string> _values;

        private DictionaryOptions(ImmutableDictionary<string, string> values) => _values = values;

        // Keys are case-insensitive in .editorconfig and in the compiler's own options.
        public static DictionaryOptions Empty { get; } = new(ImmutableDictionary.Create<string, string>(KeyComparer));

        public DictionaryOptions With(string key, string value) => new(_values.SetItem(key, value));

        public override bool TryGetValue(string key, [NotNullWhen(true)] out string? value) => _values.TryGetValue(key, out value);

        public override IEnumerable<string> Keys => _values.Keys;
    }
}
