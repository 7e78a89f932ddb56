namespace Pop.Core.Cycles;

using System;
using System.Collections.Generic;
using NodaTime;

/// <summary>
/// Places one manager's team in the window: a day and a slot for each member, within the manager's
/// capacity per day and free time, and within each member's own limits. Reused across managers so
/// that planning allocates little.
/// </summary>
/// <remarks>
/// A team whose members have no limits of their own (same zone as the manager, no busy time, hold
/// no conversations) is placed by day — each member on the free day nearest its target, augmenting
/// paths when that fails — and then given the manager's free slots of the day in team order. Any
/// other team is placed by cell (day × slot), with augmenting paths over the cells. A failed
/// augmenting search leaves its visited days and cells marked until a search succeeds: nothing
/// reachable from them can make room while the assignment is unchanged, so a team that does not fit
/// costs linear time, not quadratic.
/// </remarks>
internal sealed class TeamPlacement
{
    private readonly int slots;
    private readonly int[] load;
    private readonly int[] cap;
    private readonly bool[] visited;
    private readonly bool[] managerFree;
    private bool managerBusy; // some slot of some day is not the manager's to give: managerFree says which
    private int[] owner = Array.Empty<int>();
    private bool[] visitedCell = Array.Empty<bool>();
    private int[] cellOf = new int[16];
    private int[] order = new int[16];
    private MemberLimits?[]? limits;
    private Func<int, CycleDay> dayOf = _ => throw new InvalidOperationException("No team is being placed.");
    private CyclePolicy policy = CyclePolicy.Default;
    private CycleParticipant[] all = Array.Empty<CycleParticipant>();
    private List<int> team = new();
    private IReadOnlyList<LocalDate> days = Array.Empty<LocalDate>();

    public TeamPlacement(int dayCount, int slotsPerDay)
    {
        slots = slotsPerDay;
        load = new int[dayCount];
        cap = new int[dayCount];
        visited = new bool[dayCount];
        managerFree = new bool[dayCount * slotsPerDay];
    }

    /// <summary>Gets the day index of each member after <see cref="Place"/>; -1 for someone left out.</summary>
    public int[] DayOf { get; private set; } = new int[16];

    /// <summary>Gets the slot of each member after <see cref="Place"/>; -1 for someone left out.</summary>
    public int[] SlotOf { get; private set; } = new int[16];

    /// <summary>Gets the days on which the manager can hold at least one conversation.</summary>
    public int ManagerDays { get; private set; }

    /// <summary>
    /// Places the team <paramref name="members"/>. <paramref name="managerBusyTimes"/> (merged, in order) and the
    /// manager's leave take days and slots away; <paramref name="memberLimits"/> (null when no member
    /// has any) holds what limits each member. Days before <paramref name="firstDay"/> are not the
    /// manager's to give (their own conversation comes first).
    /// </summary>
    /// <returns>How many members were placed.</returns>
    public int Place(CyclePolicy cyclePolicy, CycleParticipant[] people, List<int> members, CycleParticipant? manager, Interval[] managerBusyTimes, IReadOnlyList<LocalDate> workingDays, int capacity, int[]? targets, MemberLimits?[]? memberLimits, Func<int, CycleDay> facts, int firstDay)
    {
        policy = cyclePolicy;
        all = people;
        team = members;
        days = workingDays;
        limits = memberLimits;
        dayOf = facts;
        int n = team.Count;
        if (DayOf.Length < n)
        {
            int size = Math.Max(n, DayOf.Length * 2);
            DayOf = new int[size];
            SlotOf = new int[size];
            cellOf = new int[size];
            order = new int[size];
        }

        ManagerCapacity(manager, managerBusyTimes, capacity, firstDay);
        Order(n);
        return limits is null ? PlaceByDay(n, targets) : PlaceByCell(n, targets);
    }

    /// <summary>
    /// The manager's room per day: the capacity, less days away, slots that end after their working
    /// day (a day whose clock goes forward during working hours is shorter) and slots their own
    /// appointments already take.
    /// </summary>
    private void ManagerCapacity(CycleParticipant? manager, Interval[] busy, int capacity, int firstDay)
    {
        bool anyAway = manager is { Unavailable.Count: > 0 };
        Array.Clear(load, 0, load.Length);
        managerBusy = busy.Length > 0;
        for (int d = 0; d < days.Count && !managerBusy; d++)
        {
            managerBusy = dayOf(d).Slots < slots;
        }

        ManagerDays = 0;
        int next = 0; // busy times are in order, and so are the slots: one walk over both, in ticks
        long length = policy.SlotLength.BclCompatibleTicks;
        for (int d = 0; d < days.Count; d++)
        {
            var day = dayOf(d);
            int room = Math.Min(capacity, day.Slots);
            if (managerBusy)
            {
                int free = 0;
                long first = day.FirstSlot.ToUnixTimeTicks();
                for (int k = 0; k < slots; k++)
                {
                    long start = first + (length * k);
                    long end = start + length;
                    while (next < busy.Length && busy[next].End.ToUnixTimeTicks() <= start)
                    {
                        next++;
                    }

                    bool isFree = k < day.Slots && (next == busy.Length || busy[next].Start.ToUnixTimeTicks() >= end);
                    managerFree[(d * slots) + k] = isFree;
                    free += isFree ? 1 : 0;
                }

                room = Math.Min(room, free);
            }

            if (d < firstDay || (anyAway && manager!.IsAwayOn(days[d])))
            {
                room = 0;
            }

            cap[d] = room;
            ManagerDays += room > 0 ? 1 : 0;
        }
    }

