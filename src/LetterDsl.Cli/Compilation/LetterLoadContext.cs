using System;
using System.IO;
using System.Reflection;
using System.Runtime.Loader;

namespace LetterDsl.Cli.Compilation;

/// <summary>
/// Where a compiled letter runs: a collectible context that resolves LetterDsl (and the framework) to the copies the
/// tool already loaded, so <see cref="ILetter"/> is one type on both sides, and everything else to the project's
/// output, as the app itself would load it.
/// </summary>
internal sealed class LetterLoadContext : AssemblyLoadContext
{
    private readonly AssemblyDependencyResolver? _resolver;
    private readonly string? _directory;

    public LetterLoadContext(string? projectAssembly)
        : base("letterdsl letters", isCollectible: true)
    {
        if (projectAssembly is null)
        {
            return;
        }

        _directory = Path.GetDirectoryName(projectAssembly);
        try
        {
            _resolver = new AssemblyDependencyResolver(projectAssembly);
        }
        catch (InvalidOperationException)
        {
            // No usable .deps.json: fall back to the files beside the assembly.
        }
    }

    protected override Assembly? Load(AssemblyName assemblyName)
    {
        var name = assemblyName.Name ?? "";
        if (FrameworkReferences.Names.Contains(name) || name.Equals("LetterDsl.Docx", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        var path = _resolver?.ResolveAssemblyToPath(assemblyName);
        if (path is null && _directory is not null && File.Exists(Path.Combine(_directory, name + ".dll")))
        {
            path = Path.Combine(_directory, name + ".dll");
        }

        return path is null ? null : LoadFromAssemblyPath(path);
    }

    protected override IntPtr LoadUnmanagedDll(string unmanagedDllName) =>
        _resolver?.ResolveUnmanagedDllToPath(unmanagedDllName) is { } path ? LoadUnmanagedDllFromPath(path) : IntPtr.Zero;
}
