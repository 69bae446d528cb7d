using System;

namespace LetterDsl;

/// <summary>Options for rendering a letter as HTML. Two options with the same values are equal.</summary>
public sealed class HtmlOptions : IEquatable<HtmlOptions>
{
    /// <summary>The defaults: a complete A4 document titled with the letter's subject.</summary>
    public static HtmlOptions Default { get; } = new();

    /// <summary>Whether to write only the <c>&lt;article class="letter"&gt;</c> element, for embedding in a page
    /// that brings its own styles. By default (<see langword="false"/>) a complete, self-contained document with
    /// print CSS is written.</summary>
    public bool FragmentOnly { get; init; }

    /// <summary>The paper size in the document's <c>@page</c> rule. The default is <see cref="HtmlPageSize.A4"/>.</summary>
    public HtmlPageSize PageSize { get; init; } = HtmlPageSize.A4;

    /// <summary>The document's <c>&lt;title&gt;</c>; <see langword="null"/> (the default) writes the letter's subject as
    /// plain text, else its <c>@summary</c>, else "Letter".</summary>
    public string? Title { get; init; }

    /// <inheritdoc/>
    public bool Equals(HtmlOptions? other) =>
        other is not null && FragmentOnly == other.FragmentOnly && PageSize == other.PageSize && string.Equals(Title, other.Title, StringComparison.Ordinal);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as HtmlOptions);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(FragmentOnly, PageSize, Title);
}

/// <summary>The paper sizes an HTML letter can be laid out for when printed.</summary>
public enum HtmlPageSize
{
    /// <summary>ISO A4, 210 × 297 mm.</summary>
    A4,

    /// <summary>US Letter, 8.5 × 11 in.</summary>
    Letter,
}
