namespace Pop.Core.Cycles;

using System.Collections.Generic;
using NodaTime;

/// <summary>
/// What limits one team member beyond their manager's day: their own appointments and the
/// conversations they hold themselves (busy time), their count of conversations per day (as a
/// manager), and their own working hours, working days and leave when they live in another zone
/// than their manager.
/// </summary>
internal sealed class MemberLimits
{
    private readonly CycleParticipant person;
    private readonly Interval[] busy;
    private readonly int[]? heldPerDay;
    private readonly int capacity;

    public MemberLimits(CycleParticipant person, Interval[] busy, int[]? heldPerDay, int capacity, DateTimeZone? otherZone)
    {
        this.person = person;
        this.busy = busy;
        this.heldPerDay = heldPerDay;
        this.capacity = capacity;
        OtherZone = otherZone;
    }

    /// <summary>Gets the member's zone when it is not their manager's; null when they share one.</summary>
    public DateTimeZone? OtherZone { get; }

    /// <summary>
    /// Whether a conversation from <paramref name="start"/> (one slot long, on the manager's day
    /// <paramref name="managerDay"/>) suits the member: inside
    /// their working hours on a working day of their own that they are not on leave, not over their
    /// capacity for that day, and free of everything they are already busy with.
    /// </summary>
    public bool Allows(Instant start, int managerDay, CyclePolicy policy, IReadOnlyList<LocalDate> days)
    {
        var end = start + policy.SlotLength;
        int dayIndex = managerDay;
        if (OtherZone is { } zone)
        {
            var from = start.InZone(zone).LocalDateTime;
            var to = end.InZone(zone).LocalDateTime;
            if (!WorkingHours.Hold(from, to, policy) || person.IsAwayOn(from.Date))
            {
                return false;
            }

            if (heldPerDay is not null)
            {
                dayIndex = IndexOf(days, from.Date);
            }
        }

        // In the same zone the manager's date is the member's too.
        if (heldPerDay is not null && dayIndex >= 0 && heldPerDay[dayIndex] >= capacity)
        {
            return false;
        }

        return busy.Length == 0 || !BusySchedule.Overlaps(busy, start, end);
    }

    /// <summary>The index of <paramref name="date"/> in the ordered working days, or -1.</summary>
    public static int IndexOf(IReadOnlyList<LocalDate> days, LocalDate date)
    {
        int lo = 0, hi = days.Count - 1;
        while (lo <= hi)
        {
            int mid = (lo + hi) >> 1;
            int c = days[mid].CompareTo(date);
            if (c == 0)
            {
                return mid;
            }

            if (c < 0)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid - 1;
            }
        }

        return -1;
    }
}
