using System.Globalization;
using System.Text;

namespace LetterDsl.Generator.Emitting;

/// <summary>Escapes text for C# string literals and XML doc comments.</summary>
internal static class CSharpLiteral
{
    public static string String(string value) => Append(new StringBuilder(value.Length + 2), value).ToString();

    /// <summary>Appends <paramref name="value"/> as a quoted literal, so long letter text is escaped straight into the output.</summary>
    public static StringBuilder Append(StringBuilder builder, string value)
    {
        builder.Append('"');
        foreach (var c in value)
        {
            switch (c)
            {
                case '"': builder.Append("\\\""); break;
                case '\\': builder.Append("\\\\"); break;
                case '\n': builder.Append("\\n"); break;
                case '\r': builder.Append("\\r"); break;
                case '\t': builder.Append("\\t"); break;
                case '\0': builder.Append("\\0"); break;
                default:
                    // Control characters, lone or paired surrogates and Unicode line separators are escaped, so
                    // the literal stays on one line and the file is valid UTF-8 whatever the letter held.
                    if (c < 0x20 || (c >= 0x7F && c <= 0x9F) || char.IsSurrogate(c) || c == '\u2028' || c == '\u2029' || c == '\uFEFF')
                    {
                        builder.Append("\\u").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture));
                    }
                    else
                    {
                        builder.Append(c);
                    }

                    break;
            }
        }

        return builder.Append('"');
    }

    public static string Xml(string value)
    {
        var builder = new StringBuilder(value.Length);
        foreach (var c in value)
        {
            switch (c)
            {
                case '&': builder.Append("&amp;"); break;
                case '<': builder.Append("&lt;"); break;
                case '>': builder.Append("&gt;"); break;
                default:
                    // U+0085 (NEL) ends a line for the C# compiler just as U+2028 does, so it would end the '///' comment.
                    builder.Append(c < 0x20 || char.IsSurrogate(c) || c == '\u0085' || c == '\u2028' || c == '\u2029' ? ' ' : c);
                    break;
            }
        }

        return builder.ToString();
    }
}
