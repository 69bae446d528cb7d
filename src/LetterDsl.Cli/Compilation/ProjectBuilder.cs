using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Reflection.PortableExecutable;
using System.Text;
using System.Text.Json;

namespace LetterDsl.Cli.Compilation;

/// <summary>
/// Builds (or, with <c>--no-build</c>, only evaluates) the app project named by <c>--project</c> with the real
/// <c>dotnet</c> CLI, and turns its output into a <see cref="ProjectContext"/>.
/// </summary>
internal static class ProjectBuilder
{
    private static readonly string[] Properties = { "TargetPath", "RootNamespace", "ProjectDir" };

    // Set when the tool itself runs under MSBuild or `dotnet test`; a child build must locate its SDK afresh.
    private static readonly string[] InheritedVariablesToDrop =
    {
        "MSBuildExtensionsPath", "MSBuildSDKsPath", "MSBUILD_EXE_PATH", "MSBuildLoadMicrosoftTargetsReadOnly",
    };

    /// <summary>
    /// The project's context after building it in <paramref name="configuration"/> (or only reading its properties, when
    /// <paramref name="build"/> is false).
    /// A build that fails leaves the last build output in use, with <paramref name="warn"/> told why: the app's build
    /// fails whenever one of its letters does, which is when check and watch are needed most.
    /// </summary>
    public static ProjectContext Load(string projectPath, bool build, string configuration, Action<string> warn)
    {
        var fullPath = Path.GetFullPath(projectPath);
        if (!File.Exists(fullPath))
        {
            throw CliException.Input($"{DisplayPath.Of(projectPath)}: no such project file.");
        }

        if (build)
        {
            // No compiler server or MSBuild node: either would outlive the tool and keep the redirected output open.
            var (exitCode, output) = RunDotnet(new[] { "build", fullPath, "-c", configuration, "-nologo", "-v:q", "-nodeReuse:false", "-p:UseSharedCompilation=false" });
            if (exitCode != 0)
            {
                var errors = ErrorLines(output);
                var lastOutput = Read(fullPath, projectPath, configuration);
                if (!File.Exists(lastOutput.AssemblyPath))
                {
                    throw CliException.Input($"{DisplayPath.Of(projectPath)}: the project did not build (dotnet exited with {exitCode}), and it has no earlier build output to use:\n{errors}");
                }

                warn($"{DisplayPath.Of(projectPath)} did not build, so its last build output is used. The build reported:\n{errors}");
                return lastOutput;
            }
        }

        var context = Read(fullPath, projectPath, configuration);
        return File.Exists(context.AssemblyPath)
            ? context
            : throw CliException.Input($"{DisplayPath.Of(projectPath)}: its output {context.AssemblyPath} does not exist; build the project first, or leave out --no-build.");
    }

    /// <summary>Asks MSBuild for the properties the tool needs, without building.</summary>
    private static ProjectContext Read(string fullPath, string projectPath, string configuration)
    {
        var (exitCode, output) = RunDotnet(new[] { "msbuild", fullPath, "-nologo", "-v:q", "-nodeReuse:false", "-p:Configuration=" + configuration }.Concat(Properties.Select(name => "-getProperty:" + name)));
        if (exitCode != 0)
        {
            throw CliException.Input($"{DisplayPath.Of(projectPath)}: MSBuild could not read the project (dotnet exited with {exitCode}):\n{ErrorLines(output)}");
        }

        var values = ReadProperties(output, projectPath);
        var targetPath = values.GetValueOrDefault("TargetPath") ?? "";
        if (targetPath.Length == 0)
        {
            throw CliException.Input($"{DisplayPath.Of(projectPath)}: MSBuild reports no TargetPath; a project with several TargetFrameworks needs one chosen in the project file.");
        }

        var directory = values.GetValueOrDefault("ProjectDir") is { Length: > 0 } dir ? dir : Path.GetDirectoryName(fullPath)!;
        return new ProjectContext(
            values.GetValueOrDefault("RootNamespace") is { Length: > 0 } ns ? ns : null,
            ProjectContext.WithTrailingSeparator(directory),
            targetPath,
            File.Exists(targetPath) ? OutputAssemblies(targetPath) : ImmutableArray<string>.Empty);
    }

    /// <summary>The project's assembly and the managed assemblies beside it, less what the framework and the tool already provide.</summary>
    private static ImmutableArray<string> OutputAssemblies(string targetPath) =>
        Directory.GetFiles(Path.GetDirectoryName(targetPath)!, "*.dll")
            .Where(path => !FrameworkReferences.Names.Contains(Path.GetFileNameWithoutExtension(path)))
            .Where(path => !string.Equals(Path.GetFileName(path), "LetterDsl.Docx.dll", StringComparison.OrdinalIgnoreCase))
            .Where(HasMetadata)
            .OrderBy(path => path, StringComparer.Ordinal)
            .ToImmutableArray();

    private static bool HasMetadata(string path)
    {
        try
        {
            using var stream = File.OpenRead(path);
            using var reader = new PEReader(stream);
            return reader.HasMetadata;
        }
        catch (Exception ex) when (ex is BadImageFormatException or IOException)
        {
            return false;
        }
    }

    private static Dictionary<string, string> ReadProperties(string output, string projectPath)
    {
        var start = output.IndexOf('{', StringComparison.Ordinal);
        try
        {
            using var document = JsonDocument.Parse(start < 0 ? "" : output[start..]);
            return document.RootElement.GetProperty("Properties").EnumerateObject()
                .ToDictionary(p => p.Name, p => p.Value.GetString() ?? "", StringComparer.Ordinal);
        }
        catch (Exception ex) when (ex is JsonException or KeyNotFoundException or InvalidOperationException)
        {
            throw CliException.Input($"{DisplayPath.Of(projectPath)}: could not read the project's properties from MSBuild:\n{output.Trim()}");
        }
    }

    private static string ErrorLines(string output)
    {
        var lines = output.Split('\n').Select(line => line.TrimEnd()).Where(line => line.Contains(": error ", StringComparison.Ordinal)).Distinct().ToList();
        return string.Join("\n", lines.Count > 0 ? lines : new List<string> { output.Trim() });
    }

    private static (int ExitCode, string Output) RunDotnet(IEnumerable<string> arguments)
    {
        var start = new ProcessStartInfo(DotnetPath())
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        foreach (var name in InheritedVariablesToDrop)
        {
            start.Environment.Remove(name);
        }

        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        start.Environment["DOTNET_NOLOGO"] = "1";
        start.Environment["DOTNET_CLI_USE_MSBUILD_SERVER"] = "0";

        var output = new StringBuilder();
        using var process = new Process { StartInfo = start };
        DataReceivedEventHandler append = (_, e) =>
        {
            if (e.Data is not null)
            {
                lock (output)
                {
                    output.Append(e.Data).Append('\n');
                }
            }
        };
        process.OutputDataReceived += append;
        process.ErrorDataReceived += append;
        try
        {
            process.Start();
        }
        catch (System.ComponentModel.Win32Exception ex)
        {
            throw CliException.Input($"--project needs the dotnet CLI on PATH: {ex.Message}");
        }

        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        process.WaitForExit();
        lock (output)
        {
            return (process.ExitCode, output.ToString());
        }
    }

    private static string DotnetPath()
    {
        // Under `dotnet` (a tool, a test host) the host exports its own path; use the same SDK.
        var host = Environment.GetEnvironmentVariable("DOTNET_HOST_PATH");
        return !string.IsNullOrEmpty(host) && File.Exists(host) ? host : "dotnet";
    }
}
