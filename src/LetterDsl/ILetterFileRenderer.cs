using System.IO;

namespace LetterDsl;

/// <summary>
/// Renders a letter into a file's bytes, for <see cref="LetterMerge"/>. The runtime ships renderers for its own
/// formats in <see cref="LetterFileRenderer"/>; other packages plug in theirs (LetterDsl.Docx's
/// <c>DocxFileRenderer</c>), so the runtime depends on no document library.
/// </summary>
public interface ILetterFileRenderer
{
    /// <summary>The extension of the files this renderer writes, with its leading dot (<c>.html</c>).</summary>
    string FileExtension { get; }

    /// <summary>Writes <paramref name="letter"/> to <paramref name="destination"/>, which it must not close.</summary>
    /// <param name="letter">The letter to render.</param>
    /// <param name="destination">The file being written.</param>
    void Render(ILetter letter, Stream destination);
}
