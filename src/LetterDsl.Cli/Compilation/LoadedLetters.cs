using System;
using System.IO;
using System.Linq;
using System.Reflection;

namespace LetterDsl.Cli.Compilation;

/// <summary>Compiled letters loaded into a collectible context; dispose to unload them, as watch does before each new compile.</summary>
internal sealed class LoadedLetters : IDisposable
{
    private readonly LetterLoadContext _context;
    private readonly Assembly _assembly;

    private LoadedLetters(LetterLoadContext context, Assembly assembly)
    {
        _context = context;
        _assembly = assembly;
    }

    public static LoadedLetters Load(Stream image, ProjectContext project)
    {
        var context = new LetterLoadContext(project.AssemblyPath);
        return new LoadedLetters(context, context.LoadFromStream(image));
    }

    /// <summary>The one letter class in the assembly, for a compile of a single letter.</summary>
    public Type SingleLetterType()
    {
        var letters = _assembly.GetTypes().Where(type => typeof(ILetter).IsAssignableFrom(type) && !type.IsAbstract).ToList();
        return letters.Count == 1
            ? letters[0]
            : throw CliException.LetterErrors($"the letter generated {letters.Count} letter classes instead of one.");
    }

    public void Dispose() => _context.Unload();
}
