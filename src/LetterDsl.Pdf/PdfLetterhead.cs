using System;
using System.Collections.Generic;

namespace LetterDsl.Pdf;

/// <summary>
/// A printed letterhead: a logo on the left and lines of text ranged right, on the first page only. In a DIN 5008
/// layout it fills the letterhead area at the top of the page (the letter's <c>@from</c> lines join the text lines
/// there); in <c>block</c> and <c>un</c>, whose letterhead flows with the text, it is a band above the first line.
/// </summary>
public sealed class PdfLetterhead
{
    /// <summary>The logo as PNG or JPEG bytes, scaled to the letterhead's height; <see langword="null"/> for none.</summary>
    public byte[]? Logo { get; init; }

    /// <summary>The logo's alternative text for screen readers (the tagged PDF's <c>/Alt</c>). The default is "Logo".</summary>
    public string LogoDescription { get; init; } = "Logo";

    /// <summary>Lines of text (an organization's name, its address), ranged right.</summary>
    public IReadOnlyList<string> Lines { get; init; } = Array.Empty<string>();
}
