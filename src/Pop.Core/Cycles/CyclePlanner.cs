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
/// every slot lies inside both people's working hours in their own zones on a working day of
/// theirs they are not on leave, clear of the busy time an <see cref="IBusyTimeSource"/> reports,
/// and every lead time is met. When a window cannot hold some manager's team, nothing is planned:
/// the <see cref="InfeasibleCycleException"/> names every such manager, the people left out and
/// the shortfall.
/// </summary>
/// <remarks>
/// Per manager, the team is placed most-constrained first on the day nearest its even-spread
/// target (or the earliest day); when that greedy pass leaves someone out, augmenting paths move
/// others to make room. Teams are planned bottom-up: a manager's own conversation is planned
/// around the ones they hold, in a slot free for both sides and within their capacity for that
/// day (top-down under <see cref="CyclePolicy.ManagersFirst"/>). "Infeasible" therefore means no
/// arrangement of that team fits around what its members already hold (a different arrangement
/// of the teams below could, in rare tight cases, make room). Cost is linear in the number of
/// employees for a fixed window, also when a team does not fit.
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
    private readonly IBusyTimeSource? busyTimes;

    /// <summary>Initializes a new instance of the <see cref="CyclePlanner"/> class for people whose agendas are free.</summary>
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

    /// <summary>Initializes a new instance of the <see cref="CyclePlanner"/> class that plans around the appointments people already have.</summary>
    /// <param name="policy">The cycle's rules.</param>
    /// <param name="clock">Where "today" comes from (lead times count from it).</param>
    /// <param name="busyTimes">When people are already busy; asked once per plan, for everyone in it.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">The policy's rules contradict each other (see <see cref="CyclePolicy.Validate"/>).</exception>
    public CyclePlanner(CyclePolicy policy, IClock clock, IBusyTimeSource busyTimes)
        : this(policy, clock)
    {
        this.busyTimes = Guard.Against.Null(busyTimes, nameof(busyTimes));
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
    /// <exception cref="InvalidOperationException">The busy-time source answered null or a null entry.</exception>
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
    /// <exception cref="InvalidOperationException">The busy-time source answered null or a null entry.</exception>
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
        var placement = new TeamPlacement(days.Count, Policy.SlotsPerDay);
        var daysByZone = new Dictionary<string, CycleDay?[]>(StringComparer.Ordinal); // the facts of each day per manager zone, computed once
        var busyOf = BusyTimesOf(indexOf, all, count, managerOrder, teams, window);

        // People, not roles: a manager who is an employee too is busy in the conversations they hold,
        // so those are planned first (bottom-up) and their own conversation is planned around them.
        // Teams keep their first-seen order in the plan; only the order of planning changes.
        var order = PlanningOrder(managerOrder, teams, indexOf, all, notPlanned, out var firstIndex, out var holderTeam);
        Instant?[]? ownStart = null; // managers first: when each member who holds a team has their own conversation
        if (Policy.ManagersFirst && holderTeam is not null)
        {
            Array.Reverse(order); // top-down: a manager's own conversation before the ones they hold
            ownStart = new Instant?[count];
        }

        foreach (int t in order)
        {
            var managerId = managerOrder[t];
            var team = teams[managerId];
            CycleParticipant? manager = indexOf.TryGetValue(managerId, out int managerIndex) ? all[managerIndex] : null;
            var zone = manager?.TimeZone ?? Policy.Zone;
            if (!daysByZone.TryGetValue(zone.Id, out var facts))
            {
                daysByZone.Add(zone.Id, facts = new CycleDay?[days.Count]);
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

            // Managers first: members who hold a team aim for the earliest day (their team follows
            // them), and this team keeps to the days after the manager's own conversation.
            int firstDay = 0;
            if (ownStart is not null)
            {
                targets = ManagersFirstTargets(team, holderTeam!, targets, days.Count);
                if (manager is not null && ownStart[managerIndex] is { } own)
                {
                    firstDay = NearestDayIndex(days, own.InZone(zone).Date.PlusDays(1), days.Count);
                }
            }

            var limits = Limits(team, all, zone, capacity, days, busyOf, holderTeam, managerOrder, byManager, result);
            var managerBusy = busyOf?.Of(managerId) ?? Array.Empty<Interval>();
            int placed = placement.Place(Policy, all, team, manager, managerBusy, days, capacity, targets, limits, d => Day(facts, zone, d), firstDay);
            if (placed < team.Count)
            {
                var unplaced = new List<string>(team.Count - placed);
                for (int m = 0; m < team.Count; m++)
                {
                    if (placement.DayOf[m] < 0)
                    {
                        unplaced.Add(all[team[m]].EmployeeId);
                    }
                }

                shortfalls.Add(new ManagerShortfall(managerId, team.Count, placed, placement.ManagerDays, capacity, unplaced));
                continue;
            }

            var indices = new int[team.Count];
            int next = firstIndex[t];
            for (int m = 0; m < team.Count; m++)
            {
                result[next] = PlannedConversation.Create(Policy, all[team[m]], Day(facts, zone, placement.DayOf[m]), placement.SlotOf[m], null);
                conversationOf[team[m]] = next;
                if (ownStart is not null)
                {
                    ownStart[team[m]] = result[next].Start.ToInstant();
                }

                indices[m] = next++;
            }

            byManager.Add(managerId, indices);
        }

        if (shortfalls.Count > 0)
        {
            throw new InfeasibleCycleException(shortfalls);
        }

        return new CyclePlan(Policy, window, usable, result, excused, new CycleRoster(indexOf, all, conversationOf), byManager, busyOf);

        CycleDay Day(CycleDay?[] facts, DateTimeZone zone, int day) => facts[day] ??= CycleDay.Create(Policy, zone, days[day]);
    }

    /// <summary>
    /// Asks the busy-time source once, for everyone in the organisation (managers without a row of
    /// their own too). Null without a source or when nobody is busy.
    /// </summary>
    private BusyLookup? BusyTimesOf(Dictionary<string, int> indexOf, CycleParticipant[] all, int count, List<string> managerOrder, Dictionary<string, List<int>> teams, DateInterval window)
    {
        if (busyTimes is null)
        {
            return null;
        }

        // A day's margin on either side covers every zone's working day in the window.
        var span = new Interval(window.Start.PlusDays(-1).AtStartOfDayInZone(DateTimeZone.Utc).ToInstant(), window.End.PlusDays(2).AtStartOfDayInZone(DateTimeZone.Utc).ToInstant());
        return BusyLookup.Ask(busyTimes, People, id => indexOf.ContainsKey(id) || teams.ContainsKey(id), span);

        IReadOnlyCollection<string> People()
        {
            var people = new List<string>(count + managerOrder.Count);
            for (int i = 0; i < count; i++)
            {
                people.Add(all[i].EmployeeId);
            }

            foreach (var managerId in managerOrder)
            {
                if (!indexOf.ContainsKey(managerId))
                {
                    people.Add(managerId);
                }
            }

            return people.AsReadOnly();
        }
    }

    /// <summary>
    /// What limits each member of a team beyond the manager's day (null when no member has limits
    /// of their own): their busy time, the conversations they hold and their count per day, and
    /// their own zone when it is not the manager's.
    /// </summary>
    private MemberLimits?[]? Limits(List<int> team, CycleParticipant[] all, DateTimeZone managerZone, int capacity, IReadOnlyList<LocalDate> days, BusyLookup? busy, Dictionary<int, int>? holderTeam, List<string> managerOrder, Dictionary<string, int[]> byManager, PlannedConversation[] planned)
    {
        MemberLimits?[]? limits = null;
        for (int m = 0; m < team.Count; m++)
        {
            var person = all[team[m]];
            var own = busy?.Of(person.EmployeeId) ?? Array.Empty<Interval>();
            var heldStarts = Array.Empty<Instant>();
            var heldDays = Array.Empty<int>();
            if (holderTeam is not null && holderTeam.TryGetValue(team[m], out int held) && byManager.TryGetValue(managerOrder[held], out var heldIndices))
            {
                // The conversations they hold are busy time too, and count against their day.
                heldStarts = new Instant[heldIndices.Length];
                heldDays = new int[heldIndices.Length];
                for (int i = 0; i < heldIndices.Length; i++)
                {
                    var c = planned[heldIndices[i]];
                    heldStarts[i] = c.Start.ToInstant();
                    heldDays[i] = NearestDayIndex(days, c.Date);
                }

                Array.Sort(heldStarts);
                Array.Sort(heldDays);
            }

            var zone = person.TimeZone ?? Policy.Zone;
            var otherZone = string.Equals(zone.Id, managerZone.Id, StringComparison.Ordinal) ? null : zone;
            if (own.Length > 0 || heldStarts.Length > 0 || otherZone is not null)
            {
                limits ??= new MemberLimits?[team.Count];
                limits[m] = new MemberLimits(person, own, heldStarts, heldDays, capacity, otherZone);
            }
        }

        return limits;
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

    /// <summary>Targets under <see cref="CyclePolicy.ManagersFirst"/>: the first day for members who hold a team, the usual target for the rest.</summary>
    private int[] ManagersFirstTargets(List<int> team, Dictionary<int, int> holderTeam, int[]? targets, int dayCount)
    {
        var result = targets ?? new int[team.Count];
        for (int m = 0; m < team.Count; m++)
        {
            if (holderTeam.ContainsKey(team[m]))
            {
                result[m] = 0;
            }
            else if (targets is null)
            {
                result[m] = Policy.Spreading == SpreadingMode.Even && dayCount > 0 ? (int)(((m + 0.5) * dayCount) / team.Count) : 0;
            }
        }

        return result;
    }

    /// <summary>The index of the first of <paramref name="days"/> on or after <paramref name="date"/>; <paramref name="none"/> when every day lies before it.</summary>
    private static int NearestDayIndex(IReadOnlyList<LocalDate> days, LocalDate date, int none) =>
        days.Count == 0 || days[days.Count - 1] < date ? none : NearestDayIndex(days, date);

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

    private static Excusal Coded(CycleParticipant p, string code, Dictionary<string, string> arguments) =>
        new(p.EmployeeId, p.ManagerId, TextCatalog.Default.Format(code, CultureInfo.GetCultureInfo("en"), arguments), code, arguments);

    private static string Iso(LocalDate date) => date.ToString("uuuu'-'MM'-'dd", CultureInfo.InvariantCulture);
}
