namespace Pop.Core.Tests.Cycles;

using System;
using System.Collections.Generic;
using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;
using NodaTime.Testing;
using Pop.Core.Cycles;

/// <summary>A random organisation, window and policy, built from one seed (<see cref="OrganisationArbitrary.Build"/> rebuilds it).</summary>
public sealed record Organisation(int Seed, int Depth, List<CycleParticipant> People, DateInterval Window, LocalDate Today, CyclePolicy Policy, int Pick, int Shift, BusyTimeTable Busy)
{
    /// <summary>A planner that plans around the organisation's busy time.</summary>
    public CyclePlanner Planner() => new(Policy, CyclePlannerProperties.ClockOn(Today, Policy), Busy);

    public override string ToString() =>
        $"seed {Seed}: depth {Depth}, {People.Count} people, {People.Select(p => p.ManagerId).Distinct().Count()} managers, states [{string.Join(", ", HardStates.Of(this))}], " +
        $"window {Window}, today {Today}, capacity {Policy.ManagerCapacityPerDay}, {Policy.Spreading}";
}

/// <summary>
/// Organisations that reach the hard states: reporting trees of depth 1–4 in which managers are
/// employees of the level above, people (managers too) on leave or excused, people in several time
/// zones (near ones that share working hours with Amsterdam, and now and then one that shares none),
/// busy calendars (about four appointments a week for every manager, some for employees), and
/// windows around a clock change.
/// </summary>
public static class OrganisationArbitrary
{
    /// <summary>The zones people live in; the policy's zone is Europe/Amsterdam. Each shares some working hours with Amsterdam.</summary>
    public static readonly DateTimeZone[] Zones =
    {
        DateTimeZoneProviders.Tzdb["Europe/Amsterdam"],
        DateTimeZoneProviders.Tzdb["Europe/London"],
        DateTimeZoneProviders.Tzdb["America/New_York"],
        DateTimeZoneProviders.Tzdb["Asia/Kolkata"],
    };

    /// <summary>A zone that shares no working hours with Amsterdam: its people cannot be planned with a manager there.</summary>
    public static readonly DateTimeZone FarZone = DateTimeZoneProviders.Tzdb["Pacific/Honolulu"];

    public static Arbitrary<Organisation> Organisations() => Gen.Choose(0, int.MaxValue - 1).Select(Build).ToArbitrary();

    /// <summary>The organisation of one seed: the same seed gives the same organisation.</summary>
    public static Organisation Build(int seed)
    {
        var rnd = new Random(seed);
        int length = rnd.Next(4) == 0 ? rnd.Next(2, 8) : rnd.Next(5, 61); // one in four tight: infeasible cases
        LocalDate start;
        if (rnd.Next(2) == 0)
        {
            start = new LocalDate(2027, 1, 1).PlusDays(rnd.Next(0, (365 * 4) + 1));
        }
        else
        {
            // A window that holds a clock change of one of the zones (Tokyo has none).
            var zone = Zones[rnd.Next(3)]; // Kolkata has none
            int year = 2027 + rnd.Next(4);
            var changes = zone.GetZoneIntervals(Instant.FromUtc(year, 1, 1, 0, 0), Instant.FromUtc(year + 1, 1, 1, 0, 0)).Skip(1).Select(i => i.Start.InZone(zone).Date).ToArray();
            start = changes[rnd.Next(changes.Length)].PlusDays(-rnd.Next(0, length));
        }

        var window = new DateInterval(start, start.PlusDays(length));
        int depth = rnd.Next(1, 5);
        var people = new List<CycleParticipant>();
        var level = Enumerable.Range(0, rnd.Next(1, 3)).Select(i => $"top{i}").ToList(); // not participants themselves
        int serial = 0;
        for (int l = 1; l <= depth && level.Count > 0; l++)
        {
            bool last = l == depth;
            var below = new List<string>();
            foreach (var boss in level)
            {
                int fan = last ? rnd.Next(1, 9) : rnd.Next(1, 4);
                for (int c = 0; c < fan && people.Count < 150; c++)
                {
                    string id = $"p{serial++}";
                    people.Add(Person(rnd, id, boss, window));
                    if (!last && rnd.Next(5) != 0)
                    {
                        below.Add(id); // leads a team of their own: a manager who is an employee
                    }
                }
            }

            level = below;
        }

        if (rnd.Next(12) == 0)
        {
            // One person far away: no working hour in common with a manager in Europe.
            int i = rnd.Next(people.Count);
            var p = people[i];
            people[i] = new CycleParticipant(p.EmployeeId, p.ManagerId) { TimeZone = FarZone, Unavailable = p.Unavailable, ExcusedReason = p.ExcusedReason };
        }

        var policy = new CyclePolicy
        {
            ManagerCapacityPerDay = rnd.Next(1, 5),
            Spreading = rnd.Next(2) == 0 ? SpreadingMode.AsEarlyAsPossible : SpreadingMode.Even,
        };
        var busy = rnd.Next(2) == 0 ? BusyTimeTable.Empty : Busy(rnd, people, window, policy);
        if (rnd.Next(3) == 0)
        {
            policy = new CyclePolicy { ManagerCapacityPerDay = policy.ManagerCapacityPerDay, Spreading = policy.Spreading, ManagersFirst = true };
        }

        return new Organisation(seed, depth, people, window, start.PlusDays(-20), policy, rnd.Next(0, 10_000), rnd.Next(-10, 11), busy);
    }

