namespace Pop.Core.Tests.Plans;

using System;
using System.Collections.Generic;
using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Pop.Core.Goals;
using Pop.Core.Plans;
using Xunit;

/// <summary>One plan in a random organisation: its department and, per competency 0 to 3, nothing, a goal, or a dropped goal.</summary>
public sealed record GapPlan(string Plan, string Employee, int Department, int[] Goals)
{
    public override string ToString() => $"{Plan}/{Employee} d{Department} [{string.Join(",", Goals)}]";
}

/// <summary>
/// A random organisation for the gap properties: plans, demand lines (department, competency 0 to 2,
/// people), the minimum, and one more person whose plan the differencing properties add.
/// </summary>
public sealed record GapOrganisation(GapPlan[] Plans, (int Department, int Competency, int People)[] Demand, int Minimum, GapPlan Person)
{
    public override string ToString() => $"minimum {Minimum}; plans {string.Join("; ", Plans.Select(p => p.ToString()))}; demand {string.Join(", ", Demand.Select(d => $"d{d.Department}c{d.Competency}:{d.People}"))}; person {Person}";
}

public static class GapArbitraries
{
    /// <summary>Goal states per competency: 0 none, 1 a goal with an activity, 2 that goal dropped.</summary>
    private static Gen<int[]> Goals => Gen.Elements(0, 0, 0, 1, 1, 2).ArrayOf(4);

    /// <summary>
    /// Departments 0 to 2 of 0 to 9 plans each (around the minimum of 5 or 6), a few employees with two
    /// plans in one department, competency 3 never asked for (supply without demand), demand for about
    /// two thirds of the other cells (now and then exactly the supply: a gap of zero), most often one
    /// competency nobody plans (demand without supply), and a person
    /// in a random department who plans a random set.
    /// </summary>
    public static Gen<GapOrganisation> Organisations { get; } =
        from minimum in Gen.Elements(5, 5, 6)
        from sizes in Gen.Choose(0, 9).ArrayOf(3)
        from goals in Goals.ArrayOf(sizes.Sum())
        from twice in Gen.Elements(0, 0, 1, 2)
        from cells in Gen.Elements(0, 1, 1).ArrayOf(9)
        from people in Gen.Choose(1, 8).ArrayOf(9)
        from matchSupply in Gen.Elements(false, false, true).ArrayOf(9)
        from silent in Gen.Choose(-1, 2)
        from personDepartment in Gen.Choose(0, 2)
        from personGoals in Goals
        select Build(minimum, sizes, goals, twice, cells, people, matchSupply, silent, new GapPlan("px", "x", personDepartment, personGoals));

    public static Arbitrary<GapOrganisation> Organisation() => Organisations.ToArbitrary();

    internal static int Supply(IEnumerable<GapPlan> plans, int department, int competency) =>
        plans.Where(p => p.Department == department && p.Goals[competency] == 1).Select(p => p.Employee).Distinct(StringComparer.Ordinal).Count();

    private static GapOrganisation Build(int minimum, int[] sizes, int[][] goals, int twice, int[] cells, int[] people, bool[] matchSupply, int silent, GapPlan person)
    {
        var plans = new List<GapPlan>();
        int k = 0;
        for (int d = 0; d < sizes.Length; d++)
        {
            for (int i = 0; i < sizes[d]; i++, k++)
            {
                // The first `twice` employees of a department have a second plan (the one before them).
                string employee = i > 0 && i <= twice ? $"d{d}e{i - 1}" : $"d{d}e{i}";
                // One competency (three times in four) nobody plans, though some may have dropped it.
                int[] own = goals[k].Select((g, c) => c == silent && g == 1 ? 0 : g).ToArray();
                plans.Add(new GapPlan($"p{k}", employee, d, own));
            }
        }

        var demand = new List<(int, int, int)>();
        for (int cell = 0; cell < 9; cell++)
        {
            int d = cell / 3, c = cell % 3;
            int supply = Supply(plans, d, c);
            if (cells[cell] == 1)
            {
                demand.Add((d, c, matchSupply[cell] && supply > 0 ? supply : people[cell]));
            }
        }

        return new GapOrganisation(plans.ToArray(), demand.ToArray(), minimum, person);
    }
}

[Properties(Arbitrary = new[] { typeof(GapArbitraries) }, MaxTest = 300)]
public sealed class GapProperties
{
    private static readonly string[] Departments = { "Sales", "IT", "HR" };
    private static readonly string[] Competencies = { "Presenteren", "Excel", "Plannen", "Spaans" };

