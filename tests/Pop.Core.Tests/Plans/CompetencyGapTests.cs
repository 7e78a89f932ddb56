namespace Pop.Core.Tests.Plans;

using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using Pop.Core.Conversations;
using Pop.Core.Goals;
using Pop.Core.Plans;
using Xunit;

public sealed class CompetencyGapTests
{
    private static readonly SopProtection Exact = StrategicTrainingPlanTests.Exact;

    private static readonly SopProtection Noisy = StrategicTrainingPlanTests.Noisy;

    /// <summary>A department of <paramref name="size"/> employees; the first <paramref name="planners"/> plan <paramref name="competency"/>, the others "Overig".</summary>
    private static IEnumerable<DevelopmentPlan> Department(string department, int size, string competency, int planners) =>
        Enumerable.Range(0, size).Select(i => StrategicTrainingPlanTests.PlanFor($"{department}-{i}", department, i < planners ? competency : "Overig", DevelopmentActivityKind.Training, 100m));

    private static CompetencyGap Line(CompetencyGapReport report, string department, string competency) =>
        report.Lines.Single(l => l.Department == department && l.Competency == competency);

    [Fact]
    public void A_demand_line_holds_what_it_was_given()
    {
        var demand = new CompetencyDemand("Logistiek", "Planningssysteem", 8, "nieuw systeem per 1 juli");
        Assert.Equal(("Logistiek", "Planningssysteem", 8, "nieuw systeem per 1 juli"), (demand.Department, demand.Competency, demand.People, demand.Reason));
        Assert.Null(new CompetencyDemand("IT", "Excel", 1).Reason);
        Assert.Equal(CompetencyDemand.MaxPeople, new CompetencyDemand("IT", "Excel", CompetencyDemand.MaxPeople).People);
        Assert.Equal("IT / Excel: 3 (audit)", new CompetencyDemand("IT", "Excel", 3, "audit").ToString());
    }

    [Fact]
    public void A_bad_demand_line_is_refused_with_the_parameter_named()
    {
        Assert.Throws<ArgumentNullException>("department", () => new CompetencyDemand(null!, "Excel", 1));
        Assert.Throws<ArgumentException>("department", () => new CompetencyDemand(" ", "Excel", 1));
        Assert.Throws<ArgumentNullException>("competency", () => new CompetencyDemand("IT", null!, 1));
        Assert.Throws<ArgumentException>("competency", () => new CompetencyDemand("IT", string.Empty, 1));
        Assert.Throws<ArgumentException>("competency", () => new CompetencyDemand("IT", new string('x', ConversationLimits.MaxTextLength + 1), 1));
        Assert.Throws<ArgumentOutOfRangeException>("people", () => new CompetencyDemand("IT", "Excel", 0));
        Assert.Throws<ArgumentOutOfRangeException>("people", () => new CompetencyDemand("IT", "Excel", -3));
        Assert.Throws<ArgumentOutOfRangeException>("people", () => new CompetencyDemand("IT", "Excel", CompetencyDemand.MaxPeople + 1));
        Assert.Throws<ArgumentException>("reason", () => new CompetencyDemand("IT", "Excel", 1, "  "));
    }

    [Fact]
    public void Without_noise_supply_and_gap_are_exact_and_the_lines_are_the_demand()
    {
        var plans = Department("Logistiek", 7, "Planningssysteem", 5).Concat(Department("IT", 6, "Excel", 2));
        var demand = new[]
        {
            new CompetencyDemand("Logistiek", "Planningssysteem", 8),
            new CompetencyDemand("IT", "Excel", 2),
            new CompetencyDemand("Logistiek", "Overig", 1),
            new CompetencyDemand("IT", "Heftruck", 3, "nieuw magazijn"),
        };
        var report = CompetencyGapReport.Aggregate(plans, demand, Exact);
        Assert.False(report.IsPerturbed);
        Assert.Equal(5, report.MinimumGroupSize);

        // Exactly the demand lines, sorted by department and competency; "Overig" in IT is planned but not asked for, so not shown.
        Assert.Equal(new[] { "IT/Excel", "IT/Heftruck", "Logistiek/Overig", "Logistiek/Planningssysteem" }, report.Lines.Select(l => l.Department + "/" + l.Competency));
        Assert.Equal((8, 5, 3), (Line(report, "Logistiek", "Planningssysteem").Demand, Line(report, "Logistiek", "Planningssysteem").Supply.Value, Line(report, "Logistiek", "Planningssysteem").Gap.Value));
        Assert.Equal((2, 0), (Line(report, "IT", "Excel").Supply.Value, Line(report, "IT", "Excel").Gap.Value));
        Assert.Equal((2, -1), (Line(report, "Logistiek", "Overig").Supply.Value, Line(report, "Logistiek", "Overig").Gap.Value));

        // Demand nobody plans: shown as supply 0 over a department of at least the minimum.
        var unmet = Line(report, "IT", "Heftruck");
        Assert.True(unmet.IsUnmet);
        Assert.Equal((0, 3, "nieuw magazijn"), (unmet.Supply.Value, unmet.Gap.Value, unmet.Reason));
        Assert.False(Line(report, "IT", "Excel").IsUnmet);
    }