    /// <summary>Most constrained first: members with limits of their own, then people with leave, then the rest; otherwise team order.</summary>
    private void Order(int n)
    {
        int next = 0;
        for (int pass = 0; pass < 3; pass++)
        {
            for (int m = 0; m < n; m++)
            {
                int rank = limits?[m] is not null ? 0 : all[team[m]].Unavailable.Count > 0 ? 1 : 2;
                if (rank == pass)
                {
                    order[next++] = m;
                }
            }
        }
    }

    /// <summary>The day index member <paramref name="m"/>, the <paramref name="k"/>-th of <paramref name="n"/> placed, aims for: its own target, an even spread, or the first day.</summary>
    private int TargetDay(int k, int m, int n, int[]? targets) =>
        targets is not null ? targets[m]
        : policy.Spreading == SpreadingMode.Even && days.Count > 0 ? (int)(((k + 0.5) * days.Count) / n)
        : 0;

    // ---- By day: members without limits of their own ----------------------------------------

    private int PlaceByDay(int n, int[]? targets)
    {
        // Everyone starts unplaced: the augmenting search looks at every member's day, and a member
        // not yet reached must not look placed (the arrays are reused).
        for (int m = 0; m < n; m++)
        {
            DayOf[m] = -1;
        }

        Array.Clear(visited, 0, visited.Length);
        int placed = 0;
        for (int k = 0; k < n; k++)
        {
            int m = order[k];
            int day = NearestDay(m, TargetDay(k, m, n, targets));
            if (day >= 0)
            {
                DayOf[m] = day;
                load[day]++;
                placed++;
            }
            else if (Augment(m))
            {
                Array.Clear(visited, 0, visited.Length); // the assignment changed: every day may help again
                placed++;
            }
        }

        if (placed == n)
        {
            // Slots in team order within each day: the manager's free slots, the first of the day first.
            Array.Clear(load, 0, load.Length);
            for (int m = 0; m < n; m++)
            {
                int d = DayOf[m];
                SlotOf[m] = FreeSlot(d, load[d]++);
            }
        }

        return placed;
    }

    /// <summary>The <paramref name="j"/>-th slot of day <paramref name="d"/> in which the manager is free.</summary>
    private int FreeSlot(int d, int j)
    {
        if (!managerBusy)
        {
            return j;
        }

        for (int k = 0; k < slots; k++)
        {
            if (managerFree[(d * slots) + k] && j-- == 0)
            {
                return k;
            }
        }

        throw new InvalidOperationException("A day was given more conversations than the manager has free slots.");
    }

    private bool OnLeave(int m, int d) => all[team[m]].Unavailable.Count > 0 && all[team[m]].IsAwayOn(days[d]);

    private int NearestDay(int m, int target)
    {
        int count = days.Count;
        for (int offset = 0; offset < count; offset++)
        {
            int up = target + offset, down = target - offset;
            if (up < count && load[up] < cap[up] && !OnLeave(m, up))
            {
                return up;
            }

            if (offset > 0 && down >= 0 && load[down] < cap[down] && !OnLeave(m, down))
            {
                return down;
            }
        }

        return -1;
    }

    /// <summary>Finds room for <paramref name="m"/> by moving others along an augmenting path.</summary>
    private bool Augment(int m)
    {
        for (int d = 0; d < days.Count; d++)
        {
            if (visited[d] || cap[d] == 0 || OnLeave(m, d))
            {
                continue;
            }

            visited[d] = true;
            if (load[d] < cap[d])
            {
                DayOf[m] = d;
                load[d]++;
                return true;
            }

            for (int x = 0; x < team.Count; x++)
            {
                if (x != m && DayOf[x] == d)
                {
                    DayOf[x] = -1;
                    load[d]--;
                    if (Augment(x))
                    {
                        DayOf[m] = d;
                        load[d]++;
                        return true;
                    }

                    DayOf[x] = d;
                    load[d]++;
                }
            }
        }

        return false;
    }