    internal static DevelopmentPlan Plan(GapPlan p)
    {
        var plan = DevelopmentPlan.Start(p.Plan, p.Employee, "m", Departments[p.Department], PlanSamples.Year2027, null, null);
        for (int c = 0; c < p.Goals.Length; c++)
        {
            if (p.Goals[c] != 0)
            {
                plan = plan.AddGoal(PlanSamples.Goal("g" + c, Competencies[c])).Ok()
                    .AddActivity(new DevelopmentActivity("a" + c, "g" + c, DevelopmentActivityKind.Training, "x", 10m, null)).Ok();
                plan = p.Goals[c] == 2 ? plan.UpdateGoal("g" + c, GoalStatus.Dropped, 0).Ok() : plan;
            }
        }

        return plan;
    }

    internal static CompetencyDemand[] Demand(GapOrganisation o) =>
        o.Demand.Select(d => new CompetencyDemand(Departments[d.Department], Competencies[d.Competency], d.People)).ToArray();

    internal static CompetencyGapReport Report(IEnumerable<GapPlan> plans, GapOrganisation o, SopProtection protection) =>
        CompetencyGapReport.Aggregate(plans.Select(Plan), Demand(o), protection);

    private static int Staff(IEnumerable<GapPlan> plans, int department) =>
        plans.Where(p => p.Department == department).Select(p => p.Employee).Distinct(StringComparer.Ordinal).Count();

    private static int DepartmentOf(CompetencyGap line) => Array.IndexOf(Departments, line.Department);

    private static int CompetencyOf(CompetencyGap line) => Array.IndexOf(Competencies, line.Competency);

    [Property]
    public bool The_lines_are_the_demand_and_each_is_shown_exactly_when_its_department_is_large_enough(GapOrganisation o)
    {
        foreach (var protection in new[] { SopProtection.Unperturbed(o.Minimum), SopProtection.Perturbed(StrategicTrainingPlanTests.Key, o.Minimum) })
        {
            var report = Report(o.Plans, o, protection);
            var expected = o.Demand.OrderBy(d => Departments[d.Department], StringComparer.OrdinalIgnoreCase).ThenBy(d => Competencies[d.Competency], StringComparer.OrdinalIgnoreCase)
                .Select(d => (Departments[d.Department], Competencies[d.Competency], d.People));
            if (!report.Lines.Select(l => (l.Department, l.Competency, l.Demand)).SequenceEqual(expected))
            {
                return false;
            }

            foreach (var line in report.Lines)
            {
                int department = DepartmentOf(line);
                bool large = Staff(o.Plans, department) >= o.Minimum;
                int truth = GapArbitraries.Supply(o.Plans, department, CompetencyOf(line));
                bool holds = large
                    ? line.Supply.IsPublished && line.Gap.Value == line.Demand - line.Supply.Value && (protection.IsPerturbed ? line.Supply.Value >= 0 : line.Supply.Value == truth)
                    : line.Supply.Withheld == SopWithholding.TooFewPeople && line.Gap.Withheld == SopWithholding.TooFewPeople;
                if (!holds)
                {
                    return false;
                }
            }
        }

        return true;
    }

    // Two reports that differ by one plan: whatever that person plans, the same lines are shown or
    // withheld, and every line outside their department is the same figure. Only their department's
    // figures move, and (with noise) they move whether or not the person plans that competency.
    [Property]
    public bool Adding_one_plan_shows_and_withholds_the_same_lines_whatever_the_person_plans(GapOrganisation o, int[] otherGoals)
    {
        var other = o.Person with { Goals = Enumerable.Range(0, 4).Select(i => otherGoals.Length > i ? Math.Abs(otherGoals[i] % 3) : 0).ToArray() };
        foreach (var protection in new[] { SopProtection.Unperturbed(o.Minimum), SopProtection.Perturbed(StrategicTrainingPlanTests.Key, o.Minimum) })
        {
            var without = Report(o.Plans, o, protection);
            var with = Report(o.Plans.Append(o.Person), o, protection);
            var withOther = Report(o.Plans.Append(other), o, protection);
            for (int i = 0; i < without.Lines.Count; i++)
            {
                var (a, b, c) = (without.Lines[i], with.Lines[i], withOther.Lines[i]);
                if (b.Supply.Withheld != c.Supply.Withheld || b.Gap.Withheld != c.Gap.Withheld)
                {
                    return false;
                }

                if (DepartmentOf(a) != o.Person.Department && (a.Supply != b.Supply || a.Supply != c.Supply || a.Gap != b.Gap))
                {
                    return false;
                }
            }
        }

        return true;
    }

