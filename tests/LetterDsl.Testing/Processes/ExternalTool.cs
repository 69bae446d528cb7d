using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;

namespace LetterDsl.Testing;

/// <summary>Runs a program that is installed on the machine (Chromium, LibreOffice) and collects its output.</summary>
public static class ExternalTool
{
    public const string Chromium = "/usr/bin/chromium";

    /// <summary>poppler's <c>pdftotext</c> on the PATH, or <see langword="null"/>.</summary>
    public static string? PdfToText { get; } = FindOnPath("pdftotext");

    /// <summary>poppler's <c>pdftoppm</c> on the PATH, or <see langword="null"/>.</summary>
    public static string? PdfToPpm { get; } = FindOnPath("pdftoppm");

    /// <summary>The LibreOffice launcher on the PATH, or <see langword="null"/>.</summary>
    public static string? LibreOffice { get; } = FindOnPath("soffice") ?? FindOnPath("libreoffice");

    /// <summary>Runs <paramref name="program"/> and returns its exit code and standard output.</summary>
    /// <remarks>The two-minute limit only keeps a hung browser from hanging the test run; it asserts nothing about speed.</remarks>
    public static (int ExitCode, string Output, string Errors) Run(string program, IEnumerable<string> arguments)
    {
        var start = new ProcessStartInfo(program)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (string argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using Process process = Process.Start(start) ?? throw new InvalidOperationException($"{program} did not start.");
        var errors = process.StandardError.ReadToEndAsync();
        string output = process.StandardOutput.ReadToEnd();
        if (!process.WaitForExit(TimeSpan.FromMinutes(2)))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{program} did not finish within two minutes.");
        }

        return (process.ExitCode, output, errors.Result);
    }

    /// <summary>The arguments every headless Chromium run here needs: no sandbox (CI runs as root), no GPU, no network chatter, a throwaway profile.</summary>
    public static List<string> ChromiumArguments(string profile) => new()
    {
        "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync",
        "--user-data-dir=" + profile,
    };

    private static string? FindOnPath(string name)
    {
        foreach (string directory in (Environment.GetEnvironmentVariable("PATH") ?? string.Empty).Split(Path.PathSeparator))
        {
            string candidate = Path.Combine(directory, name);
            if (directory.Length > 0 && File.Exists(candidate))
            {
                return candidate;
            }
        }

        return null;
    }
}

/// <summary>A test that needs headless Chromium at <see cref="ExternalTool.Chromium"/>; skipped, saying so, where it is absent.</summary>
public sealed class ChromiumFactAttribute : FactAttribute
{
    public ChromiumFactAttribute()
    {
        if (!File.Exists(ExternalTool.Chromium))
        {
            Skip = $"{ExternalTool.Chromium} is not installed (apt-get install chromium); .ci/run installs it.";
        }
    }
}

/// <summary>A test that prints with headless Chromium and reads the PDF back with poppler; skipped, saying so, where either is absent.</summary>
public sealed class PrintFactAttribute : FactAttribute
{
    public PrintFactAttribute()
    {
        if (!File.Exists(ExternalTool.Chromium) || ExternalTool.PdfToText is null || ExternalTool.PdfToPpm is null)
        {
            Skip = $"Printing needs {ExternalTool.Chromium} and poppler's pdftotext and pdftoppm (apt-get install chromium poppler-utils); .ci/run installs them.";
        }
    }
}

/// <summary>A test that needs LibreOffice on the PATH; skipped, saying so, where it is absent.</summary>
public sealed class LibreOfficeFactAttribute : FactAttribute
{
    public LibreOfficeFactAttribute()
    {
        if (ExternalTool.LibreOffice is null)
        {
            Skip = "LibreOffice (soffice) is not on the PATH (apt-get install libreoffice-writer-nogui); .ci/run installs it.";
        }
    }
}
