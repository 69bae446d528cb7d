using System.Linq;
using System.Text;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace LetterDsl.Testing.Injection;

/// <summary>What a browser's HTML parser makes of a document, by AngleSharp: its element tree with attributes as a string, and its visible text.</summary>
public static class HtmlShape
{
    public static string Structure(string html)
    {
        var builder = new StringBuilder();
        Append(Parse(html).DocumentElement, builder);
        return builder.ToString();
    }

    /// <summary>The body's text content, white space folded.</summary>
    public static string Text(string html) => HostileValues.Fold(Parse(html).Body!.TextContent);

    private static IDocument Parse(string html) => new HtmlParser().ParseDocument(html);

    private static void Append(IElement element, StringBuilder builder)
    {
        builder.Append('<').Append(element.LocalName);
        foreach (var attribute in element.Attributes.OrderBy(a => a.Name, System.StringComparer.Ordinal))
        {
            builder.Append(' ').Append(attribute.Name).Append("=\"").Append(attribute.Value).Append('"');
        }

        builder.Append('>');
        foreach (var child in element.Children)
        {
            Append(child, builder);
        }

        builder.Append("</").Append(element.LocalName).Append('>');
    }
}