    // ---- By cell: some members have limits of their own ---------------------------------------

    private int PlaceByCell(int n, int[]? targets)
    {
        int cells = days.Count * slots;
        if (owner.Length < cells)
        {
            owner = new int[cells];
            visitedCell = new bool[cells];
        }

        owner.AsSpan(0, cells).Fill(-1);
        for (int m = 0; m < n; m++)
        {
            cellOf[m] = -1;
        }

        Array.Clear(visited, 0, visited.Length);
        Array.Clear(visitedCell, 0, cells);
        int placed = 0;
        for (int k = 0; k < n; k++)
        {
            int m = order[k];
            if (NearestCell(m, TargetDay(k, m, n, targets)))
            {
                placed++;
            }
            else if (AugmentCell(m))
            {
                Array.Clear(visited, 0, visited.Length);
                Array.Clear(visitedCell, 0, cells);
                placed++;
            }
        }

        for (int m = 0; m < n; m++)
        {
            DayOf[m] = cellOf[m] < 0 ? -1 : cellOf[m] / slots;
            SlotOf[m] = cellOf[m] < 0 ? -1 : cellOf[m] % slots;
        }

        return placed;
    }

    /// <summary>Whether day <paramref name="d"/> can hold member <paramref name="m"/> at all (leave on the manager's date counts only when both share a zone; otherwise the member's own date decides, per slot).</summary>
    private bool DayAllowed(int m, int d) => cap[d] > 0 && (limits![m]?.OtherZone is not null || !OnLeave(m, d));

    /// <summary>Whether slot <paramref name="k"/> of day <paramref name="d"/> suits both the manager and member <paramref name="m"/>.</summary>
    private bool FreeFor(int m, int d, int k) =>
        (!managerBusy || managerFree[(d * slots) + k]) && (limits![m] is not { } own || own.Allows(dayOf(d).FirstSlot + (policy.SlotLength * k), d, policy, days));

    private bool NearestCell(int m, int target)
    {
        int count = days.Count;
        for (int offset = 0; offset < count; offset++)
        {
            int up = target + offset, down = target - offset;
            if (up < count && TryDay(m, up))
            {
                return true;
            }

            if (offset > 0 && down >= 0 && TryDay(m, down))
            {
                return true;
            }
        }

        return false;
    }

    private bool TryDay(int m, int day)
    {
        if (load[day] >= cap[day] || !DayAllowed(m, day))
        {
            return false;
        }

        for (int k = 0; k < slots; k++)
        {
            if (owner[(day * slots) + k] < 0 && FreeFor(m, day, k))
            {
                Take(m, (day * slots) + k);
                return true;
            }
        }

        return false;
    }

    private void Take(int m, int cell)
    {
        owner[cell] = m;
        cellOf[m] = cell;
        load[cell / slots]++;
    }

    /// <summary>
    /// Finds a slot for <paramref name="m"/> by moving others along an augmenting path: into a
    /// taken slot whose holder moves elsewhere, or into a free slot of a full day from which
    /// someone else moves away. The manager's count per day never exceeds the day's room.
    /// </summary>
    private bool AugmentCell(int m)
    {
        for (int d = 0; d < days.Count; d++)
        {
            if (!DayAllowed(m, d))
            {
                continue;
            }

            for (int k = 0; k < slots; k++)
            {
                int cell = (d * slots) + k;
                if (visitedCell[cell] || !FreeFor(m, d, k))
                {
                    continue;
                }

                visitedCell[cell] = true;
                int holder = owner[cell];
                if (holder >= 0)
                {
                    // m takes the slot over (the day's count stays), the holder looks elsewhere.
                    owner[cell] = m;
                    cellOf[m] = cell;
                    cellOf[holder] = -1;
                    if (AugmentCell(holder))
                    {
                        return true;
                    }

                    owner[cell] = holder;
                    cellOf[holder] = cell;
                    cellOf[m] = -1;
                    continue;
                }

                if (load[d] < cap[d])
                {
                    Take(m, cell);
                    return true;
                }

                if (visited[d])
                {
                    continue;
                }

                // The day is full: m comes in, someone already on that day moves to another.
                visited[d] = true;
                owner[cell] = m;
                cellOf[m] = cell;
                for (int k2 = 0; k2 < slots; k2++)
                {
                    int other = (d * slots) + k2;
                    int x = owner[other];
                    if (x < 0 || x == m)
                    {
                        continue;
                    }

                    // m counts in x's place, so x cannot come back to a free slot of this day.
                    owner[other] = -1;
                    cellOf[x] = -1;
                    if (AugmentCell(x))
                    {
                        return true;
                    }

                    owner[other] = x;
                    cellOf[x] = other;
                }

                owner[cell] = -1;
                cellOf[m] = -1;
            }
        }

        return false;
    }
}
