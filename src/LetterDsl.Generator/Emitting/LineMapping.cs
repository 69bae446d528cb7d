using System.Globalization;
using LetterDsl.Generator.Model;

namespace LetterDsl.Generator.Emitting;

/// <summary>
/// Writes C# taken from the letter under an enhanced <c>#line</c> directive that maps it onto its span in the
/// <c>.letter</c> file, as Razor does, so the compiler reports its errors in the letter.
/// </summary>
internal sealed class LineMapping
{
    // The largest line and column that Roslyn accepts in a #line directive.
    private const int MaxLineDirectiveLine = 16_707_565;
    private const int MaxLineDirectiveColumn = 65_536;

    private readonly string? _linePath;

    public LineMapping(string filePath)
    {
        // A path the #line syntax cannot hold (a quote or a line break) is left unmapped rather than breaking the build.
        _linePath = filePath.IndexOfAny(new[] { '"', '\n', '\r' }) >= 0 ? null : filePath;
    }

    /// <summary>
    /// Writes <paramref name="prefix"/> + <paramref name="code"/> + <paramref name="suffix"/> on one line, with
    /// <paramref name="code"/> mapped onto <paramref name="location"/>.
    /// </summary>
    public void Write(SourceWriter output, LocationInfo location, string prefix, string code, string suffix)
    {
        if (_linePath is null)
        {
            output.WriteLine(prefix + code + suffix);
            return;
        }

        // The directive's positions are 1-based and its end is inclusive, so the last character is the span's
        // 0-based exclusive end; a compiler error covering all of the code then spans exactly the letter's text.
        // The character offset is the number of characters before the code, as the C# spec says and Roslyn 4.9 and
        // later read it (dotnet/roslyn#70247); Roslyn 4.8 reads it one character early.
        var span = location.LineSpan;
        var column = output.ContentColumn - 1 + prefix.Length;
        if (span.End.Line + 1 > MaxLineDirectiveLine)
        {
            // No #line form can name such a line; an unmapped error is better than CS8938 breaking the build.
            output.WriteLine(prefix + code + suffix);
            return;
        }

        if (span.End.Character > MaxLineDirectiveColumn || column > MaxLineDirectiveColumn)
        {
            // Roslyn rejects a #line span with a column past 65,536 (CS8938), which a very long letter line
            // reaches; the line-only form still puts the compiler's errors on the right line of the letter.
            output.WriteDirective(string.Format(CultureInfo.InvariantCulture, "#line {0} \"{1}\"", span.Start.Line + 1, _linePath));
            output.WriteLine(prefix + code + suffix);
            output.WriteDirective("#line default");
            return;
        }

        output.WriteDirective(string.Format(
            CultureInfo.InvariantCulture,
            "#line ({0},{1})-({2},{3}) {4} \"{5}\"",
            span.Start.Line + 1,
            span.Start.Character + 1,
            span.End.Line + 1,
            span.End.Character,
            column,
            _linePath));
        output.WriteLine(prefix + code + suffix);
        output.WriteDirective("#line default");
    }
}
