using System.IO;
using Spectre.Console;

namespace LetterDsl.Testing;

/// <summary>A Spectre.Console console that writes plain text to a <see cref="StringWriter"/>, for checking what the sample prints.</summary>
public static class TestConsole
{
    public static IAnsiConsole Create(StringWriter writer)
    {
        IAnsiConsole console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Ansi = AnsiSupport.No,
            ColorSystem = ColorSystemSupport.NoColors,
            Interactive = InteractionSupport.No,
            Out = new AnsiConsoleOutput(writer),
        });
        console.Profile.Width = 1000; // long temp paths must not wrap the message being checked
        return console;
    }
}