    [Fact]
    public void Supply_counts_employees_once_without_regard_to_case_and_not_for_dropped_goals()
    {
        var plans = new List<DevelopmentPlan>
        {
            StrategicTrainingPlanTests.PlanFor("e1", "Sales", "Excel", DevelopmentActivityKind.Training, 1m),
            StrategicTrainingPlanTests.PlanFor("e2", "sales", "EXCEL", DevelopmentActivityKind.Coaching, 1m),
            StrategicTrainingPlanTests.PlanFor("e3", "SALES", "excel", DevelopmentActivityKind.Training, 1m, GoalStatus.Dropped),
            StrategicTrainingPlanTests.PlanFor("e4", "Sales", "Presenteren", DevelopmentActivityKind.Training, 1m),
            StrategicTrainingPlanTests.PlanFor("e5", "Sales", "Presenteren", DevelopmentActivityKind.Training, 1m, GoalStatus.Achieved),
        };
        plans[0] = plans[0].AddActivity(new DevelopmentActivity("a2", "g1", DevelopmentActivityKind.Shadowing, "tweede", null, null)).Ok();
        var line = Assert.Single(CompetencyGapReport.Aggregate(plans, new[] { new CompetencyDemand("sAles", "Excel", 4) }, Exact).Lines);
        Assert.Equal(("sAles", 2, 2), (line.Department, line.Supply.Value, line.Gap.Value));
    }

    // A department below the minimum: supply and gap withheld for every line of it, whatever anyone plans.
    [Fact]
    public void A_department_with_fewer_employees_than_the_minimum_withholds_supply_and_gap()
    {
        var plans = Department("HR", 4, "Excel", 4).Concat(Department("IT", 5, "Excel", 0));
        var demand = new[] { new CompetencyDemand("HR", "Excel", 2), new CompetencyDemand("HR", "Verzuim", 1), new CompetencyDemand("Finance", "Excel", 1), new CompetencyDemand("IT", "Excel", 1) };
        foreach (var protection in new[] { Exact, Noisy })
        {
            var report = CompetencyGapReport.Aggregate(plans, demand, protection);
            foreach (var line in report.Lines.Where(l => l.Department != "IT"))
            {
                Assert.Equal(SopWithholding.TooFewPeople, line.Supply.Withheld);
                Assert.Equal(SopWithholding.TooFewPeople, line.Gap.Withheld);
                Assert.Throws<InvalidOperationException>(() => line.Gap.Value);
                Assert.False(line.IsUnmet);
            }

            Assert.True(Line(report, "IT", "Excel").Supply.IsPublished);
        }

        Assert.True(Line(CompetencyGapReport.Aggregate(plans, demand, SopProtection.Unperturbed(6)), "IT", "Excel").Supply.Withheld == SopWithholding.TooFewPeople);
    }

    // Attack: "a report with nobody planning X shows 0; add one plan, and if X turns to withheld (1 to 4
    // people), that person plans X". The state of a line depends on the department alone.
    [Fact]
    public void Adding_one_plan_never_turns_a_line_from_shown_to_withheld_or_back()
    {
        var before = Department("IT", 5, "Excel", 0).ToList();
        var demand = new[] { new CompetencyDemand("IT", "Heftruck", 2), new CompetencyDemand("IT", "Excel", 2) };
        var planner = StrategicTrainingPlanTests.PlanFor("newcomer", "IT", "Heftruck", DevelopmentActivityKind.Training, 50m);
        var other = StrategicTrainingPlanTests.PlanFor("newcomer", "IT", "Excel", DevelopmentActivityKind.Training, 50m);
        foreach (var protection in new[] { Exact, Noisy })
        {
            var without = CompetencyGapReport.Aggregate(before, demand, protection);
            var withPlanner = CompetencyGapReport.Aggregate(before.Append(planner), demand, protection);
            var withOther = CompetencyGapReport.Aggregate(before.Append(other), demand, protection);
            Assert.All(without.Lines.Concat(withPlanner.Lines).Concat(withOther.Lines), l => Assert.True(l.Supply.IsPublished && l.Gap.IsPublished));
        }

        Assert.Equal(1, Line(CompetencyGapReport.Aggregate(before.Append(planner), demand, Exact), "IT", "Heftruck").Supply.Value);
    }

