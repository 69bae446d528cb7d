using System;
using System.ComponentModel;
using LetterDsl.Planning;

namespace LetterDsl.Composition;

/// <summary>
/// What a generated letter class states once, for every render: its culture, layout, summary and labels. A definition
/// stands for one letter class: the class's render plans are kept in it, so two letters with different text must not
/// share one (each generated class has its own, in a static field).
/// </summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public sealed class LetterDefinition
{
    private LetterDefinition(LetterCulture culture, LetterLayout layout, string? summary, LetterLabels labels)
    {
        Culture = culture;
        Layout = layout;
        Summary = summary;
        Labels = labels;
    }

    /// <summary>The letter's culture (<c>@culture</c>).</summary>
    public LetterCulture Culture { get; }

    /// <summary>The letter's layout (<c>@layout</c>).</summary>
    public LetterLayout Layout { get; }

    /// <summary>The letter's <c>@summary</c>, or <see langword="null"/>.</summary>
    public string? Summary { get; }

    /// <summary>The culture's labels with the letter's <c>@label</c> overrides.</summary>
    public LetterLabels Labels { get; }

    /// <summary>The render plans made for this letter class, by format and shape.</summary>
    internal PlanCache Plans { get; } = new();

    /// <summary>The definition of a letter in <paramref name="cultureName"/> and the layout named <paramref name="layoutName"/>.</summary>
    public static LetterDefinition Create(string cultureName, string layoutName, string? summary = null)
    {
        LetterCulture culture = LetterCulture.Get(cultureName);
        return new LetterDefinition(culture, LetterLayout.Get(layoutName), summary, LetterLabels.For(culture));
    }

    /// <summary>Returns this definition with the label <paramref name="key"/> set to <paramref name="text"/> (<c>@label key: text</c>).</summary>
    public LetterDefinition WithLabel(string key, string text) => new(Culture, Layout, Summary, Labels.With(key, text));
}
