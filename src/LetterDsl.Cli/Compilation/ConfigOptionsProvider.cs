using System.Collections.Generic;
using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace LetterDsl.Cli.Compilation;

/// <summary>
/// Hands the generator the options of an <see cref="AnalyzerConfigSet"/>, as the compiler's own provider does: the
/// global configs for every file, and per letter the <c>.editorconfig</c> sections that match its path.
/// </summary>
internal sealed class ConfigOptionsProvider : AnalyzerConfigOptionsProvider
{
    private readonly AnalyzerConfigSet _set;

    public ConfigOptionsProvider(AnalyzerConfigSet set)
    {
        _set = set;
        GlobalOptions = new DictionaryOptions(set.GlobalConfigOptions.AnalyzerOptions);
    }

    public override AnalyzerConfigOptions GlobalOptions { get; }

    public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => new DictionaryOptions(_set.GetOptionsForSourcePath(tree.FilePath).AnalyzerOptions);

    public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) => new DictionaryOptions(_set.GetOptionsForSourcePath(textFile.Path).AnalyzerOptions);

    /// <summary>The <c>dotnet_diagnostic.ID.severity</c> settings of the global configs, which the compiler applies project-wide.</summary>
    public ImmutableDictionary<string, ReportDiagnostic> GlobalSeverities => _set.GlobalConfigOptions.TreeOptions;

    private sealed class DictionaryOptions : AnalyzerConfigOptions
    {
        private readonly ImmutableDictionary<string, string> _values;

        // Keys are case-insensitive in .editorconfig and in the compiler's own options.
        public DictionaryOptions(ImmutableDictionary<string, string> values) => _values = values.WithComparers(KeyComparer);

        public override bool TryGetValue(string key, [NotNullWhen(true)] out string? value) => _values.TryGetValue(key, out value);

        public override IEnumerable<string> Keys => _values.Keys.ToList();
    }
}
