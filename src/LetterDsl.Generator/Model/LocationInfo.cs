using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace LetterDsl.Generator.Model;

/// <summary>A place in a <c>.letter</c> file. Unlike <see cref="Location"/> it is a plain value, so it may travel through the pipeline.</summary>
internal readonly record struct LocationInfo(string FilePath, TextSpan Span, LinePositionSpan LineSpan)
{
    public Location ToLocation() => Location.Create(FilePath, Span, LineSpan);

    /// <summary>1-based line, as compilers print it.</summary>
    public int Line => LineSpan.Start.Line + 1;

    /// <summary>1-based column, as compilers print it.</summary>
    public int Column => LineSpan.Start.Character + 1;
}
