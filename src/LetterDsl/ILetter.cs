using System.Collections.Generic;
using System.ComponentModel;
using System.IO;
using LetterDsl.Composition;

namespace LetterDsl;

/// <summary>
/// A letter generated from a <c>.letter</c> file. Every generated class implements it, so apps can
/// render any letter without knowing its parameters.
/// </summary>
public interface ILetter
{
    /// <summary>The rendered date line, with the place when the letter has one ("The Hague, 7 December 2020").
    /// Empty when the letter has no <c>@date</c>.</summary>
    string DateLine { get; }

    /// <summary>The rendered salutation ("Excellency,").</summary>
    string Salutation { get; }

    /// <summary>The rendered closing ("Sincerely,").</summary>
    string Closing { get; }

    /// <summary>The people who sign the letter, in order.</summary>
    IReadOnlyList<Signatory> Signatories { get; }

    /// <summary>Drives <paramref name="writer"/> through the letter, laid out by its <see cref="LetterLayout"/>. Every output format is built on this.</summary>
    void Render(LetterWriter writer);

    /// <summary>Renders the letter as plain text.</summary>
    string ToText();

    /// <summary>Renders the letter as Markdown.</summary>
    string ToMarkdown();

    /// <summary>Renders the letter as a self-contained HTML document.</summary>
    string ToHtml();

    /// <summary>Streams the letter to <paramref name="writer"/> in <paramref name="format"/> without building an intermediate string.</summary>
    void WriteTo(TextWriter writer, LetterFormat format);

    /// <summary>Records the letter's parts with the current values. Generated code implements it; call <see cref="Render"/> instead.</summary>
    [EditorBrowsable(EditorBrowsableState.Never)]
    void Compose(LetterComposer composer);
}
