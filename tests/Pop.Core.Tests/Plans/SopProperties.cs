namespace Pop.Core.Tests.Plans;

using System;
using System.Collections.Generic;
using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;
using Pop.Core.Goals;
using Pop.Core.Plans;
using Xunit;

/// <summary>One person's activity in a random organisation: unknown cost or time is null.</summary>
public sealed record SopPerson(string Plan, string Employee, int Department, int Competency, int Kind, int? Cost, int? Minutes, bool Dropped);

/// <summary>A random organisation for the SOP properties, and the minimum group size to use.</summary>
public sealed record SopOrganisation(SopPerson[] People, int Minimum)
{
    public override string ToString() => $"minimum {Minimum}: " + string.Join("; ", People.Select(p => $"{p.Plan}/{p.Employee} d{p.Department} c{p.Competency} k{p.Kind} €{p.Cost?.ToString() ?? "?"} {p.Minutes?.ToString() ?? "?"}m{(p.Dropped ? " dropped" : string.Empty)}"));
}

public static class SopArbitraries
{
    /// <summary>
    /// Organisations built from groups of 2 to 8 people (around the minimum of 5 or 6), each group
    /// with its own share of missing estimates, some people shared between groups, a few goals
    /// dropped, and now and then a very large cost.
    /// </summary>
    public static Gen<SopOrganisation> Organisations { get; } =
        from minimum in Gen.Elements(5, 5, 6)
        from groups in Gen.Choose(1, 8).SelectMany(n => Group.ArrayOf(n))
        select new SopOrganisation(
            groups.SelectMany((g, gi) => g.Select(p => p with { Plan = $"p{gi}-{p.Plan}", Employee = p.Employee.StartsWith("s", StringComparison.Ordinal) ? p.Employee : $"g{gi}-{p.Employee}" })).ToArray(),
            minimum);

    private static Gen<SopPerson[]> Group =>
        from department in Gen.Choose(0, 3)
        from competency in Gen.Choose(0, 1)
        from kind in Gen.Choose(1, 2)
        from size in Gen.Choose(2, 8)
        from shared in Gen.Elements(0, 0, 0, 1, 2)
        from missingCost in Gen.Elements(0, 0, 1, 2, 4, 8)
        from missingTime in Gen.Elements(0, 0, 1, 4, 8)
        from people in Person(missingCost, missingTime).ArrayOf(size)
        select people.Select((p, j) => p with { Plan = j.ToString(System.Globalization.CultureInfo.InvariantCulture), Employee = (j < shared ? "s" : "e") + j, Department = department, Competency = competency, Kind = kind }).ToArray();

    private static Gen<SopPerson> Person(int missingCost, int missingTime) =>
        from costless in Gen.Choose(0, 7)
        from timeless in Gen.Choose(0, 7)
        from cost in Gen.Frequency((9, Gen.Choose(0, 3000)), (1, Gen.Choose(100_000, 2_000_000)))
        from minutes in Gen.Choose(0, 6000)
        from dropped in Gen.Elements(false, false, false, false, false, false, false, false, false, true)
        select new SopPerson(string.Empty, string.Empty, 0, 0, 0, costless < missingCost ? null : cost, timeless < missingTime ? null : minutes, dropped);

    public static Arbitrary<SopOrganisation> Organisation() => Organisations.ToArbitrary();
}

[Properties(Arbitrary = new[] { typeof(SopArbitraries) }, MaxTest = 300)]
public sealed class SopProperties
{
    private static readonly string[] Departments = { "Sales", "IT", "HR", "Finance" };
    private static readonly string[] Competencies = { "Presenteren", "Excel" };

    /// <summary>The true rows the SOP must publish, with the people behind each, by (department or null, competency, kind).</summary>
    internal static Dictionary<(string?, string, DevelopmentActivityKind), SopPerson[]> TrueRows(IEnumerable<SopPerson> people, int minimum, SmallGroupHandling handling, out int suppressed)
    {
        var groups = people.Where(p => !p.Dropped).GroupBy(p => (Departments[p.Department], Competencies[p.Competency], (DevelopmentActivityKind)p.Kind)).ToList();
        var rows = groups.Where(g => Distinct(g) >= minimum).ToDictionary(g => ((string?)g.Key.Item1, g.Key.Item2, g.Key.Item3), g => g.ToArray());
        var small = groups.Where(g => Distinct(g) < minimum).ToList();
        suppressed = 0;
        if (handling == SmallGroupHandling.Suppress)
        {
            suppressed = small.Count;
            return rows;
        }

        foreach (var merged in small.GroupBy(g => (g.Key.Item2, g.Key.Item3)))
        {
            var members = merged.SelectMany(g => g).ToArray();
            if (Distinct(members) >= minimum)
            {
                rows.Add((null, merged.Key.Item1, merged.Key.Item2), members);
            }
            else
            {
                suppressed += merged.Count();
            }
        }

        return rows;
    }

