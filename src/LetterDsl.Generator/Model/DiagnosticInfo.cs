using System;
using Microsoft.CodeAnalysis;

namespace LetterDsl.Generator.Model;

/// <summary>A diagnostic waiting to be reported, held as values so it can be cached with the letter it belongs to.</summary>
internal sealed record DiagnosticInfo(DiagnosticDescriptor Descriptor, LocationInfo Location, EquatableArray<string> MessageArgs)
{
    public static DiagnosticInfo Create(DiagnosticDescriptor descriptor, LocationInfo location, params string[] messageArgs)
        => new(descriptor, location, messageArgs.ToEquatableArray());

    public Diagnostic ToDiagnostic(DiagnosticSeverity severity)
    {
        // Roslyn formats a message only when it has arguments, so a message without any would keep its escaped
        // braces ("{{{{"); one unused argument makes every message go through string.Format the same way.
        var args = MessageArgs.Count == 0 ? new object[] { "" } : new object[MessageArgs.Count];
        for (var i = 0; i < MessageArgs.Count; i++)
        {
            args[i] = MessageArgs[i];
        }

        // The explicit severity carries the per-folder letterdsl_diagnostic overrides; the project-wide
        // dotnet_diagnostic settings are applied by the compiler on top, as for any analyzer.
        return Diagnostic.Create(Descriptor, Location.ToLocation(), severity, additionalLocations: null, properties: null, args);
    }
}
