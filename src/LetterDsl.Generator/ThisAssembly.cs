namespace LetterDsl.Generator;

/// <summary>The generator's version, stamped on generated code so users can tell which LetterDsl wrote it.</summary>
internal static class ThisAssembly
{
    public const string Version = "0.1.0";
}
