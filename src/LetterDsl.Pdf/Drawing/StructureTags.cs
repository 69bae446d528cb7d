using System.Collections.Generic;
using PdfSharp.UniversalAccessibility;

namespace LetterDsl.Pdf.Drawing;

/// <summary>
/// The tagged PDF's structure elements, opened and closed through PDFsharp's <see cref="StructureBuilder"/> with a
/// stack of its own, so that an element split between pages stays open across the page break and a list closes only
/// when it is the innermost open element.
/// </summary>
internal sealed class StructureTags
{
    private readonly StructureBuilder _builder;
    private readonly List<Tag> _open = new();

    public StructureTags(StructureBuilder builder) => _builder = builder;

    public enum Tag
    {
        Article,
        Paragraph,
        List,
        ListItem,
        Label,
        ListBody,
        Division,
        Figure,
        Artifact,
    }

    /// <summary>The list whose <c>L</c> element is open, counted from 1; 0 for none.</summary>
    public int OpenList { get; set; }

    public Tag? Innermost => _open.Count > 0 ? _open[^1] : null;

    public void Begin(Tag tag)
    {
        switch (tag)
        {
            case Tag.Article: _builder.BeginElement(PdfGroupingElementTag.Article); break;
            case Tag.Division: _builder.BeginElement(PdfGroupingElementTag.Division); break;
            case Tag.Paragraph: _builder.BeginElement(PdfBlockLevelElementTag.Paragraph); break;
            case Tag.List: _builder.BeginElement(PdfBlockLevelElementTag.List); break;
            case Tag.ListItem: _builder.BeginElement(PdfBlockLevelElementTag.ListItem); break;
            case Tag.Label: _builder.BeginElement(PdfBlockLevelElementTag.Label); break;
            case Tag.ListBody: _builder.BeginElement(PdfBlockLevelElementTag.ListBody); break;
            case Tag.Artifact: _builder.BeginArtifact(); break;
            default: throw new System.ArgumentOutOfRangeException(nameof(tag), tag, "Figures begin with BeginFigure.");
        }

        _open.Add(tag);
    }

    /// <summary>Opens a figure with its alternative text and bounding box (points, page coordinates).</summary>
    public void BeginFigure(string description, PdfSharp.Drawing.XRect box)
    {
        _builder.BeginElement(PdfIllustrationElementTag.Figure, description, box);
        _open.Add(Tag.Figure);
    }

    public void End()
    {
        _builder.End();
        _open.RemoveAt(_open.Count - 1);
    }

    /// <summary>Closes the open list if it is the innermost element.</summary>
    public void CloseList()
    {
        if (OpenList != 0 && Innermost == Tag.List)
        {
            End();
            OpenList = 0;
        }
    }

    /// <summary>Closes every element still open (at the end of a letter).</summary>
    public void CloseAll()
    {
        while (_open.Count > 0)
        {
            End();
        }

        OpenList = 0;
    }

    /// <summary>
    /// Ends the page's marked content before its graphics are disposed. PDFsharp would otherwise end it when the next
    /// page is added, writing to the disposed graphics of this one; an element that goes on to the next page stays
    /// open and continues there under a new marked-content identifier.
    /// </summary>
    public void EndPage() => _builder.EndMarkedContentsWithId();

    /// <summary>Sets the language of the innermost element.</summary>
    public void SetLanguage(string language) => _builder.SetLanguage(language);
}
