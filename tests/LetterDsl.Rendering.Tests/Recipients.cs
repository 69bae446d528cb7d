using CoalitionLetters;

namespace LetterDsl.Rendering.Tests;

/// <summary>Recipients for tests that need one.</summary>
public static class Recipients
{
    public static Recipient Sample { get; } = new("H.E. Ms.", "Amara Okonjo", "Minister of Foreign Affairs", "Arcadia", "Excellency,");
}
