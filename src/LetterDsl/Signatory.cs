namespace LetterDsl;

/// <summary>A person who signs a letter.</summary>
/// <param name="Name">The signatory's name; never empty.</param>
/// <param name="Title">The signatory's title or role, if any.</param>
/// <param name="Organization">The signatory's organization, if any.</param>
public sealed record Signatory(string Name, string? Title = null, string? Organization = null);