    internal static DevelopmentPlan[] Plans(IEnumerable<SopPerson> people) => people.Select(p =>
    {
        var plan = DevelopmentPlan.Start(p.Plan, p.Employee, "m", Departments[p.Department], PlanSamples.Year2027, null, null)
            .AddGoal(PlanSamples.Goal("g", Competencies[p.Competency])).Ok()
            .AddActivity(new DevelopmentActivity("a", "g", (DevelopmentActivityKind)p.Kind, "x", p.Cost, p.Minutes is { } m ? Duration.FromMinutes(m) : null)).Ok();
        return p.Dropped ? plan.UpdateGoal("g", GoalStatus.Dropped, 0).Ok() : plan;
    }).ToArray();

    /// <summary>Per person: their summed part of a figure, or nothing when they gave no estimate.</summary>
    internal static Dictionary<string, decimal> Parts(IEnumerable<SopPerson> people, Func<SopPerson, decimal?> figure) =>
        people.Where(p => figure(p) is not null).GroupBy(p => p.Employee, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Sum(p => figure(p)!.Value), StringComparer.Ordinal);

    internal static decimal? Cost(SopPerson p) => p.Cost;

    internal static decimal? Hours(SopPerson p) => p.Minutes is { } m ? m / 60m : null;

    private static int Distinct(IEnumerable<SopPerson> people) => people.Select(p => p.Employee).Distinct(StringComparer.Ordinal).Count();

    [Property]
    public bool No_published_figure_rests_on_fewer_than_the_minimum_and_each_is_within_its_noise(SopOrganisation organisation)
    {
        var plans = Plans(organisation.People);
        foreach (var handling in new[] { SmallGroupHandling.Merge, SmallGroupHandling.Suppress })
        {
            foreach (var protection in new[] { SopProtection.Unperturbed(organisation.Minimum), SopProtection.Perturbed(StrategicTrainingPlanTests.Key, organisation.Minimum) })
            {
                var sop = StrategicTrainingPlan.Aggregate(plans, protection, handling);
                var truth = TrueRows(organisation.People, organisation.Minimum, handling, out int suppressed);
                if (sop.SuppressedGroups != suppressed || sop.Needs.Count != truth.Count)
                {
                    return false;
                }

                foreach (var need in sop.Needs)
                {
                    if (!truth.TryGetValue((need.Department, need.Competency, need.ActivityKind), out var people) || !RowHolds(need, people, protection))
                    {
                        return false;
                    }
                }
            }
        }

        return true;
    }

    [Property]
    public bool Two_reports_that_differ_by_one_person_differ_by_that_persons_part_plus_bounded_noise(SopOrganisation organisation, NonNegativeInt pick)
    {
        var active = organisation.People.Where(p => !p.Dropped).Select(p => p.Employee).Distinct(StringComparer.Ordinal).ToArray();
        if (active.Length == 0)
        {
            return true;
        }

        string left = active[pick.Get % active.Length];
        foreach (var (row, truthWith, truthWithout, published) in Differences(organisation, left))
        {
            decimal bound = (SopProtection.DefaultMagnitudeNoise * (Largest(truthWith) + Largest(truthWithout))) + 0.01m;
            if (Math.Abs(published - (truthWith.Values.Sum() - truthWithout.Values.Sum())) > bound)
            {
                return false;
            }
        }

        return true;
    }

    // The generator reaches the hard states often enough, and differencing is (almost) never exact.
    [Fact]
    public void The_generator_reaches_the_hard_states_and_differencing_is_not_exact()
    {
        var samples = SopArbitraries.Organisations.Sample(400, 40);
        int justUnder = 0, atMinimum = 0, justOver = 0, costWithheld = 0, costWithGaps = 0, merged = 0, hoursWithheld = 0;
        int differences = 0, exact = 0;
        foreach (var organisation in samples)
        {
            int min = organisation.Minimum;
            var sizes = organisation.People.Where(p => !p.Dropped).GroupBy(p => (p.Department, p.Competency, p.Kind)).Select(g => Distinct(g)).ToList();
            justUnder += sizes.Contains(min - 1) ? 1 : 0;
            atMinimum += sizes.Contains(min) ? 1 : 0;
            justOver += sizes.Contains(min + 1) ? 1 : 0;
            var sop = StrategicTrainingPlan.Aggregate(Plans(organisation.People), SopProtection.Perturbed(StrategicTrainingPlanTests.Key, min));
            costWithheld += sop.Needs.Any(n => n.EstimatedCost.Withheld == SopWithholding.TooFewPeople) ? 1 : 0;
            hoursWithheld += sop.Needs.Any(n => n.EstimatedHours.Withheld == SopWithholding.TooFewPeople) ? 1 : 0;
            costWithGaps += sop.Needs.Any(n => n.EstimatedCost.IsPublished && n.ActivitiesWithoutCost is { IsPublished: false } or { Value: > 0 }) ? 1 : 0;
            merged += sop.Needs.Any(n => n.IsMerged) ? 1 : 0;

            string person = organisation.People[0].Employee;
            foreach (var (_, truthWith, truthWithout, published) in Differences(organisation, person))
            {
                decimal truth = truthWith.Values.Sum() - truthWithout.Values.Sum();
                if (truth != 0)
                {
                    differences++;
                    exact += published == truth ? 1 : 0;
                }
            }
        }

        // Observed with 400 samples: each size state and published costs with gaps in about 40%,
        // withheld costs and hours in about 60%, merged rows in about 22%; the floors leave room.
        int floor = samples.Length / 5;
        Assert.True(justUnder > floor, $"groups just under the minimum: {justUnder} of {samples.Length}");
        Assert.True(atMinimum > floor, $"groups at the minimum: {atMinimum} of {samples.Length}");
        Assert.True(justOver > floor, $"groups just over the minimum: {justOver} of {samples.Length}");
        Assert.True(costWithheld > floor, $"rows with the cost withheld: {costWithheld} of {samples.Length}");
        Assert.True(hoursWithheld > floor / 2, $"rows with the hours withheld: {hoursWithheld} of {samples.Length}");
        Assert.True(costWithGaps > floor, $"published costs with missing estimates: {costWithGaps} of {samples.Length}");
        Assert.True(merged > floor / 2, $"merged rows: {merged} of {samples.Length}");
        Assert.True(differences > samples.Length / 7, $"differences that involve the person: {differences} of {samples.Length}");
        Assert.True(exact * 50 < differences, $"exact differences: {exact} of {differences}");
    }

