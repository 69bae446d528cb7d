using System;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace LetterDsl.Testing.Letters;

/// <summary>One run of the generator: what it produced, what it reported, and the compilation with its output added.</summary>
public sealed class GeneratorRun
{
    private readonly Lazy<ImmutableArray<Diagnostic>> _compileDiagnostics;

    public GeneratorRun(GeneratorDriver driver, CSharpCompilation input, Compilation output)
    {
        Driver = driver;
        Input = input;
        Output = output;
        Result = driver.GetRunResult().Results.Single();
        _compileDiagnostics = new(() => output.GetDiagnostics());
    }

    /// <summary>The driver after this run, holding the cache the next run starts from.</summary>
    public GeneratorDriver Driver { get; }

    public CSharpCompilation Input { get; }

    public Compilation Output { get; }

    public GeneratorRunResult Result { get; }

    public ImmutableArray<GeneratedSourceResult> Sources => Result.GeneratedSources;

    /// <summary>What the generator reported (the LTR diagnostics).</summary>
    public ImmutableArray<Diagnostic> GeneratorDiagnostics => Result.Diagnostics;

    /// <summary>What the compiler reports on the consumer code and the generated code together.</summary>
    public ImmutableArray<Diagnostic> CompileDiagnostics => _compileDiagnostics.Value;

    /// <summary>The one generated source whose hint name starts with <paramref name="className"/>.</summary>
    public string Source(string className)
    {
        var matches = Sources.Where(s => s.HintName.StartsWith(className + ".", StringComparison.Ordinal)).ToList();
        Assert.True(matches.Count == 1, $"Expected one source for {className}; the generator produced: {string.Join(", ", Sources.Select(s => s.HintName))}");
        return matches[0].SourceText.ToString();
    }

    /// <summary>Fails with every diagnostic listed unless the generator and the compiler reported nothing visible, warnings and infos included.</summary>
    public GeneratorRun AssertClean()
    {
        // Hidden diagnostics (such as CS8019, an unused using) never reach a build log or the error list.
        var all = GeneratorDiagnostics.Concat(CompileDiagnostics).Where(d => d.Severity > DiagnosticSeverity.Hidden).ToList();
        Assert.True(all.Count == 0, "Expected no diagnostics, got:\n" + string.Join("\n", all.Select(d => d.ToString())));
        return this;
    }

    /// <summary>Compiles the output and loads it; dispose the result to unload it.</summary>
    public CompiledLetters Load()
    {
        AssertClean();
        return CompiledLetters.Load(Output);
    }
}
