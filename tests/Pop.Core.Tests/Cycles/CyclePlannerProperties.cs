namespace Pop.Core.Tests.Cycles;

using System.Collections.Generic;
using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;
using NodaTime.Testing;
using Pop.Core.Cycles;

/// <summary>A random organisation, window and policy.</summary>
public sealed record Organisation(List<CycleParticipant> People, DateInterval Window, LocalDate Today, CyclePolicy Policy, int Pick, int Shift)
{
    public override string ToString() =>
        $"{People.Count} people, {People.Select(p => p.ManagerId).Distinct().Count()} managers, window {Window}, today {Today}, capacity {Policy.ManagerCapacityPerDay}, {Policy.Spreading}";
}

public static class OrganisationArbitrary
{
    public static Arbitrary<Organisation> Organisations()
    {
        var gen =
            from managers in Gen.Choose(1, 6)
            from sizes in Gen.Choose(1, 14).ArrayOf(managers)
            from startOffset in Gen.Choose(0, 365 * 4)
            from length in Gen.Choose(5, 60)
            from capacity in Gen.Choose(1, 4)
            from early in Gen.Elements(true, false)
            from leaveSeeds in Gen.Choose(0, 1000).ArrayOf(sizes.Sum())
            from pick in Gen.Choose(0, 10_000)
            from shift in Gen.Choose(-10, 10)
            select Build(managers, sizes, startOffset, length, capacity, early, leaveSeeds, pick, shift);
        return gen.ToArbitrary();
    }

    private static Organisation Build(int managers, int[] sizes, int startOffset, int length, int capacity, bool early, int[] leaveSeeds, int pick, int shift)
    {
        var start = new LocalDate(2027, 1, 1).PlusDays(startOffset);
        var window = new DateInterval(start, start.PlusDays(length));
        var people = new List<CycleParticipant>();
        int k = 0;
        for (int m = 0; m < managers; m++)
        {
            for (int i = 0; i < sizes[m]; i++, k++)
            {
                int seed = leaveSeeds[k];
                var p = new CycleParticipant($"e{m}-{i}", $"m{m}");
                if (seed % 5 == 0)
                {
                    var from = start.PlusDays(seed % length);
                    p = new CycleParticipant(p.EmployeeId, p.ManagerId) { Unavailable = new[] { new DateInterval(from, from.PlusDays(seed % 9)) } };
                }
                else if (seed % 23 == 0)
                {
                    p = new CycleParticipant(p.EmployeeId, p.ManagerId) { ExcusedReason = "langdurig verlof" };
                }

                people.Add(p);
            }
        }

        var policy = new CyclePolicy { ManagerCapacityPerDay = capacity, Spreading = early ? SpreadingMode.AsEarlyAsPossible : SpreadingMode.Even };
        return new Organisation(people, window, start.PlusDays(-20), policy, pick, shift);
    }
}

[Properties(Arbitrary = new[] { typeof(OrganisationArbitrary) }, MaxTest = 150)]
public sealed class CyclePlannerProperties
{
    private static FakeClock ClockOn(LocalDate today, CyclePolicy policy) => new(today.AtStartOfDayInZone(policy.Zone).ToInstant() + Duration.FromHours(12));

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
            // Nothing planned, every named manager really is short, and by a capacity-count bound
            // when nobody in the team has leave.
            bool named = e.Shortfalls.All(s => s.Shortfall > 0 && s.Placeable < s.TeamSize);
            bool bound = e.Shortfalls.All(s =>
                org.People.Any(p => p.ManagerId == s.ManagerId && p.Unavailable.Count > 0) || s.TeamSize > s.WorkingDays * s.CapacityPerDay);
            return (named && bound).Label(e.Message);
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
        catch (InfeasibleCycleException)
        {
            return true.ToProperty();
        }

        if (plan.Conversations.Count == 0)
        {
            return true.ToProperty();
        }

        var target = plan.Conversations[org.Pick % plan.Conversations.Count];
        var newDate = target.Date.PlusDays(org.Shift);
        try
        {
            var moved = plan.Reschedule(target.EmployeeId, newDate, "noodgeval", org.Today);
            var violations = CycleInvariants.Violations(moved, org.People, org.Today);
            return (violations.Count == 0 && moved.For(target.EmployeeId).Date == newDate).Label(string.Join("; ", violations.Take(5)));
        }
        catch (RescheduleRejectedException)
        {
            return (plan.For(target.EmployeeId) == target).ToProperty();
        }
    }
}
