namespace LetterDsl;

/// <summary>The output formats every generated letter can render to.</summary>
public enum LetterFormat
{
    /// <summary>Plain text: emphasis markers dropped, bullets as <c>- </c>.</summary>
    Text,

    /// <summary>The Markdown subset the letter was written in.</summary>
    Markdown,

    /// <summary>A self-contained, print-ready HTML document.</summary>
    Html,
}
