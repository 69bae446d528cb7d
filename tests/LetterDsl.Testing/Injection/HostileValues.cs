using System.Text;
using Xunit;

namespace LetterDsl.Testing.Injection;

/// <summary>
/// Parameter values that would change a letter's structure if a writer let them through: HTML, Markdown syntax at
/// the start of a line and inside one, and control characters. Shared by the writer tests and the tests through
/// generated letters.
/// </summary>
public static class HostileValues
{
    /// <summary>The value the hostile ones are compared with: it has no syntax of any format.</summary>
    public const string Benign = "BENIGN";

    public static TheoryData<string> All => new()
    {
        "<img src=x onerror=alert(1)>",
        "<script>alert(1)</script>",
        "<!-- comment",
        "<https://evil.example>",
        "&amp; &lt;script&gt; &#60;b&#62;",
        "**bold**",
        "*italic*",
        "_under_",
        "~~strike~~",
        "- item",
        "+ item",
        "1. item",
        "1) item",
        "# heading",
        "> quote",
        "---",
        "===",
        "    indented code",
        "`code`",
        "```fence",
        "[x](javascript:alert(1))",
        "![img](x.png)",
        "[ref]: https://evil.example",
        "| a | b |",
        "\\*escaped\\*",
        "line\n- item",
        "line\r\n# heading",
        "two spaces  \nhard break",
        "nul\0byte",
        "line\u2028separator",
        "paragraph\u2029separator",
        "next\u0085line",
        "\u202Eright-to-left override",
        "{{ Value }}",
        "@closing Evil",
    };

    /// <summary>What every writer makes of a value's characters before its own escaping: controls (C0 but tab, DEL, C1) and U+2028/U+2029 become spaces.</summary>
    public static string Sanitize(string value)
    {
        var builder = new StringBuilder(value.Length);
        foreach (var c in value)
        {
            builder.Append((c < ' ' && c != '\t') || (c >= '\u007F' && c <= '\u009F') || c == '\u2028' || c == '\u2029' ? ' ' : c);
        }

        return builder.ToString();
    }

    /// <summary>Runs of white space as one space, trimmed: how Markdown and HTML readers see text.</summary>
    public static string Fold(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (!char.IsWhiteSpace(c))
            {
                builder.Append(c);
            }
            else if (builder.Length > 0 && builder[^1] != ' ')
            {
                builder.Append(' ');
            }
        }

        return builder.ToString().Trim();
    }
}
