using System;

namespace LetterDsl.Formatting;

/// <summary>A value with the culture and format to write it in: the state a <see cref="TryFormatter{TState}"/>
/// needs, passed by reference so that no closure is allocated per value.</summary>
internal readonly struct FormatRequest<T>
{
    public FormatRequest(LetterCulture culture, T value, string? format)
    {
        Culture = culture ?? throw new ArgumentNullException(nameof(culture));
        Value = value;
        Format = format;
    }

    public LetterCulture Culture { get; }

    public T Value { get; }

    /// <summary>The template's format (<c>{{ Date:d MMMM yyyy }}</c>); null or empty for the default.</summary>
    public string? Format { get; }
}
