namespace Pop.Core.Cycles;

using System;
using System.Collections.Generic;
using System.Globalization;
using Ardalis.GuardClauses;
using NodaTime;
using Pop.Core.Texts;

/// <summary>
/// Plans a conversation cycle for a whole organisation: every employee gets exactly one
/// conversation in the window, no manager is double-booked or over capacity, every lead time is
/// met. When a window cannot hold some manager's team, nothing is planned: the
/// <see cref="InfeasibleCycleException"/> names every such manager and the shortfall.
/// </summary>
/// <remarks>
/// Per manager, the team is placed most-constrained first on the day nearest its even-spread
/// target (or the earliest day); when that greedy pass leaves someone out, augmenting paths move
/// others to make room, so "infeasible" means no assignment exists. Cost is linear in the number
/// of employees for a fixed window.
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
    /// <exception cref="ArgumentException">An employee id occurs twice.</exception>
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
    /// <exception cref="ArgumentException">An employee id occurs twice.</exception>
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
        var byManager = new Dictionary<string, int[]>(teams.Count, StringComparer.Ordinal);
        var shortfalls = new List<ManagerShortfall>();
        var scratch = new TeamScratch(days.Count);
        var shared = new CycleDay?[days.Count]; // the facts of each day in the organisation's zone, computed once
        int next = 0;
        foreach (var managerId in managerOrder)
        {
            var team = teams[managerId];
            CycleParticipant? manager = indexOf.TryGetValue(managerId, out int managerIndex) ? all[managerIndex] : null;
            int[]? targets = null;
            if (anniversaries is not null)
            {
                targets = new int[team.Count];
                for (int m = 0; m < team.Count; m++)
                {
                    targets[m] = NearestDayIndex(days, anniversaries.NextDue(all[team[m]].HireDate!.Value, window.Start));
                }
            }

            int placed = scratch.Assign(all, team, manager, days, capacity, Policy.Spreading, targets);
            if (placed < team.Count)
            {
                shortfalls.Add(new ManagerShortfall(managerId, team.Count, placed, scratch.ManagerDays, capacity));
                continue;
            }

            if (shortfalls.Count > 0)
            {
                continue; // no partial plan: only gather the other shortfalls
            }

            var zone = manager?.TimeZone ?? Policy.Zone;
            var indices = new int[team.Count];
            for (int m = 0; m < team.Count; m++)
            {
                int day = scratch.DayOf[m];
                CycleDay facts;
                if (zone == Policy.Zone)
                {
                    facts = shared[day] ??= CycleDay.Create(Policy, zone, days[day]);
                }
                else
                {
                    facts = CycleDay.Create(Policy, zone, days[day]);
                }

                result[next] = PlannedConversation.Create(Policy, all[team[m]], facts, scratch.SlotOf[m], null);
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
        private bool[] visited;
        private CycleParticipant[] all = Array.Empty<CycleParticipant>();
        private List<int> team = new();
        private CycleParticipant? manager;
        private IReadOnlyList<LocalDate> days = Array.Empty<LocalDate>();
        private int capacity;

        public TeamScratch(int dayCount)
        {
            load = new int[dayCount];
            visited = new bool[dayCount];
        }

        public int[] DayOf { get; private set; } = new int[16];

        public int[] SlotOf { get; private set; } = new int[16];

        public int ManagerDays { get; private set; }

        public int Assign(CycleParticipant[] all, List<int> team, CycleParticipant? manager, IReadOnlyList<LocalDate> days, int capacity, SpreadingMode spreading, int[]? targets)
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
                int target = targets is not null ? targets[m]
                    : spreading == SpreadingMode.Even && days.Count > 0 ? (int)(((k + 0.5) * days.Count) / n)
                    : 0;
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

    private static Excusal Coded(CycleParticipant p, string code, Dictionary<string, string> arguments) =>
        new(p.EmployeeId, p.ManagerId, TextCatalog.Default.Format(code, CultureInfo.GetCultureInfo("en"), arguments), code, arguments);

    private static string Iso(LocalDate date) => date.ToString("uuuu'-'MM'-'dd", CultureInfo.InvariantCulture);
}
