using System.Collections.Generic;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Tokens;

namespace LetterDsl.Pdf.Tests.Infrastructure;

/// <summary>Reads a PDF's catalog and structure tree through PdfPig's tokens.</summary>
public static class PdfStructure
{
    public static DictionaryToken Catalog(PdfDocument document) => document.Structure.Catalog.CatalogDictionary;

    /// <summary>Follows an indirect reference, if <paramref name="token"/> is one.</summary>
    public static IToken Resolve(PdfDocument document, IToken token) =>
        token is IndirectReferenceToken reference ? document.Structure.GetObject(reference.Data).Data : token;

    public static DictionaryToken? Dictionary(PdfDocument document, DictionaryToken owner, string key) =>
        owner.TryGet(NameToken.Create(key), out IToken? token) ? Resolve(document, token) as DictionaryToken : null;

    public static string? String(PdfDocument document, DictionaryToken owner, string key) =>
        owner.TryGet(NameToken.Create(key), out IToken? token) ? Resolve(document, token) switch
        {
            StringToken s => s.Data,
            HexToken h => h.Data,
            NameToken n => n.Data,
            _ => null,
        } : null;

    /// <summary>The structure types (<c>/S</c>) of every element under the structure tree root, depth first.</summary>
    public static List<string> ElementTypes(PdfDocument document)
    {
        var types = new List<string>();
        DictionaryToken root = Dictionary(document, Catalog(document), "StructTreeRoot")!;
        Walk(document, root, types, depth: 0);
        return types;
    }

    private static void Walk(PdfDocument document, DictionaryToken element, List<string> types, int depth)
    {
        if (depth > 64)
        {
            return;
        }

        if (String(document, element, "S") is string type)
        {
            types.Add(type);
        }

        if (!element.TryGet(NameToken.Create("K"), out IToken? kids))
        {
            return;
        }

        IToken resolved = Resolve(document, kids);
        IEnumerable<IToken> children = resolved is ArrayToken array ? array.Data : [resolved];
        foreach (IToken child in children)
        {
            if (Resolve(document, child) is DictionaryToken dictionary && !dictionary.ContainsKey(NameToken.Create("MCID")))
            {
                Walk(document, dictionary, types, depth + 1);
            }
        }
    }
}