    private static IEnumerable<((string?, string, DevelopmentActivityKind) Row, Dictionary<string, decimal> With, Dictionary<string, decimal> Without, decimal Published)> Differences(SopOrganisation organisation, string person)
    {
        var protection = SopProtection.Perturbed(StrategicTrainingPlanTests.Key, organisation.Minimum);
        var others = organisation.People.Where(p => p.Employee != person).ToArray();
        var with = StrategicTrainingPlan.Aggregate(Plans(organisation.People), protection);
        var without = StrategicTrainingPlan.Aggregate(Plans(others), protection);
        var truthWith = TrueRows(organisation.People, organisation.Minimum, SmallGroupHandling.Merge, out _);
        var truthWithout = TrueRows(others, organisation.Minimum, SmallGroupHandling.Merge, out _);
        foreach (var a in with.Needs)
        {
            var key = (a.Department, a.Competency, a.ActivityKind);
            var b = without.Needs.SingleOrDefault(n => (n.Department, n.Competency, n.ActivityKind) == key);
            if (b is not null && a.EstimatedCost.TryGetValue(out decimal costA) && b.EstimatedCost.TryGetValue(out decimal costB))
            {
                yield return (key, Parts(truthWith[key], Cost), Parts(truthWithout[key], Cost), costA - costB);
            }
        }
    }

    private static decimal Largest(Dictionary<string, decimal> parts) => parts.Count == 0 ? 0m : parts.Values.Max();

    private static bool RowHolds(TrainingNeed need, SopPerson[] people, SopProtection protection)
    {
        int min = protection.MinimumGroupSize;
        int employees = Distinct(people);
        int noise = protection.CountNoise;
        if (employees < min || need.Employees < min || Math.Abs(need.Employees - employees) > noise || Math.Abs(need.Activities - people.Length) > noise)
        {
            return false;
        }

        return MagnitudeHolds(need.EstimatedCost, Parts(people, Cost), protection)
            && MagnitudeHolds(need.EstimatedHours, Parts(people, Hours), protection)
            && CountHolds(need.ActivitiesWithoutCost, people.Where(p => p.Cost is null).ToArray(), protection)
            && CountHolds(need.ActivitiesWithoutTime, people.Where(p => p.Minutes is null).ToArray(), protection);
    }

    private static bool MagnitudeHolds(SopFigure<decimal> figure, Dictionary<string, decimal> parts, SopProtection protection)
    {
        if (!figure.TryGetValue(out decimal value))
        {
            return figure.Withheld == SopWithholding.TooFewPeople && parts.Count < protection.MinimumGroupSize;
        }

        decimal truth = parts.Values.Sum();
        return parts.Count >= protection.MinimumGroupSize
            && Math.Abs(value - truth) <= (protection.MagnitudeNoise * Largest(parts)) + (protection.IsPerturbed ? 0.005m : 0.000001m);
    }

    private static bool CountHolds(SopFigure<int> figure, SopPerson[] without, SopProtection protection)
    {
        int people = Distinct(without);
        if (!figure.TryGetValue(out int value))
        {
            return figure.Withheld == SopWithholding.TooFewPeople && people > 0 && people < protection.MinimumGroupSize;
        }

        return people == 0 ? value == 0 : people >= protection.MinimumGroupSize && value >= protection.MinimumGroupSize && Math.Abs(value - without.Length) <= protection.CountNoise;
    }
}