    /// <summary>About four appointments a week for every manager (top managers too) and for one employee in five, in their own zone's working hours.</summary>
    private static BusyTimeTable Busy(Random rnd, List<CycleParticipant> people, DateInterval window, CyclePolicy policy)
    {
        var byId = people.ToDictionary(p => p.EmployeeId);
        var managers = people.Select(p => p.ManagerId).Distinct().ToList();
        var busy = new List<BusyTime>();
        foreach (var id in managers.Concat(people.Select(p => p.EmployeeId).Where(id => !managers.Contains(id) && rnd.Next(5) == 0)))
        {
            var zone = byId.TryGetValue(id, out var p) ? p.TimeZone ?? policy.Zone : policy.Zone;
            for (var day = window.Start.PlusDays(-1); day <= window.End.PlusDays(1); day = day.PlusDays(1))
            {
                if (day.DayOfWeek is IsoDayOfWeek.Saturday or IsoDayOfWeek.Sunday || rnd.Next(5) == 0)
                {
                    continue;
                }

                var from = zone.AtLeniently(day.At(new LocalTime(9, 0)).PlusMinutes(30 * rnd.Next(0, 16))).ToInstant();
                busy.Add(new BusyTime(id, new NodaTime.Interval(from, from + Duration.FromMinutes(30 * rnd.Next(1, 5)))));
            }
        }

        return new BusyTimeTable(busy);
    }

    private static CycleParticipant Person(Random rnd, string id, string manager, DateInterval window)
    {
        var zone = rnd.Next(3) == 0 ? null : Zones[rnd.Next(Zones.Length)];
        IReadOnlyList<DateInterval> leave = Array.Empty<DateInterval>();
        if (rnd.Next(5) == 0)
        {
            var from = window.Start.PlusDays(rnd.Next(0, window.Length));
            leave = new[] { new DateInterval(from, from.PlusDays(rnd.Next(0, 9))) };
        }

        string? excused = rnd.Next(25) == 0 ? "langdurig verlof" : null;
        return new CycleParticipant(id, manager) { TimeZone = zone, Unavailable = leave, ExcusedReason = excused };
    }
}

/// <summary>The hard states an organisation reaches (the planner's outcome, infeasible or not, is counted apart).</summary>
public static class HardStates
{
    public const string ManagerIsEmployee = "a manager who is an employee";
    public const string SeveralZones = "two or more time zones";
    public const string ClockChange = "a clock change in the window";
    public const string OnLeave = "someone on leave";
    public const string Busy = "busy calendars";
    public const string FarZone = "a zone that shares no working hours with the manager's";
    public const string ManagersFirst = "managers first, with a manager who is an employee";

