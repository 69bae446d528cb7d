using System;
using System.Collections.Generic;
using System.ComponentModel;
using LetterDsl.Formatting;

namespace LetterDsl.Composition;

/// <summary>
/// The labels a letter prints: its culture's (see <c>docs/letter-format.md</c>, "Labels") with the letter's
/// <c>@label</c> overrides on top. Immutable.
/// </summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public sealed class LetterLabels
{
    /// <summary>The keys <c>@label</c> accepts, in the order the documentation lists them.</summary>
    public static IReadOnlyList<string> Keys { get; } = Array.AsReadOnly(LetterContract.LabelKeys);

    private LetterLabels(CultureConventions conventions, string enclosure, string enclosures, string carbonCopy, string postscript, string secondPostscript, PageNumberLabel pageNumber, string date)
    {
        Conventions = conventions;
        Enclosure = enclosure;
        Enclosures = enclosures;
        CarbonCopy = carbonCopy;
        Postscript = postscript;
        SecondPostscript = secondPostscript;
        PageNumber = pageNumber;
        Date = date;
    }

    /// <summary><c>enclosure</c>: the label of one enclosure.</summary>
    public string Enclosure { get; }

    /// <summary><c>enclosures</c>: the label over several enclosures.</summary>
    public string Enclosures { get; }

    /// <summary><c>cc</c>: the label of the copy notation.</summary>
    public string CarbonCopy { get; }

    /// <summary><c>ps</c>: the first postscript's label.</summary>
    public string Postscript { get; }

    /// <summary><c>pps</c>: the label of the second and later postscripts.</summary>
    public string SecondPostscript { get; }

    /// <summary><c>page</c>: the page-number label.</summary>
    public PageNumberLabel PageNumber { get; }

    /// <summary><c>date</c>: the date's label in an information block.</summary>
    public string Date { get; }

    internal CultureConventions Conventions { get; }

    /// <summary>The labels of <paramref name="culture"/>.</summary>
    public static LetterLabels For(LetterCulture culture)
    {
        ArgumentNullException.ThrowIfNull(culture);
        CultureConventions row = CultureConventions.For(culture.Culture);
        return new LetterLabels(row, row.Enclosure, row.Enclosures, row.CarbonCopy, row.Postscript, row.SecondPostscript, PageNumberLabel.Parse(row.PageNumber), row.Date);
    }

    /// <summary>Returns these labels with the one named <paramref name="key"/> replaced by <paramref name="text"/>.</summary>
    /// <exception cref="ArgumentException"><paramref name="key"/> is not one of <see cref="Keys"/>, or a <c>page</c> label has no <c>{page}</c>.</exception>
    public LetterLabels With(string key, string text)
    {
        ArgumentNullException.ThrowIfNull(key);
        ArgumentNullException.ThrowIfNull(text);
        return key switch
        {
            "enclosure" => new(Conventions, text, Enclosures, CarbonCopy, Postscript, SecondPostscript, PageNumber, Date),
            "enclosures" => new(Conventions, Enclosure, text, CarbonCopy, Postscript, SecondPostscript, PageNumber, Date),
            "cc" => new(Conventions, Enclosure, Enclosures, text, Postscript, SecondPostscript, PageNumber, Date),
            "ps" => new(Conventions, Enclosure, Enclosures, CarbonCopy, text, SecondPostscript, PageNumber, Date),
            "pps" => new(Conventions, Enclosure, Enclosures, CarbonCopy, Postscript, text, PageNumber, Date),
            "page" => new(Conventions, Enclosure, Enclosures, CarbonCopy, Postscript, SecondPostscript, PageNumberLabel.Parse(text), Date),
            "date" => new(Conventions, Enclosure, Enclosures, CarbonCopy, Postscript, SecondPostscript, PageNumber, text),
            _ => throw new ArgumentException($"'{key}' is not a label key; the keys are {string.Join(", ", Keys)}.", nameof(key)),
        };
    }
}
