using System.Threading.Tasks;

namespace LetterDsl.Cli;

/// <summary>The <c>letterdsl</c> tool's entry point.</summary>
public static class Program
{
    public static Task<int> Main(string[] args) => LetterDslCli.RunAsync(args, CliConsole.FromSystemConsole());
}