    public static IReadOnlyList<string> Of(Organisation org)
    {
        var states = new List<string>();
        var planned = org.People.Where(p => p.ExcusedReason is null).ToList();
        var holders = planned.Select(p => p.ManagerId).ToHashSet();
        if (planned.Any(p => holders.Contains(p.EmployeeId)))
        {
            states.Add(ManagerIsEmployee);
        }

        // The zones in which conversations are placed and shown.
        var byId = org.People.ToDictionary(p => p.EmployeeId);
        var zones = holders.Select(m => byId.TryGetValue(m, out var p) ? p.TimeZone ?? org.Policy.Zone : org.Policy.Zone)
            .Concat(planned.Select(p => p.TimeZone ?? org.Policy.Zone))
            .Distinct()
            .ToList();
        if (zones.Count >= 2)
        {
            states.Add(SeveralZones);
        }

        var from = Instant.FromUtc(org.Window.Start.Year, org.Window.Start.Month, org.Window.Start.Day, 0, 0);
        var to = Instant.FromUtc(org.Window.End.Year, org.Window.End.Month, org.Window.End.Day, 0, 0) + Duration.FromDays(1);
        if (zones.Any(z => z.GetZoneIntervals(from, to).Count() > 1))
        {
            states.Add(ClockChange);
        }

        if (org.People.Any(p => p.Unavailable.Count > 0))
        {
            states.Add(OnLeave);
        }

        if (org.Busy.PersonCount > 0)
        {
            states.Add(Busy);
        }

        if (org.Policy.ManagersFirst && states.Contains(ManagerIsEmployee))
        {
            states.Add(ManagersFirst);
        }

        if (planned.Any(p => p.TimeZone == OrganisationArbitrary.FarZone))
        {
            states.Add(FarZone);
        }

        return states;
    }
}

[Properties(Arbitrary = new[] { typeof(OrganisationArbitrary) }, MaxTest = 200)]
public sealed class CyclePlannerProperties
{
    internal static FakeClock ClockOn(LocalDate today, CyclePolicy policy) => new(today.AtStartOfDayInZone(policy.Zone).ToInstant() + Duration.FromHours(12));

    /// <summary>
    /// An infeasible verdict is believable: every named manager really is short, the people left
    /// out are in their team and as many as the shortfall, and a team without leave and without
    /// members who hold conversations of their own is short only beyond the capacity count.
    /// </summary>
    internal static Property ShortfallsAreReal(Organisation org, InfeasibleCycleException e)
    {
        var planned = org.People.Where(p => p.ExcusedReason is null).ToList();
        var holders = planned.Select(p => p.ManagerId).ToHashSet();
        var wrong = e.Shortfalls.Where(s =>
        {
            var team = planned.Where(p => p.ManagerId == s.ManagerId).ToList();
            bool named = s.Shortfall > 0 && s.TeamSize == team.Count && s.Unplaced.Count == s.Shortfall && s.Unplaced.All(id => team.Any(p => p.EmployeeId == id));
            var managerZone = org.People.FirstOrDefault(p => p.EmployeeId == s.ManagerId)?.TimeZone ?? org.Policy.Zone;
            bool bound = team.Any(p => p.Unavailable.Count > 0 || holders.Contains(p.EmployeeId) || (p.TimeZone ?? org.Policy.Zone) != managerZone || org.Busy.For(p.EmployeeId).Count > 0)
                || org.Busy.For(s.ManagerId).Count > 0
                || s.TeamSize > s.WorkingDays * s.CapacityPerDay;
            return !(named && bound);
        }).ToList();
        return (e.Code == "CYCLE-P01" && e.Shortfalls.Count > 0 && wrong.Count == 0).Label($"{e.Message} — not believable: {string.Join("; ", wrong)}");
    }

