namespace Pop.Core.Cycles;

using System;
using System.Collections.Generic;
using NodaTime;

/// <summary>One person's busy time, merged into disjoint intervals in order, asked "is this stretch free?" by binary search.</summary>
internal static class BusySchedule
{
    /// <summary>Sorts and merges intervals that overlap or touch.</summary>
    public static Interval[] Merge(List<Interval> intervals)
    {
        if (intervals.Count == 0)
        {
            return Array.Empty<Interval>();
        }

        intervals.Sort((a, b) => a.Start.CompareTo(b.Start));
        var merged = new List<Interval>(intervals.Count);
        var current = intervals[0];
        for (int i = 1; i < intervals.Count; i++)
        {
            var next = intervals[i];
            if (next.Start <= current.End)
            {
                current = new Interval(current.Start, next.End > current.End ? next.End : current.End);
            }
            else
            {
                merged.Add(current);
                current = next;
            }
        }

        merged.Add(current);
        return merged.ToArray();
    }

    /// <summary>Whether [<paramref name="start"/>, <paramref name="end"/>) overlaps one of the merged, ordered <paramref name="busy"/> intervals.</summary>
    public static bool Overlaps(Interval[] busy, Instant start, Instant end)
    {
        // The first interval that ends after start; it overlaps when it also starts before end.
        int lo = 0, hi = busy.Length;
        while (lo < hi)
        {
            int mid = (lo + hi) >> 1;
            if (busy[mid].End <= start)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        return lo < busy.Length && busy[lo].Start < end;
    }
}
