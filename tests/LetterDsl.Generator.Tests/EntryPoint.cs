using System;
using LetterDsl.Generator.Tests.Infrastructure;

namespace LetterDsl.Generator.Tests;

/// <summary>
/// The test assembly's entry point, in place of the one the test SDK would generate. The test host never calls it;
/// <see cref="InvariantGlobalizationTests"/> starts this assembly in a child process, in globalization-invariant mode,
/// to run the generator there as a compiler in that mode would.
/// </summary>
internal static class EntryPoint
{
    public static int Main(string[] args)
    {
        if (args.Length == 2 && args[0] == CultureProbe.Command)
        {
            CultureProbe.Write(args[1]);
            return 0;
        }

        Console.Error.WriteLine($"This is a test assembly; run it with 'dotnet test'. '{CultureProbe.Command} <file>' writes what the generator makes of the culture probe letters to <file>.");
        return 2;
    }
}
