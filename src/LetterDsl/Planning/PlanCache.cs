using System;
using System.Threading;

namespace LetterDsl.Planning;

/// <summary>
/// The render plans of one letter class, by format, options and shape. A class has few shapes (one per combination of
/// <c>if</c> outcomes, loop lengths and optional lines that show), so the cache is a small array, replaced whole when a
/// plan is added, and read without locks.
/// </summary>
internal sealed class PlanCache
{
    /// <summary>How many plans one class keeps; a letter whose shapes vary more renders the rest in full.</summary>
    public const int MaxPlans = 64;

    private readonly object _gate = new();
    private Entry[] _entries = Array.Empty<Entry>();

    /// <summary>Whether a plan, or the knowledge that there is none, is cached for this format, options and shape.</summary>
    public bool TryGet(PlanFormat format, object? options, ReadOnlySpan<int> shape, out RenderPlan? plan)
    {
        foreach (Entry entry in Volatile.Read(ref _entries))
        {
            if (ReferenceEquals(entry.Format, format) && Equals(entry.Options, options) && shape.SequenceEqual(entry.Shape))
            {
                plan = entry.Plan;
                return true;
            }
        }

        plan = null;
        return false;
    }

    /// <summary>Whether any plan is cached for this format and options, so a render may be served by one.</summary>
    public bool HasPlans(PlanFormat format, object? options)
    {
        foreach (Entry entry in Volatile.Read(ref _entries))
        {
            if (entry.Plan is not null && ReferenceEquals(entry.Format, format) && Equals(entry.Options, options))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>How many shapes are cached, with or without a plan.</summary>
    public int Count => Volatile.Read(ref _entries).Length;

    /// <summary>Whether another plan fits.</summary>
    public bool HasRoom => Volatile.Read(ref _entries).Length < MaxPlans;

    public void Add(PlanFormat format, object? options, ReadOnlySpan<int> shape, RenderPlan? plan)
    {
        lock (_gate)
        {
            if (_entries.Length >= MaxPlans || TryGet(format, options, shape, out _))
            {
                return;
            }

            var entries = new Entry[_entries.Length + 1];
            _entries.CopyTo(entries, 0);
            entries[^1] = new Entry(format, options, shape.ToArray(), plan);
            Volatile.Write(ref _entries, entries);
        }
    }

    private sealed record Entry(PlanFormat Format, object? Options, int[] Shape, RenderPlan? Plan);
}