    // The generator reaches the hard states, and with noise the lines of the added person's department
    // move about as often whether or not they plan that competency: watching which line moved does not
    // point at them, as it would if the noise followed the people in the line (unchanged cell, unchanged figure).
    [Fact]
    public void The_generator_reaches_the_hard_states_and_a_moved_line_does_not_point_at_the_person()
    {
        var samples = Gen.Sample(GapArbitraries.Organisations, 1000, new Rnd(20271501UL), 40);
        int withheld = 0, zeroGaps = 0, unmet = 0, unmetShownAsZero = 0, supplyWithoutDemand = 0, departmentCrossesMinimum = 0;
        int member = 0, memberMoved = 0, nonMember = 0, nonMemberMoved = 0, attackerRight = 0, attacks = 0;
        foreach (var o in samples)
        {
            var exact = Report(o.Plans, o, SopProtection.Unperturbed(o.Minimum));
            var noisy = Report(o.Plans, o, SopProtection.Perturbed(StrategicTrainingPlanTests.Key, o.Minimum));
            withheld += exact.Lines.Any(l => !l.Supply.IsPublished) ? 1 : 0;
            zeroGaps += exact.Lines.Any(l => l.Gap is { IsPublished: true, Value: 0 }) ? 1 : 0;
            unmet += exact.Lines.Any(l => l.IsUnmet) ? 1 : 0;
            unmetShownAsZero += exact.Lines.Zip(noisy.Lines, (e, n) => e.IsUnmet && n.IsUnmet).Any(x => x) ? 1 : 0;
            supplyWithoutDemand += o.Plans.Any(p => p.Goals.Select((g, c) => (g, c)).Any(x => x.g == 1 && !o.Demand.Any(d => d.Department == p.Department && d.Competency == x.c))) ? 1 : 0;
            int staff = Staff(o.Plans, o.Person.Department);
            departmentCrossesMinimum += staff == o.Minimum - 1 && o.Demand.Any(d => d.Department == o.Person.Department) ? 1 : 0;

            var protection = SopProtection.Perturbed(StrategicTrainingPlanTests.Key, o.Minimum);
            var with = Report(o.Plans.Append(o.Person), o, protection);
            var moves = new List<(bool Member, int Move)>();
            for (int i = 0; i < noisy.Lines.Count; i++)
            {
                var (a, b) = (noisy.Lines[i], with.Lines[i]);
                if (DepartmentOf(a) == o.Person.Department && a.Supply.IsPublished && b.Supply.IsPublished)
                {
                    bool isMember = o.Person.Goals[CompetencyOf(a)] == 1;
                    bool moved = a.Supply != b.Supply;
                    (member, memberMoved, nonMember, nonMemberMoved) = isMember
                        ? (member + 1, memberMoved + (moved ? 1 : 0), nonMember, nonMemberMoved)
                        : (member, memberMoved, nonMember + 1, nonMemberMoved + (moved ? 1 : 0));
                    moves.Add((isMember, b.Supply.Value - a.Supply.Value));
                }
            }

            // The attacker knows the person plans exactly one of two demanded competencies and picks the one whose supply rose more.
            if (moves.Count == 2 && moves[0].Member != moves[1].Member && moves[0].Move != moves[1].Move)
            {
                attacks++;
                attackerRight += moves[0].Move > moves[1].Move == moves[0].Member ? 1 : 0;
            }
        }

        // Observed with 1,000 samples: a withheld line in 88 %, a gap of zero and demand nobody plans in
        // about 49 % each (shown as zero with noise in 38 %), the person's department one below the
        // minimum in 7.5 %; lines moved in 77 % (not planned) and 81 % (planned); the attacker was
        // right in 34 of 71 two-line attacks.
        int floor = samples.Length / 5;
        Assert.True(withheld > floor, $"reports with a withheld line: {withheld} of {samples.Length}");
        Assert.True(zeroGaps > floor, $"reports with a gap of zero: {zeroGaps} of {samples.Length}");
        Assert.True(unmet > floor, $"reports with demand nobody plans: {unmet} of {samples.Length}");
        Assert.True(unmetShownAsZero > floor / 2, $"... shown as zero with noise: {unmetShownAsZero} of {samples.Length}");
        Assert.True(supplyWithoutDemand > floor, $"reports with supply nobody asked for: {supplyWithoutDemand} of {samples.Length}");
        Assert.True(departmentCrossesMinimum > samples.Length / 50, $"the person's department one below the minimum: {departmentCrossesMinimum} of {samples.Length}");
        Assert.True(member > 100 && nonMember > 100, $"lines of the person's department shown in both reports: {member} they plan, {nonMember} they do not");

        // Lines the person does not plan move too (with noise keyed by the people in the line they never would).
        Assert.True(nonMemberMoved * 10 > nonMember * 6, $"lines the person does not plan that moved: {nonMemberMoved} of {nonMember}");
        Assert.True(memberMoved * 10 > member * 6, $"lines the person plans that moved: {memberMoved} of {member}");

        // Guessing the person's competency from the larger rise is right not much more often than a coin.
        Assert.True(attacks > 30, $"two-line attacks: {attacks}");
        Assert.True(attackerRight * 100 < attacks * 75, $"attacker right {attackerRight} of {attacks}");
    }
}
