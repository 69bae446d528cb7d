using System;
using LetterDsl.Composition;
using LetterDsl.Layout;

namespace LetterDsl;

/// <summary>
/// What a <see cref="LetterWriter"/> is told about the letter as a whole when it begins: the culture, the layout,
/// and document metadata. The instance belongs to the render in progress; do not keep it after
/// <see cref="LetterWriter.EndLetter"/>.
/// </summary>
public sealed class LetterInfo
{
    private readonly LetterComposer _composer;
    private string? _title;
    private bool _titleRead;

    internal LetterInfo(LetterComposer composer) => _composer = composer;

    /// <summary>The letter's <c>@culture</c> ("en-GB"); empty for the invariant culture.</summary>
    public string CultureName => _composer.Definition.Culture.Name;

    /// <summary>The culture the letter's dates, numbers and labels are written in.</summary>
    public LetterCulture Culture => _composer.Definition.Culture;

    /// <summary>The letter's <c>@layout</c>.</summary>
    public LetterLayout Layout => _composer.Definition.Layout;

    /// <summary>The letter's <c>@summary</c>, or <see langword="null"/>.</summary>
    public string? Summary => _composer.Definition.Summary;

    /// <summary>A document title: the subject as plain text, else the summary; <see langword="null"/> when the letter has neither.</summary>
    public string? Title
    {
        get
        {
            if (!_titleRead)
            {
                _title = HasSubject() ? SubjectText() : Summary;
                _titleRead = true;
            }

            return _title;
        }
    }

    /// <summary>The document's author: the name of the first signatory, or <see langword="null"/>.</summary>
    public string? Author
    {
        get
        {
            foreach (Signatory signatory in _composer.Signatories)
            {
                if (signatory.Name.Length > 0)
                {
                    return signatory.Name;
                }
            }

            return null;
        }
    }

    /// <summary>
    /// The page-number label ("Page 2 of 3", "Seite 2 von 3"), from the culture or the letter's <c>@label page</c>,
    /// cut at its two numbers so that a writer can put a page field between the pieces.
    /// </summary>
    public PageNumberLabel PageNumber => _composer.Definition.Labels.PageNumber;

    private bool HasSubject()
    {
        foreach (ref readonly LetterComposer.BlockEntry block in _composer.Blocks)
        {
            if (block.Section == LetterSection.Subject && block.Shown)
            {
                return true;
            }
        }

        return false;
    }

    private string SubjectText()
    {
        var plain = new PlainTextWriter();
        LayoutEngine.WritePart(_composer, plain, LetterPart.Subject);
        return plain.TakeText();
    }

    internal void Reset()
    {
        _title = null;
        _titleRead = false;
    }
}

/// <summary>
/// A page-number label cut at its numbers: <see cref="BeforePage"/>, the page number, <see cref="BetweenNumbers"/>,
/// the page count, <see cref="AfterCount"/>. "Page {page} of {pages}" has the pieces "Page ", " of " and "".
/// </summary>
/// <param name="BeforePage">The text before the page number.</param>
/// <param name="BetweenNumbers">The text between the page number and the page count; <see langword="null"/> when the label shows no count.</param>
/// <param name="AfterCount">The text after the last number.</param>
public sealed record PageNumberLabel(string BeforePage, string? BetweenNumbers, string AfterCount)
{
    /// <summary>The label for one page ("Page 2 of 3").</summary>
    public string Format(int page, int pages) => BetweenNumbers is null
        ? string.Concat(BeforePage, page.ToString(System.Globalization.CultureInfo.InvariantCulture), AfterCount)
        : string.Concat(BeforePage, page.ToString(System.Globalization.CultureInfo.InvariantCulture), BetweenNumbers, pages.ToString(System.Globalization.CultureInfo.InvariantCulture), AfterCount);

    /// <summary>Cuts a label written with <c>{page}</c> and, optionally, <c>{pages}</c> after it.</summary>
    /// <exception cref="ArgumentException">The label has no <c>{page}</c>, or <c>{pages}</c> comes first.</exception>
    public static PageNumberLabel Parse(string label)
    {
        ArgumentNullException.ThrowIfNull(label);
        int page = label.IndexOf("{page}", StringComparison.Ordinal);
        if (page < 0)
        {
            throw new ArgumentException("A page-number label needs '{page}', as in 'Page {page} of {pages}'.", nameof(label));
        }

        string after = label.Substring(page + "{page}".Length);
        int pages = after.IndexOf("{pages}", StringComparison.Ordinal);
        if (pages < 0)
        {
            if (label.IndexOf("{pages}", StringComparison.Ordinal) >= 0)
            {
                throw new ArgumentException("In a page-number label '{pages}' comes after '{page}'.", nameof(label));
            }

            return new PageNumberLabel(label.Substring(0, page), null, after);
        }

        return new PageNumberLabel(label.Substring(0, page), after.Substring(0, pages), after.Substring(pages + "{pages}".Length));
    }
}
