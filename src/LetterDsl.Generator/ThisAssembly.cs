using System.Reflection;

namespace LetterDsl.Generator;

/// <summary>The generator's version, stamped on generated code so users can tell which LetterDsl wrote it.</summary>
internal static class ThisAssembly
{
    /// <summary>The assembly version the build stamped (the project's <c>Version</c>), as major.minor.patch.</summary>
    public static readonly string Version = typeof(ThisAssembly).Assembly.GetName().Version is { } version
        ? version.ToString(3)
        : "0.0.0";
}
