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
    private LetterLabels(CultureConventions row)
    {
        Conventions = row;
        Enclosure = row.Enclosure;
        Enclosures = row.Enclosures;
        CarbonCopy = row.CarbonCopy;
        Postscript = row.Postscript;
        SecondPostscript = row.SecondPostscript;
        PageNumber = PageNumberLabel.Parse(row.PageNumber);
        Date = row.Date;
        DateLine = row.DateLine;
        DateLinePattern = DateLinePattern.Parse(row.DateLine);
    }

    private LetterLabels(LetterLabels source)
    {
        Conventions = source.Conventions;
        Enclosure = source.Enclosure;
        Enclosures = source.Enclosures;
        CarbonCopy = source.CarbonCopy;
        Postscript = source.Postscript;
        SecondPostscript = source.SecondPostscript;
        PageNumber = source.PageNumber;
        Date = source.Date;
        DateLine = source.DateLine;
        DateLinePattern = source.DateLinePattern;
    }

    /// <summary>The keys <c>@label</c> accepts, in the order the documentation lists them.</summary>
    public static IReadOnlyList<string> Keys { get; } = Array.AsReadOnly(LetterContract.LabelKeys);

    /// <summary><c>enclosure</c>: the label of one enclosure.</summary>
    public string Enclosure { get; private init; }

    /// <summary><c>enclosures</c>: the label over several enclosures.</summary>
    public string Enclosures { get; private init; }

    /// <summary><c>cc</c>: the label of the copy notation.</summary>
    public string CarbonCopy { get; private init; }

    /// <summary><c>ps</c>: the first postscript's label.</summary>
    public string Postscript { get; private init; }

    /// <summary><c>pps</c>: the label of the second and later postscripts.</summary>
    public string SecondPostscript { get; private init; }

    /// <summary><c>page</c>: the page-number label.</summary>
    public PageNumberLabel PageNumber { get; private init; }

    /// <summary><c>date</c>: the date's label in an information block.</summary>
    public string Date { get; private init; }

    /// <summary><c>dateline</c>: how the place joins the date, with <c>{place}</c> and <c>{date}</c> ("{place}, le {date}").</summary>
    public string DateLine { get; private init; }

    internal DateLinePattern DateLinePattern { get; private init; }

    internal CultureConventions Conventions { get; }

    /// <summary>The labels of <paramref name="culture"/>.</summary>
    public static LetterLabels For(LetterCulture culture)
    {
        ArgumentNullException.ThrowIfNull(culture);
        return new LetterLabels(culture.Conventions);
    }

    /// <summary>Returns these labels with the one named <paramref name="key"/> replaced by <paramref name="text"/>.</summary>
    /// <exception cref="ArgumentException"><paramref name="key"/> is not one of <see cref="Keys"/>, a <c>page</c> label has no
    /// <c>{page}</c>, or a <c>dateline</c> label lacks <c>{place}</c> or <c>{date}</c>.</exception>
    public LetterLabels With(string key, string text)
    {
        ArgumentNullException.ThrowIfNull(key);
        ArgumentNullException.ThrowIfNull(text);
        return key switch
        {
            "enclosure" => new(this) { Enclosure = text },
            "enclosures" => new(this) { Enclosures = text },
            "cc" => new(this) { CarbonCopy = text },
            "ps" => new(this) { Postscript = text },
            "pps" => new(this) { SecondPostscript = text },
            "page" => new(this) { PageNumber = PageNumberLabel.Parse(text) },
            "date" => new(this) { Date = text },
            "dateline" => new(this) { DateLine = text, DateLinePattern = DateLinePattern.Parse(text) },
            _ => throw new ArgumentException($"'{key}' is not a label key; the keys are {string.Join(", ", Keys)}.", nameof(key)),
        };
    }
}
