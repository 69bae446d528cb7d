using System.Text;

namespace LetterDsl.Generator.Emitting;

/// <summary>
/// Writes indented C# with '\n' line endings whatever the host OS, so generated sources are byte-identical
/// everywhere. It also knows the current column, which #line mappings need.
/// </summary>
internal sealed class SourceWriter
{
    private const int IndentSize = 4;
    private readonly StringBuilder _builder = new();

    public int Indentation { get; set; }

    /// <summary>The 1-based column where text written after the indentation starts.</summary>
    public int ContentColumn => (Indentation * IndentSize) + 1;

    public void WriteLine(string line)
    {
        if (line.Length > 0)
        {
            _builder.Append(' ', Indentation * IndentSize);
            _builder.Append(line);
        }

        _builder.Append('\n');
    }

    public void WriteLine() => _builder.Append('\n');

    /// <summary>Writes <paramref name="prefix"/>, <paramref name="text"/> as a C# string literal, and <paramref name="suffix"/> on one line, with no intermediate strings.</summary>
    public void WriteLiteralLine(string prefix, string text, string suffix)
    {
        _builder.Append(' ', Indentation * IndentSize);
        _builder.Append(prefix);
        CSharpLiteral.Append(_builder, text);
        _builder.Append(suffix);
        _builder.Append('\n');
    }

    /// <summary>Writes a preprocessor line, which must start at column 1.</summary>
    public void WriteDirective(string directive)
    {
        _builder.Append(directive);
        _builder.Append('\n');
    }

    public void OpenBlock()
    {
        WriteLine("{");
        Indentation++;
    }

    public void CloseBlock(string suffix = "")
    {
        Indentation--;
        WriteLine("}" + suffix);
    }

    public override string ToString() => _builder.ToString();
}
