namespace LetterDsl;

/// <summary>Where and how <see cref="LetterMerge"/> writes its files.</summary>
public sealed class LetterMergeOptions
{
    /// <summary>The folder that receives the files; it is created when missing.</summary>
    public required string OutputDirectory { get; init; }

    /// <summary>
    /// The file name, without extension, as a template over the recipient's public properties:
    /// <c>"{Country}-{Name}"</c>, or with a format, <c>"{Date:yyyy-MM-dd}"</c>. <c>{{</c> and <c>}}</c> write
    /// literal braces. See <see cref="FileNameTemplate{T}"/> for how names are escaped.
    /// </summary>
    public required string FileNameTemplate { get; init; }

    /// <summary>The format of the files, such as <see cref="LetterFileRenderer.Html"/>.</summary>
    public required ILetterFileRenderer Renderer { get; init; }
}
