using System.Collections.Generic;
using System.Linq;

namespace LetterDsl.Generator.Tests.Reliability;

/// <summary>One mutated letter: the seed and index that replay it, the letter it started from, and what was done to it.</summary>
internal sealed record FuzzCase(int Seed, int Index, string Input, IReadOnlyList<string> Operations, string Text)
{
    /// <summary>A path of its own per case, so the #line directives of cases compiled together stay apart.</summary>
    public string Path => "/fuzz/case" + Index + "/" + Input;

    /// <summary>Saves the letter for replay and says how to run the case again.</summary>
    public string Describe(IEnumerable<string> problems)
    {
        var saved = FuzzSettings.SaveLetter("letterdsl-fuzz", $"seed{Seed}-case{Index}.letter", Text);
        return $"seed {Seed}, case {Index} ({Input}; {string.Join(", ", Operations)}); replay with LETTERDSL_FUZZ_SEED={Seed} LETTERDSL_FUZZ_CASE={Index}; the letter is in {saved}\n  "
            + string.Join("\n  ", problems.Take(5));
    }
}
