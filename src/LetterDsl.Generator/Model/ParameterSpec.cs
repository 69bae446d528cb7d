namespace LetterDsl.Generator.Model;

/// <summary>An <c>@param Name: Type = default</c> line.</summary>
/// <param name="Name">The property name.</param>
/// <param name="Type">The C# type as written.</param>
/// <param name="DefaultValue">The C# expression after <c>=</c>, or null.</param>
/// <param name="IsRequired">True when the type is not nullable and there is no default.</param>
/// <param name="BindsSignatories">True when <c>@signatories</c> names this parameter, so an empty list is rejected on creation.</param>
internal sealed record ParameterSpec(
    string Name,
    string Type,
    string? DefaultValue,
    bool IsRequired,
    bool BindsSignatories,
    LocationInfo NameLocation,
    LocationInfo TypeLocation,
    LocationInfo? DefaultLocation);
