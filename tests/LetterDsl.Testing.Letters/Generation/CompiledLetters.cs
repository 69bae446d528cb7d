using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Runtime.Loader;
using Microsoft.CodeAnalysis;

namespace LetterDsl.Testing.Letters;

/// <summary>
/// Generated letters compiled to an in-memory assembly in a collectible load context, so tests render them
/// through the real generated code. The LetterDsl runtime resolves to the test's own copy, so
/// <see cref="ILetter"/> is the same type on both sides.
/// </summary>
public sealed class CompiledLetters : IDisposable
{
    private readonly AssemblyLoadContext _context;

    private CompiledLetters(AssemblyLoadContext context, Assembly assembly)
    {
        _context = context;
        Assembly = assembly;
    }

    public Assembly Assembly { get; }

    public static CompiledLetters Load(Compilation compilation)
    {
        var letters = TryLoad(compilation, out var diagnostics);
        Assert.True(letters is not null, "Emit failed:\n" + string.Join("\n", diagnostics));
        return letters!;
    }

    /// <summary>Compiles and loads, or returns null with the compiler's diagnostics when the compilation has errors.</summary>
    public static CompiledLetters? TryLoad(Compilation compilation, out ImmutableArray<Diagnostic> diagnostics)
    {
        using var image = new MemoryStream();
        var result = compilation.Emit(image);
        diagnostics = result.Diagnostics;
        if (!result.Success)
        {
            return null;
        }

        image.Position = 0;
        var context = new AssemblyLoadContext("LetterDsl.GeneratedLetters", isCollectible: true);
        return new CompiledLetters(context, context.LoadFromStream(image));
    }

    /// <summary>Creates the letter class <paramref name="typeName"/> and sets its parameters, as an object initializer would.</summary>
    public ILetter Create(string typeName, IReadOnlyDictionary<string, object?>? parameters = null)
    {
        var type = Assembly.GetType(typeName) ?? throw new InvalidOperationException(
            $"No type {typeName}; the assembly has: {string.Join(", ", Assembly.GetTypes().Select(t => t.FullName))}");
        var letter = (ILetter)Activator.CreateInstance(type)!;
        foreach (var (name, value) in parameters ?? new Dictionary<string, object?>())
        {
            var property = type.GetProperty(name) ?? throw new InvalidOperationException($"{typeName} has no property {name}.");
            property.SetValue(letter, value);
        }

        return letter;
    }

    public void Dispose() => _context.Unload();
}
