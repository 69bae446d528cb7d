using System.IO;
using System.Text;
using System.Xml;
using DocumentFormat.OpenXml.Packaging;

namespace LetterDsl.Docx;

/// <summary>The document's core properties (docProps/core.xml): title, author and language, as Word shows them in File › Info.</summary>
internal static class DocxProperties
{
    private const string CoreProperties = "http://schemas.openxmlformats.org/package/2006/metadata/core-properties";
    private const string DublinCore = "http://purl.org/dc/elements/1.1/";

    public static void Write(CoreFilePropertiesPart part, LetterInfo letter)
    {
        using Stream stream = part.GetStream(FileMode.Create, FileAccess.Write);
        using var xml = XmlWriter.Create(stream, new XmlWriterSettings { Encoding = new UTF8Encoding(false), CheckCharacters = false });
        xml.WriteStartDocument(standalone: true);
        xml.WriteStartElement("cp", "coreProperties", CoreProperties);
        xml.WriteAttributeString("xmlns", "dc", null, DublinCore);
        Element(xml, "title", letter.Title);
        Element(xml, "creator", letter.Author);
        Element(xml, "language", letter.CultureName.Length > 0 ? letter.CultureName : null);
        xml.WriteEndElement();
        xml.WriteEndDocument();
    }

    private static void Element(XmlWriter xml, string name, string? value)
    {
        if (!string.IsNullOrEmpty(value))
        {
            xml.WriteElementString("dc", name, DublinCore, PrintedText.Clean(value));
        }
    }
}
