namespace LetterDsl.Docx;

/// <summary>Options for rendering a letter as a Word document.</summary>
public sealed class DocxOptions
{
    /// <summary>The defaults: A4 paper.</summary>
    public static DocxOptions Default { get; } = new();

    /// <summary>The paper size of the document's section. The default is <see cref="DocxPageSize.A4"/>.</summary>
    public DocxPageSize PageSize { get; init; } = DocxPageSize.A4;
}

/// <summary>The paper sizes a Word letter can be laid out on.</summary>
public enum DocxPageSize
{
    /// <summary>ISO A4, 210 × 297 mm, with 25 mm margins.</summary>
    A4,

    /// <summary>US Letter, 8.5 × 11 in, with 1 in margins.</summary>
    Letter,
}
