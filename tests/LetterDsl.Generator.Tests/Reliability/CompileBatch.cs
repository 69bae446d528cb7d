using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Text;
using LetterDsl.Generator.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using LetterDsl.Testing.Letters;

namespace LetterDsl.Generator.Tests.Reliability;

/// <summary>
/// Compiles the generated code of many accepted cases at once, because one compilation per case would cost more
/// than the generator runs themselves. Each case's code moves into a namespace of its own (<c>Fuzz12.…</c>), so
/// the same letter class from two mutants does not collide. A case with an error here is compiled again alone,
/// as generated, and only what that compilation reports counts: renaming can itself cause an error, for example
/// when a letter's <c>@namespace</c> shadows a namespace that its <c>@using</c> names.
/// </summary>
internal sealed class CompileBatch
{
    public const int Size = 40;

    private readonly List<(FuzzCase Case, ImmutableArray<SyntaxTree> Trees)> _pending = new();

    // The keys of generated code that already compiled without a problem.
    private readonly HashSet<string> _compiled = new(System.StringComparer.Ordinal);

    public int Count => _pending.Count;

    /// <summary>
    /// Queues a case's generated code; returns false when code that binds the same already compiled. Code binds the
    /// same when its tokens are the same apart from the contents of string literals and apart from trivia (the
    /// <c>#line</c> directives among them): most mutants only change a letter's text. What differs in those parts
    /// is checked per case by <see cref="GeneratorFuzzer.CheckSyntax"/>.
    /// </summary>
    public bool Add(FuzzCase fuzzCase, ImmutableArray<SyntaxTree> trees)
    {
        if (_compiled.Contains(Key(trees)))
        {
            return false;
        }

        _pending.Add((fuzzCase, trees));
        return true;
    }

    /// <summary>Compiles what was added since the last call; returns the failing cases with their problems.</summary>
    public List<(FuzzCase Case, IReadOnlyList<string> Problems)> Compile()
    {
        var byTreePath = new Dictionary<string, FuzzCase>();
        var byLetterPath = new Dictionary<string, FuzzCase>();
        var trees = new List<SyntaxTree>();
        foreach (var (fuzzCase, caseTrees) in _pending)
        {
            byLetterPath[fuzzCase.Path] = fuzzCase;
            for (var i = 0; i < caseTrees.Length; i++)
            {
                var path = "/fuzz-batch/case" + fuzzCase.Index + "." + i + ".g.cs";
                byTreePath[path] = fuzzCase;
                trees.Add(Isolate(caseTrees[i], "Fuzz" + fuzzCase.Index, path));
            }
        }

        var suspects = new HashSet<FuzzCase>();
        var everyone = false;
        foreach (var diagnostic in GeneratorFuzzer.Consumer.AddSyntaxTrees(trees).GetDiagnostics())
        {
            if (diagnostic.Severity != DiagnosticSeverity.Error)
            {
                continue;
            }

            // An error that #line maps into a letter is judged as GeneratorFuzzer.Judge does for a case alone.
            var mapped = diagnostic.Location.GetMappedLineSpan();
            if (mapped.HasMappedPath && byLetterPath.TryGetValue(mapped.Path, out var owner))
            {
                if (GeneratorFuzzer.Judge(diagnostic, owner.Path, new LetterLines(owner.Text)) is not null)
                {
                    suspects.Add(owner);
                }
            }
            else if (diagnostic.Location.SourceTree is { } tree && byTreePath.TryGetValue(tree.FilePath, out owner))
            {
                suspects.Add(owner);
            }
            else
            {
                everyone = true;
            }
        }

        var failures = new List<(FuzzCase, IReadOnlyList<string>)>();
        foreach (var (fuzzCase, caseTrees) in _pending)
        {
            if (everyone || suspects.Contains(fuzzCase))
            {
                var problems = GeneratorFuzzer.Compile(fuzzCase.Path, fuzzCase.Text, caseTrees);
                if (problems.Count > 0)
                {
                    failures.Add((fuzzCase, problems));
                }
            }
        }

        foreach (var (fuzzCase, caseTrees) in _pending)
        {
            if (!failures.Any(f => f.Item1 == fuzzCase))
            {
                _compiled.Add(Key(caseTrees));
            }
        }

        _pending.Clear();
        return failures;
    }

    private static string Key(ImmutableArray<SyntaxTree> trees)
    {
        var key = new StringBuilder();
        foreach (var token in trees.SelectMany(tree => tree.GetRoot().DescendantTokens()))
        {
            var kind = token.Kind();
            key.Append(kind is SyntaxKind.StringLiteralToken or SyntaxKind.SingleLineRawStringLiteralToken or SyntaxKind.MultiLineRawStringLiteralToken or SyntaxKind.Utf8StringLiteralToken
                ? kind.ToString()
                : token.Text).Append(' ');
        }

        return key.ToString();
    }

    /// <summary>Puts the generated code into namespace <paramref name="prefix"/> (prefixing the letter's own namespace, if any).</summary>
    private static SyntaxTree Isolate(SyntaxTree tree, string prefix, string path)
    {
        var root = (CompilationUnitSyntax)tree.GetRoot();
        var declaration = root.Members.OfType<NamespaceDeclarationSyntax>().FirstOrDefault();
        var text = declaration is null
            ? "namespace " + prefix + "\n{\n" + root.ToFullString() + "\n}\n"
            : root.ReplaceNode(declaration, declaration.WithName(SyntaxFactory.ParseName(prefix + "." + declaration.Name).WithTriviaFrom(declaration.Name))).ToFullString();
        return CSharpSyntaxTree.ParseText(text, GeneratorHarness.ParseOptions, path);
    }
}
