namespace Pop.Core.Cycles;

using System;
using System.Collections.Generic;
using System.Globalization;
using Ardalis.GuardClauses;
using NodaTime;
using Pop.Core.Texts;

/// <summary>
/// Plans a conversation cycle for a whole organisation: every employee gets exactly one
/// conversation in the window, nobody is in two conversations at once or over capacity (a
/// manager who is also an employee counts as one person, busy on either side of the table),
/// every lead time is met. When a window cannot hold some manager's team, nothing is planned: the
/// <see cref="InfeasibleCycleException"/> names every such manager and the shortfall.
/// </summary>
/// <remarks>
/// Per manager, the team is placed most-constrained first on the day nearest its even-spread
/// target (or the earliest day); when that greedy pass leaves someone out, augmenting paths move
/// others to make room. Teams are planned bottom-up: a manager's own conversation is planned
/// around the ones they hold, in a slot free for both sides and within their capacity for that
/// day. "Infeasible" therefore means no arrangement of that team fits around what its members
/// already hold (a different arrangement of the teams below could, in rare tight cases, make
/// room). Cost is linear in the number of employees for a fixed window.
/// </remarks>
/// <threadsafety>This type is immutable and thread-safe.</threadsafety>
public sealed class CyclePlanner
{
    /// <summary>The most days a window may span, both ends counted: two years (one of them a leap year).</summary>
    /// <remarks>A cycle is yearly; a window longer than two years is a mistake in the dates, not a plan.</remarks>
    public const int MaxWindowDays = 731;

    /// <summary>The earliest year a window may start in.</summary>
    /// <remarks>The Dutch holiday rules are modelled from the 1890s on; earlier dates are a mistake in the input.</remarks>
    public const int EarliestYear = 1900;

    /// <summary>The latest year a window may end in.</summary>
    /// <remarks>Every date a plan derives from its window (follow-up, interim checks, next conversation) stays far inside the calendar NodaTime can represent.</remarks>
    public const int LatestYear = 2999;

    private readonly IClock clock;

    /// <summary>Initializes a new instance of the <see cref="CyclePlanner"/> class.</summary>
    /// <param name="policy">The cycle's rules.</param>
    /// <param name="clock">Where "today" comes from (lead times count from it).</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">The policy's rules contradict each other (see <see cref="CyclePolicy.Validate"/>).</exception>
    public CyclePlanner(CyclePolicy policy, IClock clock)
    {
        Policy = Guard.Against.Null(policy, nameof(policy));
        this.clock = Guard.Against.Null(clock, nameof(clock));
        policy.Validate();
    }

    /// <summary>Gets the policy.</summary>
    public CyclePolicy Policy { get; }

    /// <summary>Plans the cycle.</summary>
    /// <param name="participants">Every employee of the organisation (managers too, when they have a manager).</param>
    /// <param name="window">The days in which conversations are held.</param>
    /// <returns>The plan.</returns>
    /// <exception cref="ArgumentNullException">An argument or a participant is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="window"/> starts before <see cref="EarliestYear"/>, ends after <see cref="LatestYear"/> or spans more than <see cref="MaxWindowDays"/> days.</exception>
    /// <exception cref="ArgumentException">An employee id occurs twice, or the reporting lines form a loop (someone reports, directly or through others, to themselves).</exception>
    /// <exception cref="InfeasibleCycleException">Some manager's team does not fit in the window.</exception>
    public CyclePlan Plan(IEnumerable<CycleParticipant> participants, DateInterval window)
    {
        Guard.Against.Null(participants, nameof(participants));
        Guard.Against.Null(window, nameof(window));
        CheckWindow(window);
        return PlanCore(participants, window, null);
    }

    /// <summary>
    /// Plans the conversations that fall due in <paramref name="window"/> under a hire-anniversary
    /// policy: each as close to its due date as capacity and leave allow. Employees without a hire
    /// date, or with nothing due in the window, are listed as excused with the reason.
    /// </summary>
    /// <param name="participants">Every employee of the organisation.</param>
    /// <param name="window">The days to plan.</param>
    /// <param name="anniversaries">When conversations fall due.</param>
    /// <returns>The plan.</returns>
    /// <exception cref="ArgumentNullException">An argument or a participant is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="window"/> starts before <see cref="EarliestYear"/>, ends after <see cref="LatestYear"/> or spans more than <see cref="MaxWindowDays"/> days.</exception>
    /// <exception cref="ArgumentException">An employee id occurs twice, or the reporting lines form a loop (someone reports, directly or through others, to themselves).</exception>
    /// <exception cref="InfeasibleCycleException">Some manager's due conversations do not fit in the window.</exception>
    public CyclePlan PlanAnniversaries(IEnumerable<CycleParticipant> participants, DateInterval window, HireAnniversaryPolicy anniversaries)
    {
        Guard.Against.Null(participants, nameof(participants));
        Guard.Against.Null(window, nameof(window));
        Guard.Against.Null(anniversaries, nameof(anniversaries));
        CheckWindow(window);
        return PlanCore(participants, window, anniversaries);
    }

