using System;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using System.Runtime.CompilerServices;

namespace LetterDsl.Cli.Values;

/// <summary>
/// One parameter of a generated letter class: a public init property. Required ones carry the compiler's
/// <see cref="RequiredMemberAttribute"/>; whether null is allowed comes from the nullable annotations.
/// </summary>
internal sealed record LetterParameter(PropertyInfo Property, bool IsRequired, bool AcceptsNull)
{
    public string Name => Property.Name;

    public Type Type => Property.PropertyType;

    /// <summary>"Session (int)", for lists of parameters in messages.</summary>
    public string Signature => $"{Name} ({Values.TypeDescriptions.CSharpName(Type)})";

    public static IReadOnlyList<LetterParameter> Of(Type letterType)
    {
        var nullability = new NullabilityInfoContext();
        return letterType.GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => p.SetMethod is { IsPublic: true } && p.GetIndexParameters().Length == 0)
            .OrderBy(p => p.MetadataToken)
            .Select(p => new LetterParameter(
                p,
                p.IsDefined(typeof(RequiredMemberAttribute), inherit: false),
                Nullable.GetUnderlyingType(p.PropertyType) is not null
                    || (!p.PropertyType.IsValueType && nullability.Create(p).WriteState != NullabilityState.NotNull)))
            .ToList();
    }
}
