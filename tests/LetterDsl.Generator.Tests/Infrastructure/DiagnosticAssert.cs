using System;
using Microsoft.CodeAnalysis;

namespace LetterDsl.Generator.Tests.Infrastructure;

internal static class DiagnosticAssert
{
    /// <summary>
    /// The column at which the Roslyn running these tests places a compiler error that a #line directive maps to
    /// <paramref name="column"/>. Roslyn 4.8 reads the directive's character offset one character early
    /// (dotnet/roslyn#70247, fixed in 4.9), so there it is one column to the right; a real build with a current SDK
    /// reports <paramref name="column"/> itself, which LetterDsl.IntegrationTests checks.
    /// </summary>
    public static int MappedColumn(int column) => typeof(Compilation).Assembly.GetName().Version < new Version(4, 9) ? column + 1 : column;

    /// <summary>Asserts the ID, the severity, and the place in the .letter file as compilers print it: 1-based line and column, and the span's length.</summary>
    public static void At(Diagnostic diagnostic, string id, string path, int line, int column, int length, DiagnosticSeverity severity = DiagnosticSeverity.Error)
    {
        Assert.Equal(id, diagnostic.Id);
        Assert.Equal(severity, diagnostic.Severity);
        var span = diagnostic.Location.GetMappedLineSpan();
        Assert.Equal(path, span.Path);
        Assert.Equal((line, column), (span.StartLinePosition.Line + 1, span.StartLinePosition.Character + 1));
        // A compiler error in generated code reaches the letter through #line, so its length is the mapped span's.
        var actualLength = diagnostic.Location.Kind == LocationKind.ExternalFile
            ? diagnostic.Location.SourceSpan.Length
            : span.EndLinePosition.Character - span.StartLinePosition.Character;
        Assert.Equal(length, actualLength);
    }
}