    /// <summary>Refuses a window no cycle has, before any date is computed from it (which could overflow the calendar).</summary>
    private static void CheckWindow(DateInterval window)
    {
        Guard.Against.OutOfRange(window.Start.Year, nameof(window), EarliestYear, LatestYear, $"The window must lie in the years {EarliestYear} to {LatestYear}; it starts on {Iso(window.Start)}.");
        Guard.Against.OutOfRange(window.End.Year, nameof(window), EarliestYear, LatestYear, $"The window must lie in the years {EarliestYear} to {LatestYear}; it ends on {Iso(window.End)}.");
        Guard.Against.OutOfRange(window.Length, nameof(window), 1, MaxWindowDays, $"A cycle's window spans at most {MaxWindowDays} days (two years); {Iso(window.Start)}..{Iso(window.End)} spans {window.Length}.");
    }

    private CyclePlan PlanCore(IEnumerable<CycleParticipant> participants, DateInterval window, HireAnniversaryPolicy? anniversaries)
    {
        var calendar = Policy.Calendar;
        LocalDate today = clock.GetCurrentInstant().InZone(Policy.Zone).Date;

        // Everyone by id (one presized table, shared with the plan); teams in first-seen order of
        // their managers.
        int expected = participants is ICollection<CycleParticipant> known ? known.Count : 16;
        var indexOf = new Dictionary<string, int>(expected, StringComparer.Ordinal);
        var all = new CycleParticipant[Math.Max(expected, 1)];
        int count = 0;
        var teams = new Dictionary<string, List<int>>((expected / 8) + 1, StringComparer.Ordinal);
        var managerOrder = new List<string>((expected / 8) + 1);
        var excused = new List<Excusal>();
        HashSet<int>? notPlanned = null; // excused by the anniversary rules, not by a reason given
        foreach (var p in participants)
        {
            Guard.Against.Null(p, nameof(participants));
            if (indexOf.ContainsKey(p.EmployeeId))
            {
                throw new ArgumentException($"Employee '{p.EmployeeId}' occurs more than once.", nameof(participants));
            }

            if (count == all.Length)
            {
                Array.Resize(ref all, all.Length * 2);
            }

            indexOf.Add(p.EmployeeId, count);
            all[count] = p;
            Excusal? excusal = p.ExcusedReason is { } given ? new Excusal(p.EmployeeId, p.ManagerId, given) : null;
            if (excusal is null && anniversaries is not null)
            {
                if (p.HireDate is not { } hired)
                {
                    excusal = Coded(p, "CYCLE-X01", new Dictionary<string, string>());
                }
                else if (!window.Contains(anniversaries.NextDue(hired, window.Start)))
                {
                    excusal = Coded(p, "CYCLE-X02", new Dictionary<string, string> { ["Start"] = Iso(window.Start), ["End"] = Iso(window.End) });
                }
            }

            if (excusal is not null)
            {
                if (p.ExcusedReason is null)
                {
                    (notPlanned ??= new HashSet<int>()).Add(count);
                }

                excused.Add(excusal);
                count++;
                continue;
            }

            if (!teams.TryGetValue(p.ManagerId, out var team))
            {
                teams.Add(p.ManagerId, team = new List<int>(8));
                managerOrder.Add(p.ManagerId);
            }

            team.Add(count);
            count++;
        }

        // The usable window: from the first working day whose announcement can still go out on a
        // working day from today on.
        var start = window.Start;
        var earliest = today.PlusDays(Policy.AnnounceDaysBefore);
        if (start < earliest)
        {
            start = earliest;
        }

        while (start <= window.End && (!calendar.IsWorkingDay(start) || calendar.OnOrBefore(start.PlusDays(-Policy.AnnounceDaysBefore)) < today))
        {
            start = start.PlusDays(1);
        }

        var days = start <= window.End ? calendar.WorkingDaysIn(new DateInterval(start, window.End)) : Array.Empty<LocalDate>();
        var usable = start <= window.End ? new DateInterval(start, window.End) : new DateInterval(window.End, window.End);
        int capacity = Math.Min(Policy.ManagerCapacityPerDay, Policy.SlotsPerDay);

        if (all.Length != count)
        {
            Array.Resize(ref all, count);
        }

        var result = new PlannedConversation[count - excused.Count];
        var conversationOf = new int[count];
        if (notPlanned is not null)
        {
            foreach (int i in notPlanned)
            {
                conversationOf[i] = -1; // excused by the anniversary rules: no conversation, not the first one
            }
        }

        var byManager = new Dictionary<string, int[]>(teams.Count, StringComparer.Ordinal);
        var shortfalls = new List<ManagerShortfall>();
        var scratch = new TeamScratch(days.Count, Policy.SlotsPerDay);
        var daysByZone = new Dictionary<DateTimeZone, CycleDay?[]>(); // the facts of each day per manager zone, computed once
        daysByZone.Add(Policy.Zone, new CycleDay?[days.Count]);

        // People, not roles: a manager who is an employee too is busy in the conversations they hold,
        // so those are planned first (bottom-up) and their own conversation is planned around them.
        // Teams keep their first-seen order in the plan; only the order of planning changes.
        var order = PlanningOrder(managerOrder, teams, indexOf, all, notPlanned, out var firstIndex, out var holderTeam);
        foreach (int t in order)
        {
            var managerId = managerOrder[t];
            var team = teams[managerId];
            CycleParticipant? manager = indexOf.TryGetValue(managerId, out int managerIndex) ? all[managerIndex] : null;
            var zone = manager?.TimeZone ?? Policy.Zone;
            if (!daysByZone.TryGetValue(zone, out var facts))
            {
                daysByZone.Add(zone, facts = new CycleDay?[days.Count]);
            }

            int[]? targets = null;
            if (anniversaries is not null)
            {
                targets = new int[team.Count];
                for (int m = 0; m < team.Count; m++)
                {
                    targets[m] = NearestDayIndex(days, anniversaries.NextDue(all[team[m]].HireDate!.Value, window.Start));
                }
            }

            int placed;
            if (holderTeam is null || !HasHolders(team, holderTeam))
            {
                placed = scratch.Assign(all, team, manager, days, capacity, Policy.Spreading, targets);
            }
            else
            {
                // Some members hold conversations themselves: plan at the level of slots, around the
                // moments they are already busy and within their own daily capacity.
                var busy = new MemberBusy?[team.Count];
                for (int m = 0; m < team.Count; m++)
                {
                    if (holderTeam.TryGetValue(team[m], out int held) && byManager.TryGetValue(managerOrder[held], out var heldIndices))
                    {
                        busy[m] = MemberBusy.Of(result, heldIndices, days);
                    }
                }

                placed = scratch.AssignAroundBusy(all, team, manager, days, capacity, Policy.Spreading, targets, busy, d => Day(facts, zone, d).FirstSlot, Policy.SlotLength);
            }

            if (placed < team.Count)
            {
                var unplaced = new List<string>(team.Count - placed);
                for (int m = 0; m < team.Count; m++)
                {
                    if (scratch.DayOf[m] < 0)
                    {
                        unplaced.Add(all[team[m]].EmployeeId);
                    }
                }

                shortfalls.Add(new ManagerShortfall(managerId, team.Count, placed, scratch.ManagerDays, capacity, unplaced));
                continue;
            }

            // Conversations are made even after a shortfall: the next level up needs to know when
            // these people are busy to report its own shortfalls right. Nothing is returned then.
            var indices = new int[team.Count];
            int next = firstIndex[t];
            for (int m = 0; m < team.Count; m++)
            {
                result[next] = PlannedConversation.Create(Policy, all[team[m]], Day(facts, zone, scratch.DayOf[m]), scratch.SlotOf[m], null);
                conversationOf[team[m]] = next;
                indices[m] = next++;
            }

            byManager.Add(managerId, indices);
        }

        if (shortfalls.Count > 0)
        {
            throw new InfeasibleCycleException(shortfalls);
        }

        return new CyclePlan(Policy, window, usable, result, excused, new CycleRoster(indexOf, all, conversationOf), byManager);

        CycleDay Day(CycleDay?[] facts, DateTimeZone zone, int day) => facts[day] ??= CycleDay.Create(Policy, zone, days[day]);
    }

