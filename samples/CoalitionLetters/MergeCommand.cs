using System;
using System.IO;
using System.Linq;
using LetterDsl;
using Spectre.Console;

namespace CoalitionLetters;

/// <summary>
/// <c>--recipients file.csv --out dir</c>: writes the personalised <see cref="Letters.MinisterAppeal"/> once per
/// recipient, named <c>{Country}-{Name}</c>, with a progress bar.
/// </summary>
public static class MergeCommand
{
    /// <summary>The file-name template of the merged letters.</summary>
    public const string FileNameTemplate = "{Country}-{Name}";

    /// <summary>Runs the merge and returns the process exit code: 0 on success, 1 when a row is malformed or a file cannot be written.</summary>
    public static int Run(string recipientsPath, string outputDirectory, ILetterFileRenderer renderer, IAnsiConsole console)
    {
        if (!File.Exists(recipientsPath))
        {
            console.MarkupLineInterpolated($"[red]error:[/] {recipientsPath}: no such file.");
            return 1;
        }

        var options = new LetterMergeOptions
        {
            OutputDirectory = outputDirectory,
            FileNameTemplate = FileNameTemplate,
            Renderer = renderer,
        };

        int written = 0;
        try
        {
            console.Progress()
                .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new RemainingTimeColumn())
                .Start(context =>
                {
                    ProgressTask task = context.AddTask($"Writing {renderer.FileExtension} letters", maxValue: EstimateRows(recipientsPath));
                    var progress = new SynchronousProgress<LetterMergeProgress>(report =>
                    {
                        written = report.Written;
                        task.Value = report.Written;
                    });
                    LetterMerge.WriteFiles(RecipientCsv.Read(recipientsPath), MinisterLetters.For, options, progress);
                    task.Value = task.MaxValue;
                });
        }
        catch (RecipientCsvException e)
        {
            console.MarkupLineInterpolated($"[red]error:[/] {recipientsPath}, {e.Message}");
            console.MarkupLineInterpolated($"Stopped there; the {written} letters written before it are kept in {outputDirectory}.");
            return 1;
        }
        catch (IOException e)
        {
            console.MarkupLineInterpolated($"[red]error:[/] {e.Message}");
            return 1;
        }
        catch (UnauthorizedAccessException e)
        {
            console.MarkupLineInterpolated($"[red]error:[/] {e.Message}");
            return 1;
        }

        console.MarkupLineInterpolated($"Wrote {written} letters to {Path.GetFullPath(outputDirectory)}.");
        return 0;
    }

    // Sizes the bar before the rows are parsed; a quoted field spanning lines makes this an overestimate, and the
    // bar is completed at the end.
    private static int EstimateRows(string path) => Math.Max(1, File.ReadLines(path).Skip(1).Count(line => line.Trim().Length > 0));

    /// <summary>Reports on the merge's own thread; <see cref="Progress{T}"/> would post to the thread pool and update the bar out of order.</summary>
    private sealed class SynchronousProgress<T>(Action<T> report) : IProgress<T>
    {
        public void Report(T value) => report(value);
    }
}
