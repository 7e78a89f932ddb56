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
public sealed record Organisation(int Seed, int Depth, List<CycleParticipant> People, DateInterval Window, LocalDate Today, CyclePolicy Policy, int Pick, int Shift)
{
    public override string ToString() =>
        $"seed {Seed}: depth {Depth}, {People.Count} people, {People.Select(p => p.ManagerId).Distinct().Count()} managers, states [{string.Join(", ", HardStates.Of(this))}], " +
        $"window {Window}, today {Today}, capacity {Policy.ManagerCapacityPerDay}, {Policy.Spreading}";
}

/// <summary>
/// Organisations that reach the hard states: reporting trees of depth 1–4 in which managers are
/// employees of the level above, people (managers too) on leave or excused, people in several time
/// zones, and windows around a clock change.
/// </summary>
/// <remarks>
/// Every rule of <see cref="CycleInvariants"/> holds with several zones. One known defect is not
/// asserted and not solved here: slots follow the manager's working day in the manager's zone, so
/// an employee in another zone may be asked in outside their own working hours (09:00 in Tokyo is
/// 01:00 in Amsterdam). No invariant checks the employee's hours; that is a separate issue.
/// </remarks>
public static class OrganisationArbitrary
{
    /// <summary>The zones people live in; the policy's zone is Europe/Amsterdam.</summary>
    public static readonly DateTimeZone[] Zones =
    {
        DateTimeZoneProviders.Tzdb["Europe/Amsterdam"],
        DateTimeZoneProviders.Tzdb["Europe/London"],
        DateTimeZoneProviders.Tzdb["America/New_York"],
        DateTimeZoneProviders.Tzdb["Asia/Tokyo"],
    };

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
            var zone = Zones[rnd.Next(3)];
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

        var policy = new CyclePolicy
        {
            ManagerCapacityPerDay = rnd.Next(1, 5),
            Spreading = rnd.Next(2) == 0 ? SpreadingMode.AsEarlyAsPossible : SpreadingMode.Even,
        };
        return new Organisation(seed, depth, people, window, start.PlusDays(-20), policy, rnd.Next(0, 10_000), rnd.Next(-10, 11));
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
            bool bound = team.Any(p => p.Unavailable.Count > 0 || holders.Contains(p.EmployeeId)) || s.TeamSize > s.WorkingDays * s.CapacityPerDay;
            return !(named && bound);
        }).ToList();
        return (e.Code == "CYCLE-P01" && e.Shortfalls.Count > 0 && wrong.Count == 0).Label($"{e.Message} — not believable: {string.Join("; ", wrong)}");
    }

    [Property]
    public Property Every_plan_keeps_every_rule_or_no_plan_is_made(Organisation org)
    {
        var planner = new CyclePlanner(org.Policy, ClockOn(org.Today, org.Policy));
        try
        {
            var plan = planner.Plan(org.People, org.Window);
            var violations = CycleInvariants.Violations(plan, org.People, org.Today);
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
            plan = new CyclePlanner(org.Policy, ClockOn(org.Today, org.Policy)).Plan(org.People, org.Window);
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
        var violations = CycleInvariants.Violations(moved, org.People, org.Today);
        var others = plan.Conversations.Where(c => c.EmployeeId != target.EmployeeId).All(c => ReferenceEquals(c, moved.For(c.EmployeeId)));
        return (violations.Count == 0 && moved.For(target.EmployeeId).Date == newDate && others).Label(string.Join("; ", violations.Take(5)));
    }
}