    /// <summary>
    /// The order in which teams are planned: a team after the teams its members hold (bottom-up),
    /// otherwise first-seen. Also where each team's conversations start in the plan (first-seen
    /// order) and, for members who hold a team of their own, which (null when nobody does).
    /// </summary>
    /// <exception cref="ArgumentException">The reporting lines form a loop.</exception>
    private static int[] PlanningOrder(List<string> managerOrder, Dictionary<string, List<int>> teams, Dictionary<string, int> indexOf, CycleParticipant[] all, HashSet<int>? notPlanned, out int[] firstIndex, out Dictionary<int, int>? holderTeam)
    {
        int teamCount = managerOrder.Count;
        firstIndex = new int[teamCount];
        Dictionary<string, int>? teamOf = null;
        int offset = 0;
        for (int t = 0; t < teamCount; t++)
        {
            firstIndex[t] = offset;
            offset += teams[managerOrder[t]].Count;
        }

        // A manager who is a planned employee in another team: that team waits for theirs.
        holderTeam = null;
        int[]? waiting = null;
        int[]? parent = null;
        for (int t = 0; t < teamCount; t++)
        {
            if (!indexOf.TryGetValue(managerOrder[t], out int person) || all[person].ExcusedReason is not null)
            {
                continue;
            }

            if (teamOf is null)
            {
                teamOf = new Dictionary<string, int>(teamCount, StringComparer.Ordinal);
                for (int u = 0; u < teamCount; u++)
                {
                    teamOf.Add(managerOrder[u], u);
                }

                holderTeam = new Dictionary<int, int>();
                waiting = new int[teamCount];
                parent = new int[teamCount];
                parent.AsSpan().Fill(-1);
            }

            // Excused by the anniversary rules: not in any team.
            if (!teamOf.TryGetValue(all[person].ManagerId, out int above) || (notPlanned is not null && notPlanned.Contains(person)))
            {
                continue;
            }

            holderTeam!.Add(person, t);
            waiting![above]++;
            parent![t] = above;
        }

        var order = new int[teamCount];
        if (holderTeam is null)
        {
            for (int t = 0; t < teamCount; t++)
            {
                order[t] = t;
            }

            return order;
        }

        int head = 0, tail = 0;
        for (int t = 0; t < teamCount; t++)
        {
            if (waiting![t] == 0)
            {
                order[tail++] = t;
            }
        }

        while (head < tail)
        {
            int above = parent![order[head++]];
            if (above >= 0 && --waiting![above] == 0)
            {
                order[tail++] = above;
            }
        }

        if (tail < teamCount)
        {
            var loop = new List<string>();
            for (int t = 0; t < teamCount && loop.Count < 10; t++)
            {
                if (waiting![t] > 0)
                {
                    loop.Add(managerOrder[t]);
                }
            }

            throw new ArgumentException($"The reporting lines form a loop: each of {string.Join(", ", loop)} reports, directly or through others, to themselves.", "participants");
        }

        return order;
    }

