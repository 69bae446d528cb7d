using BenchmarkDotNet.Running;

namespace LetterDsl.Benchmarks;

/// <summary>Runs the benchmarks BenchmarkDotNet's command line selects: <c>--filter '*'</c> runs every one.</summary>
public static class Program
{
    public static void Main(string[] args) => BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
}
