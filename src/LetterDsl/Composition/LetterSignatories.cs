using System;
using System.Collections.Generic;
using System.ComponentModel;

namespace LetterDsl.Composition;

/// <summary>Support for <c>@signatories {{ Signers }}</c>, called by generated letter classes.</summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public static class LetterSignatories
{
    /// <summary>
    /// Rejects a missing or empty list when the letter is created: a letter nobody signs must not reach a
    /// printer, so the mistake surfaces where the values are assigned.
    /// </summary>
    /// <exception cref="ArgumentException">The list is null, empty, or holds a null entry.</exception>
    public static T RequireAny<T>(T value, string parameterName)
        where T : IEnumerable<Signatory>?
    {
        if (value is null)
        {
            throw new ArgumentException($"'{parameterName}' must list at least one signatory, but it is null.", parameterName);
        }

        var any = false;
        foreach (var signatory in value)
        {
            if (signatory is null)
            {
                throw new ArgumentException($"'{parameterName}' holds a null signatory.", parameterName);
            }

            any = true;
        }

        if (!any)
        {
            throw new ArgumentException($"'{parameterName}' must list at least one signatory, but it is empty.", parameterName);
        }

        return value;
    }

    /// <summary>Presents the bound list as <see cref="IReadOnlyList{T}"/> without copying when it already is one.</summary>
    public static IReadOnlyList<Signatory> AsList(IEnumerable<Signatory>? signatories) => signatories switch
    {
        null => Array.Empty<Signatory>(),
        IReadOnlyList<Signatory> list => list,
        _ => new List<Signatory>(signatories),
    };
}
