using System.Collections.Generic;
using DocumentFormat.OpenXml.Wordprocessing;

namespace LetterDsl.Docx;

/// <summary>
/// The numbering part: one abstract definition for bullets and one for decimal numbers, and one numbering
/// instance per list in the letter. An instance per list, each with a start override, is what makes Word restart
/// the count for every list instead of continuing the previous one.
/// </summary>
internal sealed class DocxNumbering
{
    public const int BulletDefinition = 1;
    public const int DecimalDefinition = 2;

    private readonly List<NumberingInstance> _instances = new();

    /// <summary>Starts a list and returns the numbering ID its paragraphs reference.</summary>
    public int StartList(ListKind kind, int firstNumber)
    {
        int id = _instances.Count + 1;
        _instances.Add(new NumberingInstance(
            new AbstractNumId { Val = kind == ListKind.Bulleted ? BulletDefinition : DecimalDefinition },
            new LevelOverride(new StartOverrideNumberingValue { Val = firstNumber }) { LevelIndex = 0 })
        {
            NumberID = id,
        });
        return id;
    }

    /// <summary>The <c>w:numbering</c> element: abstract definitions first, as the schema requires, then the instances.</summary>
    public Numbering ToNumbering()
    {
        var numbering = new Numbering(
            Definition(BulletDefinition, "4C455431", NumberFormatValues.Bullet, "\u2022"),
            Definition(DecimalDefinition, "4C455432", NumberFormatValues.Decimal, "%1."));
        foreach (NumberingInstance instance in _instances)
        {
            numbering.Append(instance.CloneNode(true));
        }

        return numbering;
    }

    /// <summary>The paragraph properties of an item in the list <paramref name="numberingId"/>.</summary>
    public static NumberingProperties ItemProperties(int numberingId) =>
        new(new NumberingLevelReference { Val = 0 }, new NumberingId { Val = numberingId });

    private static AbstractNum Definition(int id, string nsid, NumberFormatValues format, string text) => new(
        new Nsid { Val = nsid },
        new MultiLevelType { Val = MultiLevelValues.SingleLevel },
        new Level(
            new StartNumberingValue { Val = 1 },
            new NumberingFormat { Val = format },
            new LevelText { Val = text },
            new LevelJustification { Val = LevelJustificationValues.Left },
            new PreviousParagraphProperties(new Indentation { Left = "720", Hanging = "360" }))
        {
            LevelIndex = 0,
        })
    {
        AbstractNumberId = id,
    };

    /// <summary>Whether the letter has any list; a document without one needs no numbering part.</summary>
    public bool IsEmpty => _instances.Count == 0;

    /// <summary>Forgets the lists of a previous letter.</summary>
    public void Clear() => _instances.Clear();}
