using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Reflection;
using LetterDsl.Benchmarks.Generation;
using LetterDsl.Generator;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace LetterDsl.Benchmarks.Tests;

/// <summary>
/// The generated <c>Render</c> takes a fast path for Markdown (pre-rendered runs of static text, see the generator's
/// <c>MarkdownRun</c>); it must write exactly what the node-by-node calls make <see cref="MarkdownLetterWriter"/>
/// write, whatever the spaces, emphasis, breaks and values around the runs.
/// </summary>
public class MarkdownFastPathTests
{
    private const string Letter = """
        @letter Tricky
        @namespace FastPath
        @param Name: string
        @param Items: IReadOnlyList<string>
        @param Flag: bool
        @param Date: DateOnly

        @date {{ Date }}
        @salutation Dear {{ Name }},

        Text with trailing spaces   **bold  ** and *italic **nested** text*  {{ Name }}  after a value
        a soft break, then a hard one  
        and a value {{ Name }}   
        {{ Name }} starts a line, then *emphasis*   and    **more**
        one trailing space after **bold** 
        then *italic with a space inside *
        and the end of the paragraph

        - a bullet with **bold** text
          and a soft break  
          and a hard break
        - {{ Name }}
          continued after a value
        - item {{ if Flag }}with **the flag** on  {{ else }}without it {{ end }}  end
        - {{ Name }}  **bold after spaces**

        3. numbered **one**
           with a soft break
        4. numbered **two**  
           with a hard break

        {{ for item in Items }}
        - **{{ item }}**   trailing   
        {{ end }}

        @closing Yours,
        @signatory A. Person | Title | Organization
        """;

    private static readonly Lazy<Type> TrickyType = new(Compile);

    public static TheoryData<string, bool> Values() => new()
    {
        { "Ann", true },
        { "  spaced  ", false },
        { "# heading", true },
        { string.Empty, false },
        { "1. one", true },
        { "*star* and \\ back", false },
    };

    [Theory]
    [MemberData(nameof(Values))]
    public void PreRenderedRunsWriteWhatTheirNodesWrite(string name, bool flag)
    {
        var letter = (ILetter)Activator.CreateInstance(TrickyType.Value)!;
        Set(letter, "Name", name);
        Set(letter, "Flag", flag);
        Set(letter, "Date", new DateOnly(2020, 12, 7));
        Set(letter, "Items", new List<string> { "a ", " b", "c" });
        var nodeByNode = new StringWriter();
        letter.Render(new NodeByNodeMarkdownWriter(nodeByNode));

        string fast = letter.ToMarkdown();

        Assert.Equal(nodeByNode.ToString(), fast);
        Assert.Contains("**bold after spaces**", fast);
    }

    [Fact]
    public void StaticRunsArePreRendered()
    {
        string source = Generate().Single();

        Assert.Contains("__markdown.WriteMarkdown(\"a bullet with **bold** text\\n  and a soft break  \\n  and a hard break\");", source);
    }

    private static void Set(object letter, string property, object value) => letter.GetType().GetProperty(property)!.SetValue(letter, value);

    private static ImmutableArray<string> Generate()
    {
        GeneratorRunResult result = CreateDriver().RunGenerators(CreateCompilation()).GetRunResult().Results.Single();
        Assert.Empty(result.Diagnostics.Where(static d => d.Severity == DiagnosticSeverity.Error));
        return result.GeneratedSources.Select(static s => s.SourceText.ToString()).ToImmutableArray();
    }

    private static Type Compile()
    {
        CreateDriver().RunGeneratorsAndUpdateCompilation(CreateCompilation(), out Compilation output, out ImmutableArray<Diagnostic> generatorDiagnostics);
        Assert.Empty(generatorDiagnostics.Where(static d => d.Severity == DiagnosticSeverity.Error));
        using var image = new MemoryStream();
        var emitted = output.Emit(image);
        Assert.True(emitted.Success, string.Join("\n", emitted.Diagnostics));
        Assert.Empty(emitted.Diagnostics.Where(static d => d.Severity >= DiagnosticSeverity.Warning));
        return Assembly.Load(image.ToArray()).GetType("FastPath.Tricky", throwOnError: true)!;
    }

    private static GeneratorDriver CreateDriver() => CSharpGeneratorDriver.Create(
        [new LetterGenerator().AsSourceGenerator()],
        [new InMemoryAdditionalText("/fastpath/Tricky.letter", Letter)],
        new CSharpParseOptions(LanguageVersion.Latest));

    private static CSharpCompilation CreateCompilation()
    {
        var references = ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!)
            .Split(Path.PathSeparator)
            .Select(static path => MetadataReference.CreateFromFile(path));
        return CSharpCompilation.Create(
            "FastPath",
            [CSharpSyntaxTree.ParseText("namespace FastPath; internal static class Anchor { }", new CSharpParseOptions(LanguageVersion.Latest))],
            references,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));
    }
}