    private static bool HasHolders(List<int> team, Dictionary<int, int> holderTeam)
    {
        foreach (int m in team)
        {
            if (holderTeam.ContainsKey(m))
            {
                return true;
            }
        }

        return false;
    }

    private static int NearestDayIndex(IReadOnlyList<LocalDate> days, LocalDate due)
    {
        int lo = 0, hi = days.Count - 1;
        while (lo < hi)
        {
            int mid = (lo + hi) / 2;
            if (days[mid] < due)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        return Math.Max(0, lo);
    }

    /// <summary>Per-manager working state, reused across managers so that planning allocates little.</summary>
    private sealed class TeamScratch
    {
        private readonly int[] load;
        private readonly int slots;
        private bool[] visited;
        private int[] owner = Array.Empty<int>();
        private bool[] visitedCell = Array.Empty<bool>();
        private int[] cellOf = new int[16];
        private MemberBusy?[] busy = Array.Empty<MemberBusy?>();
        private Func<int, Instant> firstSlot = _ => default;
        private Duration slotLength;
        private CycleParticipant[] all = Array.Empty<CycleParticipant>();
        private List<int> team = new();
        private CycleParticipant? manager;
        private IReadOnlyList<LocalDate> days = Array.Empty<LocalDate>();
        private int capacity;

        public TeamScratch(int dayCount, int slotsPerDay)
        {
            load = new int[dayCount];
            visited = new bool[dayCount];
            slots = slotsPerDay;
        }

        public int[] DayOf { get; private set; } = new int[16];

        public int[] SlotOf { get; private set; } = new int[16];

        public int ManagerDays { get; private set; }

        /// <summary>The day index member <paramref name="m"/>, the <paramref name="k"/>-th of <paramref name="n"/> placed, aims for: its own target, an even spread, or the first day.</summary>
        private static int TargetDay(int k, int m, int n, int dayCount, SpreadingMode spreading, int[]? targets) =>
            targets is not null ? targets[m]
            : spreading == SpreadingMode.Even && dayCount > 0 ? (int)(((k + 0.5) * dayCount) / n)
            : 0;

        /// <summary>Places a team none of whose members holds conversations: by day, then slots in team order.</summary>
        public int Assign(CycleParticipant[] all, List<int> team, CycleParticipant? manager, IReadOnlyList<LocalDate> days, int capacity, SpreadingMode spreading, int[]? targets)
        {
            int n = Prepare(all, team, manager, days, capacity);

            // Most constrained first: people with leave before the rest; otherwise input order.
            var order = new int[n];
            int front = 0, back = n - 1;
            for (int m = 0; m < n; m++)
            {
                if (all[team[m]].Unavailable.Count > 0)
                {
                    order[front++] = m;
                }
            }

            for (int m = n - 1; m >= 0; m--)
            {
                if (all[team[m]].Unavailable.Count == 0)
                {
                    order[back--] = m;
                }
            }

            // Everyone starts unplaced: the augmenting search looks at every member's day, and a
            // member not yet reached must not look placed (the scratch arrays are reused).
            for (int m = 0; m < n; m++)
            {
                DayOf[m] = -1;
            }

            int placed = 0;
            for (int k = 0; k < n; k++)
            {
                int m = order[k];
                int target = TargetDay(k, m, n, days.Count, spreading, targets);
                int day = Nearest(m, target);
                if (day < 0)
                {
                    Array.Clear(visited, 0, visited.Length);
                    if (Augment(m))
                    {
                        placed++;
                    }

                    continue;
                }

                DayOf[m] = day;
                load[day]++;
                placed++;
            }

            if (placed == n)
            {
                AssignSlots(n);
            }

            return placed;
        }

        /// <summary>
        /// Places a team some of whose members hold conversations themselves (<paramref name="memberBusy"/>
        /// not null): each conversation gets a day and a slot of the manager's day that the member is
        /// free in, within the member's own capacity for that day. Augmenting paths over the slots
        /// (with the manager's capacity per day) move others to make room, so a member is left out
        /// only when no arrangement of this team fits around what its members already hold.
        /// </summary>
        public int AssignAroundBusy(CycleParticipant[] all, List<int> team, CycleParticipant? manager, IReadOnlyList<LocalDate> days, int capacity, SpreadingMode spreading, int[]? targets, MemberBusy?[] memberBusy, Func<int, Instant> firstSlotOf, Duration length)
        {
            int n = Prepare(all, team, manager, days, capacity);
            busy = memberBusy;
            firstSlot = firstSlotOf;
            slotLength = length;
            int cells = days.Count * slots;
            if (owner.Length < cells)
            {
                owner = new int[cells];
                visitedCell = new bool[cells];
            }

            owner.AsSpan(0, cells).Fill(-1);
            if (cellOf.Length < n)
            {
                cellOf = new int[Math.Max(n, cellOf.Length * 2)];
            }

            // Most constrained first: members who hold conversations, then people with leave, then
            // the rest; otherwise input order.
            var order = new int[n];
            int next = 0;
            for (int pass = 0; pass < 3; pass++)
            {
                for (int m = 0; m < n; m++)
                {
                    int rank = memberBusy[m] is not null ? 0 : all[team[m]].Unavailable.Count > 0 ? 1 : 2;
                    if (rank == pass)
                    {
                        order[next++] = m;
                    }
                }
            }

            for (int m = 0; m < n; m++)
            {
                cellOf[m] = -1;
            }

            int placed = 0;
            for (int k = 0; k < n; k++)
            {
                int m = order[k];
                int target = TargetDay(k, m, n, days.Count, spreading, targets);
                if (NearestCell(m, target))
                {
                    placed++;
                    continue;
                }

                Array.Clear(visited, 0, visited.Length);
                Array.Clear(visitedCell, 0, cells);
                if (AugmentCell(m))
                {
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

        private int Prepare(CycleParticipant[] all, List<int> team, CycleParticipant? manager, IReadOnlyList<LocalDate> days, int capacity)
        {
            this.all = all;
            this.team = team;
            this.manager = manager;
            this.days = days;
            this.capacity = capacity;
            int n = team.Count;
            if (DayOf.Length < n)
            {
                DayOf = new int[Math.Max(n, DayOf.Length * 2)];
                SlotOf = new int[DayOf.Length];
            }

            Array.Clear(load, 0, load.Length);
            bool anyAway = manager is { Unavailable.Count: > 0 };
            ManagerDays = 0;
            for (int d = 0; d < days.Count; d++)
            {
                ManagerDays += manager is not null && anyAway && manager.IsAwayOn(days[d]) ? 0 : 1;
            }

            return n;
        }

        /// <summary>Whether member <paramref name="m"/> is free for slot <paramref name="slot"/> of the manager's day <paramref name="day"/>.</summary>
        private bool FreeFor(int m, int day, int slot) =>
            busy[m] is not { } b || (b.Load[day] < capacity && !b.Overlaps(firstSlot(day) + (slotLength * slot), slotLength));

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
            if (load[day] >= capacity || !Allowed(m, day))
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
        /// someone else moves away. The manager's count per day never exceeds the capacity.
        /// </summary>
        private bool AugmentCell(int m)
        {
            for (int d = 0; d < days.Count; d++)
            {
                if (!Allowed(m, d))
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

                    if (load[d] < capacity)
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

        private bool Allowed(int m, int day) =>
            !(all[team[m]].Unavailable.Count > 0 && all[team[m]].IsAwayOn(days[day])) && !(manager is { Unavailable.Count: > 0 } && manager.IsAwayOn(days[day]));

        private int Nearest(int m, int target)
        {
            int count = days.Count;
            for (int offset = 0; offset < count; offset++)
            {
                int up = target + offset, down = target - offset;
                if (up < count && load[up] < capacity && Allowed(m, up))
                {
                    return up;
                }

                if (offset > 0 && down >= 0 && load[down] < capacity && Allowed(m, down))
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
                if (visited[d] || !Allowed(m, d))
                {
                    continue;
                }

                visited[d] = true;
                if (load[d] < capacity)
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

        private void AssignSlots(int n)
        {
            // Slots in team order within each day: the first of the day at the start of work.
            Array.Clear(load, 0, load.Length);
            for (int m = 0; m < n; m++)
            {
                SlotOf[m] = load[DayOf[m]]++;
            }
        }
    }

    /// <summary>When a member who holds conversations is already busy: the starts of those conversations and their count per day.</summary>
    private sealed class MemberBusy
    {
        private readonly Instant[] starts;

        private MemberBusy(Instant[] starts, int[] load)
        {
            this.starts = starts;
            Load = load;
        }

        public int[] Load { get; }

        public static MemberBusy Of(PlannedConversation[] plan, int[] held, IReadOnlyList<LocalDate> days)
        {
            var starts = new Instant[held.Length];
            var load = new int[days.Count];
            for (int i = 0; i < held.Length; i++)
            {
                var c = plan[held[i]];
                starts[i] = c.Start.ToInstant();
                load[NearestDayIndex(days, c.Date)]++;
            }

            Array.Sort(starts);
            return new MemberBusy(starts, load);
        }

        /// <summary>Whether a conversation of <paramref name="length"/> from <paramref name="start"/> overlaps one already held (all last as long).</summary>
        public bool Overlaps(Instant start, Duration length)
        {
            int lo = 0, hi = starts.Length;
            var from = start - length;
            while (lo < hi)
            {
                int mid = (lo + hi) / 2;
                if (starts[mid] <= from)
                {
                    lo = mid + 1;
                }
                else
                {
                    hi = mid;
                }
            }

            return lo < starts.Length && starts[lo] < start + length;
        }
    }

    private static Excusal Coded(CycleParticipant p, string code, Dictionary<string, string> arguments) =>
        new(p.EmployeeId, p.ManagerId, TextCatalog.Default.Format(code, CultureInfo.GetCultureInfo("en"), arguments), code, arguments);

    private static string Iso(LocalDate date) => date.ToString("uuuu'-'MM'-'dd", CultureInfo.InvariantCulture);
}
