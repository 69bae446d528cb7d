using System;
using System.ComponentModel;
using System.Collections;

namespace LetterDsl.Composition;

/// <summary>
/// Whether <c>{{ if X }}</c> shows its block. Generated letters call <c>IsTrue</c> with the parameter's static
/// type: a value is true when it is present and not "empty" for its kind.
/// </summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public static class LetterConditions
{
    /// <summary>The value itself.</summary>
    public static bool IsTrue(bool value) => value;

    /// <summary>True only for <see langword="true"/>; <see langword="null"/> is false.</summary>
    public static bool IsTrue(bool? value) => value == true;

    /// <summary>True for a non-empty string.</summary>
    public static bool IsTrue(string? value) => !string.IsNullOrEmpty(value);

    /// <summary>True for a non-zero number.</summary>
    public static bool IsTrue(int value) => value != 0;

    /// <summary>True for a non-zero number.</summary>
    public static bool IsTrue(long value) => value != 0;

    /// <summary>True for a non-zero number.</summary>
    public static bool IsTrue(decimal value) => value != 0;

    /// <summary>True for a non-zero number (NaN counts as non-zero).</summary>
    public static bool IsTrue(double value) => value != 0;

    /// <summary>True when the optional value is present (a <c>DateRange?</c> that was given).</summary>
    public static bool IsTrue<T>(T? value)
        where T : struct
        => value.HasValue;

    /// <summary>True for a sequence with at least one element; a collection is asked its count instead of enumerated.</summary>
    public static bool IsTrue(IEnumerable? value)
    {
        switch (value)
        {
            case null:
                return false;
            case ICollection collection:
                return collection.Count > 0;
        }

        IEnumerator enumerator = value.GetEnumerator();
        try
        {
            return enumerator.MoveNext();
        }
        finally
        {
            (enumerator as IDisposable)?.Dispose();
        }
    }

    /// <summary>True for any value that is not <see langword="null"/>.</summary>
    public static bool IsTrue(object? value) => value is not null;
}
