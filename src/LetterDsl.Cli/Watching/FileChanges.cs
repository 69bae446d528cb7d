using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;

namespace LetterDsl.Cli.Watching;

/// <summary>
/// Signals when any of some files is saved. Editors save in several steps (truncate and write, or write a temporary
/// file and rename it over the old one), so the folder is watched for all of them and a burst of events counts once.
/// </summary>
internal sealed class FileChanges : IDisposable
{
    private static readonly TimeSpan Debounce = TimeSpan.FromMilliseconds(60);

    private readonly HashSet<string> _paths;
    private readonly List<FileSystemWatcher> _watchers = new();
    private readonly SemaphoreSlim _signal = new(0);

    public FileChanges(IEnumerable<string> paths)
    {
        _paths = paths.Select(Path.GetFullPath).ToHashSet(StringComparer.Ordinal);
        foreach (var folder in _paths.Select(p => Path.GetDirectoryName(p)!).Distinct(StringComparer.Ordinal).Where(Directory.Exists))
        {
            var watcher = new FileSystemWatcher(folder)
            {
                NotifyFilter = NotifyFilters.LastWrite | NotifyFilters.FileName | NotifyFilters.Size | NotifyFilters.CreationTime,
                IncludeSubdirectories = false,
            };
            watcher.Changed += (_, e) => Notify(e.FullPath);
            watcher.Created += (_, e) => Notify(e.FullPath);
            watcher.Deleted += (_, e) => Notify(e.FullPath);
            watcher.Renamed += (_, e) =>
            {
                Notify(e.FullPath);
                Notify(e.OldFullPath);
            };
            watcher.EnableRaisingEvents = true;
            _watchers.Add(watcher);
        }
    }

    /// <summary>Waits for the next save, then for the burst of events it makes to end.</summary>
    public async Task WaitAsync(CancellationToken cancellationToken)
    {
        await _signal.WaitAsync(cancellationToken).ConfigureAwait(false);
        do
        {
            await Task.Delay(Debounce, cancellationToken).ConfigureAwait(false);
        }
        while (Drain());
    }

    public void Dispose()
    {
        foreach (var watcher in _watchers)
        {
            watcher.Dispose();
        }

        _signal.Dispose();
    }

    private void Notify(string path)
    {
        if (_paths.Contains(path))
        {
            _signal.Release();
        }
    }

    private bool Drain()
    {
        var any = false;
        while (_signal.Wait(0))
        {
            any = true;
        }

        return any;
    }
}
