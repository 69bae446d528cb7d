using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using LetterDsl;
using LetterDsl.Pdf;
using Spectre.Console;

namespace CoalitionLetters;

/// <summary>
/// <c>--recipients file.csv --out dir</c>: writes the personalised <see cref="Letters.MinisterAppeal"/> once per
/// recipient, named <c>{Country}-{Name}</c>, with a progress bar; with <c>--format pdf --single-file</c>, every
/// letter into one PDF, <c>letters.pdf</c>, each starting on a new sheet.
/// </summary>
public static class MergeCommand
{
    /// <summary>The file-name template of the merged letters.</summary>
    public const string FileNameTemplate = "{Country}-{Name}";

    /// <summary>The name of the one PDF that <c>--single-file</c> writes in the output folder.</summary>
    public const string SingleFileName = "letters.pdf";

    /// <summary>Runs the merge and returns the process exit code: 0 on success, 1 when a row is malformed or a file cannot be written.</summary>
    public static int Run(string recipientsPath, string outputDirectory, ILetterFileRenderer renderer, IAnsiConsole console)
    {
        var options = new LetterMergeOptions
        {
            OutputDirectory = outputDirectory,
            FileNameTemplate = FileNameTemplate,
            Renderer = renderer,
        };

        return Run(recipientsPath, outputDirectory, $"Writing {renderer.FileExtension} letters", Path.GetFullPath(outputDirectory), keepsEarlier: true, console, (rows, progress) => LetterMerge.WriteFiles(rows, MinisterLetters.For, options, progress));
    }

    /// <summary>Merges every letter into <see cref="SingleFileName"/> in <paramref name="outputDirectory"/>; the exit code is as for <see cref="Run(string, string, ILetterFileRenderer, IAnsiConsole)"/>.</summary>
    public static int RunSingleFile(string recipientsPath, string outputDirectory, IAnsiConsole console)
    {
        string path = Path.GetFullPath(Path.Combine(outputDirectory, SingleFileName));
        return Run(recipientsPath, outputDirectory, "Merging letters into one PDF", path, keepsEarlier: false, console, (rows, progress) => PdfMerge.WriteFile(rows, MinisterLetters.For, path, progress: progress));
    }

    private static int Run(string recipientsPath, string outputDirectory, string task, string destination, bool keepsEarlier, IAnsiConsole console, Action<IEnumerable<Recipient>, IProgress<LetterMergeProgress>> merge)
    {
        if (!File.Exists(recipientsPath))
        {
            console.MarkupLineInterpolated($"[red]error:[/] {recipientsPath}: no such file.");
            return 1;
        }

        int written = 0;
        try
        {
            console.Progress()
                .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new RemainingTimeColumn())
                .Start(context =>
                {
                    ProgressTask bar = context.AddTask(task, maxValue: EstimateRows(recipientsPath));
                    var progress = new SynchronousProgress<LetterMergeProgress>(report =>
                    {
                        written = report.Written;
                        bar.Value = report.Written;
                    });
                    merge(RecipientCsv.Read(recipientsPath), progress);
                    bar.Value = bar.MaxValue;
                });
        }
        catch (RecipientCsvException e)
        {
            console.MarkupLineInterpolated($"[red]error:[/] {recipientsPath}, {e.Message}");
            if (keepsEarlier)
            {
                console.MarkupLineInterpolated($"Stopped there; the {written} letters written before it are kept in {outputDirectory}.");
            }
            else
            {
                console.MarkupLineInterpolated($"Stopped there; the merged PDF is not written.");
            }

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

        console.MarkupLineInterpolated($"Wrote {written} letters to {destination}.");
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