    [Property]
    public Property Every_plan_keeps_every_rule_or_no_plan_is_made(Organisation org)
    {
        try
        {
            var plan = org.Planner().Plan(org.People, org.Window);
            var violations = CycleInvariants.Violations(plan, org.People, org.Today, org.Busy);
            return (violations.Count == 0).Label(string.Join("; ", violations.Take(5)));
        }
        catch (InfeasibleCycleException e)
        {
            return ShortfallsAreReal(org, e);
        }
    }

    [Property]
    public Property Rescheduling_keeps_every_rule_for_everyone(Organisation org)
    {
        CyclePlan plan;
        try
        {
            plan = org.Planner().Plan(org.People, org.Window);
        }
        catch (InfeasibleCycleException e)
        {
            return ShortfallsAreReal(org, e);
        }

        if (plan.Conversations.Count == 0)
        {
            return (plan.Excused.Count == org.People.Count).Label("no conversation although someone is not excused");
        }

        var target = plan.Conversations[org.Pick % plan.Conversations.Count];
        var newDate = target.Date.PlusDays(org.Shift);
        var result = plan.Reschedule(target.EmployeeId, newDate, "noodgeval", org.Today);
        if (result.Rejection is { } rejection)
        {
            return (ReferenceEquals(result.Plan, plan) && plan.For(target.EmployeeId) == target && rejection.Code.StartsWith("CYCLE-R0", StringComparison.Ordinal)).Label(rejection.ToString());
        }

        var moved = result.Plan;
        var violations = CycleInvariants.Violations(moved, org.People, org.Today, org.Busy);
        var others = plan.Conversations.Where(c => c.EmployeeId != target.EmployeeId).All(c => ReferenceEquals(c, moved.For(c.EmployeeId)));
        return (violations.Count == 0 && moved.For(target.EmployeeId).Date == newDate && others).Label(string.Join("; ", violations.Take(5)));
    }
}

/// <summary>One team of 10,000 reports: short slots and a two-year window, a manager with a full calendar, people on leave and in other zones.</summary>
public sealed class LargeTeamProperties
{
    [Property(MaxTest = 4)]
    public Property A_team_of_ten_thousand_keeps_every_rule(PositiveInt seed)
    {
        var rnd = new Random(seed.Get);
        var policy = new CyclePolicy { SlotLength = Duration.FromMinutes(15), ManagerCapacityPerDay = 32 };
        var window = new DateInterval(new LocalDate(2027, 1, 4), new LocalDate(2028, 12, 29));
        var zones = new[] { null, OrganisationArbitrary.Zones[1], OrganisationArbitrary.Zones[2] };
        var people = new List<CycleParticipant>(10_000);
        for (int i = 0; i < 10_000; i++)
        {
            var leave = Array.Empty<DateInterval>();
            if (rnd.Next(20) == 0)
            {
                var from = window.Start.PlusDays(rnd.Next(0, 700));
                leave = new[] { new DateInterval(from, from.PlusDays(rnd.Next(0, 15))) };
            }

            people.Add(new CycleParticipant($"e{i}", "boss") { TimeZone = zones[rnd.Next(zones.Length)], Unavailable = leave });
        }

        var busy = new List<BusyTime>();
        var amsterdam = policy.Zone;
        for (var day = window.Start; day <= window.End; day = day.PlusDays(1))
        {
            if (rnd.Next(5) < 4)
            {
                var from = amsterdam.AtLeniently(day.At(new LocalTime(9, 0)).PlusMinutes(15 * rnd.Next(0, 28))).ToInstant();
                busy.Add(new BusyTime("boss", new NodaTime.Interval(from, from + Duration.FromMinutes(15 * rnd.Next(1, 8)))));
            }
        }

        var table = new BusyTimeTable(busy);
        var today = new LocalDate(2026, 12, 1);
        var plan = new CyclePlanner(policy, CyclePlannerProperties.ClockOn(today, policy), table).Plan(people, window);
        var violations = CycleInvariants.Violations(plan, people, today, table);
        return (violations.Count == 0).Label(string.Join("; ", violations.Take(5)));
    }
}