    [Fact]
    public void Noise_is_fixed_by_the_department_so_asking_again_gives_the_same_figures()
    {
        var plans = Department("Logistiek", 12, "Planningssysteem", 6).ToList();
        var demand = new[] { new CompetencyDemand("Logistiek", "Planningssysteem", 9), new CompetencyDemand("Logistiek", "Heftruck", 2) };
        var first = CompetencyGapReport.Aggregate(plans, demand, Noisy);
        var again = CompetencyGapReport.Aggregate(Enumerable.Reverse(plans), demand.Reverse(), SopProtection.Perturbed((byte[])StrategicTrainingPlanTests.Key.Clone()));
        Assert.True(first.IsPerturbed);
        Assert.Equal(first.Lines.Select(l => (l.Supply, l.Gap)), again.Lines.Select(l => (l.Supply, l.Gap)));
        Assert.All(first.Lines, l => Assert.Equal(l.Demand - l.Supply.Value, l.Gap.Value));

        // Other keys give other noise (each line the same by chance with a probability of about 1/5).
        var otherKeys = Enumerable.Range(2, 6).Select(b => CompetencyGapReport.Aggregate(plans, demand, SopProtection.Perturbed(Enumerable.Repeat((byte)b, 32).ToArray())));
        Assert.Contains(otherKeys, r => !r.Lines.Select(l => l.Supply).SequenceEqual(first.Lines.Select(l => l.Supply)));
    }

    [Fact]
    public void Bad_input_is_refused_and_names_what_was_wrong()
    {
        var plan = StrategicTrainingPlanTests.PlanFor("e1", "Sales", "Excel", DevelopmentActivityKind.Training, 1m);
        var demand = new[] { new CompetencyDemand("Sales", "Excel", 1) };
        Assert.Throws<ArgumentNullException>("plans", () => CompetencyGapReport.Aggregate(null!, demand, Exact));
        Assert.Throws<ArgumentNullException>("demand", () => CompetencyGapReport.Aggregate(new[] { plan }, null!, Exact));
        Assert.Throws<ArgumentNullException>("protection", () => CompetencyGapReport.Aggregate(new[] { plan }, demand, null!));
        Assert.Throws<ArgumentNullException>("plans", () => CompetencyGapReport.Aggregate(new DevelopmentPlan[] { null! }, demand, Exact));
        Assert.Throws<ArgumentNullException>("demand", () => CompetencyGapReport.Aggregate(new[] { plan }, new CompetencyDemand[] { null! }, Exact));
        Assert.Throws<ArgumentException>("plans", () => CompetencyGapReport.Aggregate(new[] { plan, plan }, demand, Exact));
        Assert.Throws<ArgumentException>("plans", () => CompetencyGapReport.Aggregate(new[] { plan.RedactFor(ConversationRole.HR) }, demand, Exact));
        var twice = Assert.Throws<ArgumentException>("demand", () => CompetencyGapReport.Aggregate(new[] { plan }, new[] { new CompetencyDemand("Sales", "Excel", 1), new CompetencyDemand("SALES", "excel", 2) }, Exact));
        Assert.Contains("twice", twice.Message, StringComparison.Ordinal);

        // Plans of departments without demand are checked too.
        var elsewhere = StrategicTrainingPlanTests.PlanFor("e2", "HR", "Excel", DevelopmentActivityKind.Training, 1m);
        Assert.Throws<ArgumentException>("plans", () => CompetencyGapReport.Aggregate(new[] { elsewhere, elsewhere }, demand, Exact));
        Assert.Empty(CompetencyGapReport.Aggregate(new[] { plan }, Array.Empty<CompetencyDemand>(), Exact).Lines);
    }

