namespace Pop.Core.Cycles;

using System;
using System.Collections.Generic;
using Ardalis.GuardClauses;
using NodaTime;

/// <summary>Busy time held in memory, per person: the <see cref="IBusyTimeSource"/> for hosts that already have the appointments at hand.</summary>
/// <threadsafety>This type is immutable and thread-safe.</threadsafety>
public sealed class BusyTimeTable : IBusyTimeSource
{
    private readonly Dictionary<string, Interval[]> byPerson;

    /// <summary>Initializes a new instance of the <see cref="BusyTimeTable"/> class.</summary>
    /// <param name="busyTimes">The busy time of everyone, in any order; overlapping stretches of one person are merged.</param>
    /// <exception cref="ArgumentNullException"><paramref name="busyTimes"/> or one of its items is null.</exception>
    public BusyTimeTable(IEnumerable<BusyTime> busyTimes)
    {
        Guard.Against.Null(busyTimes, nameof(busyTimes));
        var lists = new Dictionary<string, List<Interval>>(StringComparer.Ordinal);
        foreach (var busy in busyTimes)
        {
            Guard.Against.Null(busy, nameof(busyTimes));
            if (!lists.TryGetValue(busy.PersonId, out var list))
            {
                lists.Add(busy.PersonId, list = new List<Interval>(4));
            }

            list.Add(busy.Interval);
        }

        byPerson = new Dictionary<string, Interval[]>(lists.Count, StringComparer.Ordinal);
        foreach (var pair in lists)
        {
            byPerson.Add(pair.Key, BusySchedule.Merge(pair.Value));
        }
    }

    /// <summary>Gets every person's busy time, merged and in order: read by the planner directly, without a copy (the table never changes).</summary>
    internal Dictionary<string, Interval[]> ByPerson => byPerson;

    /// <summary>Gets a table in which nobody is busy.</summary>
    public static BusyTimeTable Empty { get; } = new(Array.Empty<BusyTime>());

    /// <summary>Gets how many people have busy time.</summary>
    public int PersonCount => byPerson.Count;

    /// <inheritdoc />
    /// <exception cref="ArgumentNullException"><paramref name="personIds"/> is null.</exception>
    public IEnumerable<BusyTime> BusyTimes(IReadOnlyCollection<string> personIds, Interval window)
    {
        Guard.Against.Null(personIds, nameof(personIds));
        return Select(personIds, window);
    }

    /// <summary>Gets one person's busy time, merged and in order.</summary>
    /// <param name="personId">The person's id.</param>
    /// <returns>The intervals; empty when the person is never busy.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="personId"/> is null.</exception>
    public IReadOnlyList<Interval> For(string personId)
    {
        Guard.Against.Null(personId, nameof(personId));
        return byPerson.TryGetValue(personId, out var list) ? Internal.ReadOnly.View(list) : Array.Empty<Interval>();
    }

    private IEnumerable<BusyTime> Select(IReadOnlyCollection<string> personIds, Interval window)
    {
        foreach (var id in personIds)
        {
            if (id is null || !byPerson.TryGetValue(id, out var list))
            {
                continue;
            }

            foreach (var interval in list)
            {
                if (Overlaps(interval, window))
                {
                    yield return new BusyTime(id, interval);
                }
            }
        }
    }

    private static bool Overlaps(Interval a, Interval window) =>
        (!window.HasStart || a.End > window.Start) && (!window.HasEnd || a.Start < window.End);
}
