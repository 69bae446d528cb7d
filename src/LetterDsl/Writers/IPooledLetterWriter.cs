using System.IO;
using LetterDsl.Planning;

namespace LetterDsl.Writers;

/// <summary>
/// A writer that <see cref="LetterRendering"/> can render to a string and reuse (one per thread), and that can write a
/// letter as a render plan for its format.
/// </summary>
internal interface IPooledLetterWriter<TSelf> : IPlanningWriter
    where TSelf : LetterWriter, IPooledLetterWriter<TSelf>
{
    /// <summary>The buffer the string is built in.</summary>
    OutputBuffer Output { get; }

    /// <summary>Creates a writer over a string buffer.</summary>
    static abstract TSelf Create();

    /// <summary>Creates a writer that streams to <paramref name="target"/> with <paramref name="options"/> (<see langword="null"/> for the defaults).</summary>
    static abstract TSelf Create(TextWriter target, object? options);

    /// <summary>Applies the options for the next render (<see langword="null"/> for the defaults).</summary>
    void Configure(object? options);

    /// <summary>How this format writes values into a plan, or <see langword="null"/> when the configured options make
    /// the output depend on values in a way a plan cannot hold (wrapped text).</summary>
    PlanFormat? PlanFormat { get; }

    /// <summary>The configured options that change the output, compared by value to find a cached plan.</summary>
    object? PlanOptions { get; }

    /// <summary>Switches to planning mode: what the writer writes goes into <paramref name="plan"/>, cut at each value.</summary>
    void BeginPlan(PlanBuilder plan);

    /// <summary>Leaves planning mode and returns the plan, or <see langword="null"/> when the letter cannot be planned.</summary>
    RenderPlan? EndPlan();
}
