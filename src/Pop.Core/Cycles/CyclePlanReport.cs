namespace Pop.Core.Cycles;

using System;
using System.Collections.Generic;
using Ardalis.GuardClauses;
using NodaTime;
using Pop.Core.Internal;

/// <summary>
/// A cycle plan as an HR officer reads it: per manager the days they hold conversations and the load
/// of each day, the employees excused and why, and, when the window cannot hold a team, the
/// shortfalls. Made from a <see cref="CyclePlan"/> or from an <see cref="InfeasibleCycleException"/>;
/// written as text (<see cref="WriteText"/>, Dutch and English from the <see cref="Texts.TextCatalog"/>)
/// or as JSON (<see cref="WriteJson"/>, schema <see cref="Schema"/>).
/// </summary>
/// <remarks>
/// Building the report takes time linear in the number of conversations (a sort of each manager's
/// own conversations aside); it copies no conversation, it refers to the plan's.
/// </remarks>
/// <threadsafety>This type is immutable and thread-safe.</threadsafety>
public sealed partial class CyclePlanReport
{
    /// <summary>The schema name written into the JSON form.</summary>
    public const string Schema = "pop.cycle-report/1";

    private CyclePlanReport(DateInterval? window, DateInterval? usableWindow, int plannedCount, int excusedCount, CycleManagerReport[] managers, IReadOnlyList<ManagerShortfall> shortfalls)
    {
        Window = window;
        UsableWindow = usableWindow;
        PlannedCount = plannedCount;
        ExcusedCount = excusedCount;
        Managers = ReadOnly.View(managers);
        Shortfalls = ReadOnly.Of(shortfalls);
    }

    /// <summary>Gets the window asked for, or null when the report was made from an error without one.</summary>
    public DateInterval? Window { get; }

    /// <summary>Gets the part of the window in which every lead time could be met (<see cref="CyclePlan.UsableWindow"/>), or null when nothing was planned.</summary>
    public DateInterval? UsableWindow { get; }

    /// <summary>Gets a value indicating whether the window holds every team (a plan was made); false when the report holds shortfalls.</summary>
    public bool IsFeasible => Shortfalls.Count == 0;

    /// <summary>Gets how many conversations were planned (zero when the window cannot hold every team).</summary>
    public int PlannedCount { get; }

    /// <summary>Gets how many employees are excused from the cycle (zero when nothing was planned: the error names no excused).</summary>
    public int ExcusedCount { get; }

    /// <summary>Gets how many managers the report lists.</summary>
    public int ManagerCount => Managers.Count;

    /// <summary>
    /// Gets the managers, ordered by id (ordinal): from a plan, everyone who holds a conversation or
    /// has an excused employee; from an error, every manager whose team does not fit.
    /// </summary>
    public IReadOnlyList<CycleManagerReport> Managers { get; }

    /// <summary>Gets every manager whose team does not fit in the window, in the error's order; empty for a plan.</summary>
    public IReadOnlyList<ManagerShortfall> Shortfalls { get; }

    /// <summary>Builds the report of a plan.</summary>
    /// <param name="plan">The plan.</param>
    /// <returns>The report.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="plan"/> is null.</exception>
    public static CyclePlanReport For(CyclePlan plan)
    {
        Guard.Against.Null(plan, nameof(plan));
        var conversations = plan.Conversations;
        var byManager = new Dictionary<string, Team>(StringComparer.Ordinal);
        Team? last = null;
        foreach (var c in conversations)
        {
            // The plan lists conversations grouped by manager, so the last team is usually the one.
            if (last is null || !string.Equals(last.ManagerId, c.ManagerId, StringComparison.Ordinal))
            {
                last = TeamOf(byManager, c.ManagerId);
            }

            last.Held.Add(c);
        }

        foreach (var c in conversations)
        {
            if (byManager.TryGetValue(c.EmployeeId, out var team))
            {
                team.Own = c;
            }
        }

        foreach (var excusal in plan.Excused)
        {
            var team = TeamOf(byManager, excusal.ManagerId);
            (team.Excused ??= new List<Excusal>()).Add(excusal);
        }

        int capacity = Math.Min(plan.Policy.ManagerCapacityPerDay, plan.Policy.SlotsPerDay);
        var ids = new string[byManager.Count];
        byManager.Keys.CopyTo(ids, 0);
        Array.Sort(ids, StringComparer.Ordinal);
        var managers = new CycleManagerReport[ids.Length];
        for (int i = 0; i < ids.Length; i++)
        {
            managers[i] = byManager[ids[i]].Build(capacity);
        }

        return new CyclePlanReport(plan.Window, plan.UsableWindow, conversations.Count, plan.Excused.Count, managers, Array.Empty<ManagerShortfall>());
    }

    /// <summary>Builds the report of a window that cannot hold every team: the shortfalls, nothing planned.</summary>
    /// <param name="error">The planner's error.</param>
    /// <param name="window">The window that was asked for, when known (the error does not carry it); null leaves it out.</param>
    /// <returns>The report.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="error"/> is null.</exception>
    public static CyclePlanReport For(InfeasibleCycleException error, DateInterval? window = null)
    {
        Guard.Against.Null(error, nameof(error));
        var shortfalls = error.Shortfalls;
        var managers = new CycleManagerReport[shortfalls.Count];
        for (int i = 0; i < managers.Length; i++)
        {
            var s = shortfalls[i];
            managers[i] = new CycleManagerReport(s.ManagerId, s.CapacityPerDay, Array.Empty<PlannedConversation>(), Array.Empty<CycleDayLoad>(), null, null, s);
        }

        Array.Sort(managers, (a, b) => string.CompareOrdinal(a.ManagerId, b.ManagerId));
        return new CyclePlanReport(window, null, 0, 0, managers, shortfalls);
    }

    private static Team TeamOf(Dictionary<string, Team> byManager, string managerId)
    {
        if (!byManager.TryGetValue(managerId, out var team))
        {
            team = new Team(managerId);
            byManager.Add(managerId, team);
        }

        return team;
    }

    /// <summary>One manager's part of the plan while the report is built.</summary>
    private sealed class Team
    {
        public Team(string managerId) => ManagerId = managerId;

        public string ManagerId { get; }

        public List<PlannedConversation> Held { get; } = new();

        public PlannedConversation? Own { get; set; }

        public List<Excusal>? Excused { get; set; }

        public CycleManagerReport Build(int capacity)
        {
            var held = Held.ToArray();
            if (!InOrder(held))
            {
                // One manager's conversations lie in their own zone's working days, so the instant
                // orders them by day too; no manager is in two conversations at one instant.
                var keys = new Instant[held.Length];
                for (int i = 0; i < held.Length; i++)
                {
                    keys[i] = held[i].Start.ToInstant();
                }

                Array.Sort(keys, held);
            }

            var days = new List<CycleDayLoad>();
            int start = 0;
            for (int i = 1; i <= held.Length; i++)
            {
                if (i == held.Length || held[i].Date != held[start].Date)
                {
                    var date = held[start].Date;
                    days.Add(new CycleDayLoad(date, i - start, Own is { } own && own.Date == date, capacity, start));
                    start = i;
                }
            }

            return new CycleManagerReport(ManagerId, capacity, held, days.ToArray(), Own, Excused, null);
        }
    }

    private static bool InOrder(PlannedConversation[] held)
    {
        for (int i = 1; i < held.Length; i++)
        {
            if (held[i - 1].Start.ToInstant() > held[i].Start.ToInstant())
            {
                return false;
            }
        }

        return true;
    }
}
