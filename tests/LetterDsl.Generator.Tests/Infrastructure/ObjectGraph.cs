using System;
using System.Collections;
using System.Collections.Generic;
using System.Reflection;
using Microsoft.CodeAnalysis;

namespace LetterDsl.Generator.Tests.Infrastructure;

/// <summary>
/// Walks an object graph through its fields, as the Roslyn incremental-generator cookbook suggests, to find Roslyn
/// objects that must not travel between pipeline steps: they defeat caching and keep whole compilations alive.
/// </summary>
internal static class ObjectGraph
{
    /// <summary>Deeper than any model the parser's limits allow; reaching it fails the walk rather than skipping what lies below.</summary>
    public const int MaxDepth = 64;

    /// <summary>The path to the first <see cref="ISymbol"/>, <see cref="SyntaxNode"/>, <see cref="Location"/> or <see cref="Compilation"/> within <paramref name="root"/>, or null.</summary>
    public static string? FindRoslynObject(object? root) =>
        Visit(root, "value", 0, new HashSet<object>(ReferenceEqualityComparer.Instance));

    private static string? Visit(object? node, string path, int depth, HashSet<object> visited)
    {
        if (node is null)
        {
            return null;
        }

        if (depth > MaxDepth)
        {
            throw new InvalidOperationException("The object graph is deeper than " + MaxDepth + " at " + path + "; the walk would not see below it.");
        }

        if (node is ISymbol or SyntaxNode or Location or Compilation)
        {
            return path + " (" + node.GetType().Name + ")";
        }

        var type = node.GetType();
        if (type.IsPrimitive || type.IsEnum || node is string || (!type.IsValueType && !visited.Add(node)))
        {
            return null;
        }

        if (node is IEnumerable items)
        {
            var index = 0;
            foreach (var item in items)
            {
                if (Visit(item, path + "[" + index++ + "]", depth + 1, visited) is { } found)
                {
                    return found;
                }
            }
        }

        for (var current = type; current is not null; current = current.BaseType)
        {
            foreach (var field in current.GetFields(BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.DeclaredOnly))
            {
                if (Visit(field.GetValue(node), path + "." + field.Name, depth + 1, visited) is { } found)
                {
                    return found;
                }
            }
        }

        return null;
    }
}