    // Attack: "compare this year's report with last week's; the line that changed is the newcomer's".
    // The roll-up's cell keys follow the people in a row, so only the newcomer's row changes (its
    // documented limit: it protects values, not membership). The gap report re-draws every line of
    // the department, so both lines move and neither points at the newcomer.
    [Fact]
    public void Between_two_reports_a_moved_line_does_not_point_at_the_person_added()
    {
        var team = Enumerable.Range(0, 12).Select(i => StrategicTrainingPlanTests.PlanFor("e" + i, "Logistiek", i < 6 ? "Planningssysteem" : "Heftruck", DevelopmentActivityKind.Training, 100m + i)).ToList();
        var newcomer = StrategicTrainingPlanTests.PlanFor("newcomer", "Logistiek", "Heftruck", DevelopmentActivityKind.Training, 100m);

        var rollUpBefore = StrategicTrainingPlan.Aggregate(team, Noisy).Needs;
        var rollUpAfter = StrategicTrainingPlan.Aggregate(team.Append(newcomer), Noisy).Needs;
        Assert.Equal(rollUpBefore.Single(n => n.Competency == "Planningssysteem").EstimatedCost, rollUpAfter.Single(n => n.Competency == "Planningssysteem").EstimatedCost);
        Assert.NotEqual(rollUpBefore.Single(n => n.Competency == "Heftruck").EstimatedCost, rollUpAfter.Single(n => n.Competency == "Heftruck").EstimatedCost);

        var demand = new[] { new CompetencyDemand("Logistiek", "Planningssysteem", 5), new CompetencyDemand("Logistiek", "Heftruck", 5) };
        var before = CompetencyGapReport.Aggregate(team, demand, Noisy);
        var after = CompetencyGapReport.Aggregate(team.Append(newcomer), demand, Noisy);
        Assert.All(before.Lines.Zip(after.Lines), pair => Assert.NotEqual(pair.First.Supply, pair.Second.Supply));
    }

    [Theory]
    [InlineData("nl", "Logistiek · Planningssysteem: nodig 8, gepland 5 — tekort 3", "IT · Heftruck: nodig 3, gepland 0 — tekort 3: niemand plant dit", "IT · Excel: nodig 2, gepland 2 — gedekt", "Logistiek · Overig: nodig 1, gepland 2 — 1 meer gepland dan nodig", "HR · Excel: nodig 2; gepland en tekort niet getoond (minder dan 5 medewerkers van deze afdeling hebben een plan)")]
    [InlineData("en", "Logistiek · Planningssysteem: needed 8, planned 5 — short by 3", "IT · Heftruck: needed 3, planned 0 — short by 3: nobody plans this", "IT · Excel: needed 2, planned 2 — covered", "Logistiek · Overig: needed 1, planned 2 — 1 more planned than needed", "HR · Excel: needed 2; planned and gap withheld (fewer than 5 employees of this department have a plan)")]
    public void Lines_describe_themselves_in_dutch_and_english(string culture, string shortage, string unmet, string met, string over, string withheld)
    {
        var plans = Department("Logistiek", 7, "Planningssysteem", 5).Concat(Department("IT", 6, "Excel", 2)).Concat(Department("HR", 2, "Excel", 2));
        var demand = new[]
        {
            new CompetencyDemand("Logistiek", "Planningssysteem", 8), new CompetencyDemand("IT", "Heftruck", 3), new CompetencyDemand("IT", "Excel", 2),
            new CompetencyDemand("Logistiek", "Overig", 1), new CompetencyDemand("HR", "Excel", 2),
        };
        var report = CompetencyGapReport.Aggregate(plans, demand, Exact);
        var c = CultureInfo.GetCultureInfo(culture);
        Assert.Equal(shortage, Line(report, "Logistiek", "Planningssysteem").Describe(c));
        Assert.Equal(unmet, Line(report, "IT", "Heftruck").Describe(c));
        Assert.Equal(met, Line(report, "IT", "Excel").Describe(c));
        Assert.Equal(over, Line(report, "Logistiek", "Overig").Describe(c));
        Assert.Equal(withheld, Line(report, "HR", "Excel").Describe(c));
        Assert.Throws<ArgumentNullException>("culture", () => report.Lines[0].Describe(null!));
        Assert.Contains("withheld (TooFewPeople)", Line(report, "HR", "Excel").ToString(), StringComparison.Ordinal);
    }
}
