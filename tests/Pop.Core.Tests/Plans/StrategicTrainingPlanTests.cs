namespace Pop.Core.Tests.Plans;

using System;
using System.Collections.Generic;
using System.Linq;
using NodaTime;
using Pop.Core.Conversations;
using Pop.Core.Goals;
using Pop.Core.Plans;
using Xunit;

public sealed class StrategicTrainingPlanTests
{
    /// <summary>A fixed host key for the tests: 32 bytes, 1 to 32.</summary>
    internal static readonly byte[] Key = Enumerable.Range(1, 32).Select(i => (byte)i).ToArray();

    internal static readonly SopProtection Exact = SopProtection.Unperturbed();

    internal static readonly SopProtection Noisy = SopProtection.Perturbed(Key);

    internal static DevelopmentPlan PlanFor(string employee, string department, string competency, DevelopmentActivityKind kind, decimal? cost, GoalStatus status = GoalStatus.Planned, Duration? time = null)
    {
        var plan = DevelopmentPlan.Start("plan-" + employee, employee, "m-" + department, department, PlanSamples.Year2027, null, null)
            .AddGoal(PlanSamples.Goal("g1", competency)).Ok()
            .AddActivity(new DevelopmentActivity("a1", "g1", kind, "activiteit", cost, time ?? Duration.FromHours(4))).Ok();
        return status == GoalStatus.Planned ? plan : plan.UpdateGoal("g1", status, status == GoalStatus.Achieved ? 100 : 10).Ok();
    }

    private static IEnumerable<DevelopmentPlan> Many(string department, string competency, DevelopmentActivityKind kind, int count, decimal? cost = 100m) =>
        Enumerable.Range(0, count).Select(i => PlanFor($"{department}-{competency}-{kind}-{i}", department, competency, kind, cost));

    private static DevelopmentPlan Excel(string employee, string department, decimal? cost, Duration? time = null) =>
        PlanFor(employee, department, "Excel", DevelopmentActivityKind.Training, cost, time: time);

    [Fact]
    public void Groups_at_the_minimum_are_reported_exactly_without_noise()
    {
        var sop = StrategicTrainingPlan.Aggregate(Many("Sales", "Presenteren", DevelopmentActivityKind.Training, 5).Concat(Many("IT", "Excel", DevelopmentActivityKind.Coaching, 6, null)), Exact);
        Assert.False(sop.IsPerturbed);
        Assert.Equal(11, sop.PlanCount);
        Assert.Equal(2, sop.Needs.Count);
        var it = sop.Needs[0];
        Assert.Equal(("IT", "Excel", DevelopmentActivityKind.Coaching, 6, 6), (it.Department, it.Competency, it.ActivityKind, it.Employees, it.Activities));
        Assert.Equal(SopWithholding.TooFewPeople, it.EstimatedCost.Withheld);
        Assert.Equal(6, it.ActivitiesWithoutCost.Value);
        Assert.Equal(24m, it.EstimatedHours.Value);
        Assert.Equal(0, it.ActivitiesWithoutTime.Value);
        Assert.Equal(500m, sop.Needs[1].EstimatedCost.Value);
        Assert.Equal(500m, sop.EstimatedCost.Value);
        Assert.Equal(0, sop.SuppressedGroups);
    }

    [Fact]
    public void Small_groups_merge_across_departments_and_the_rest_is_suppressed()
    {
        var plans = Many("Sales", "Presenteren", DevelopmentActivityKind.Training, 3)
            .Concat(Many("IT", "Presenteren", DevelopmentActivityKind.Training, 2))
            .Concat(Many("HR", "Plannen", DevelopmentActivityKind.Shadowing, 1));
        var sop = StrategicTrainingPlan.Aggregate(plans, Exact);
        var merged = Assert.Single(sop.Needs);
        Assert.True(merged.IsMerged);
        Assert.Null(merged.Department);
        Assert.Equal(5, merged.Employees);
        Assert.Equal(500m, merged.EstimatedCost.Value);
        Assert.Equal(1, sop.SuppressedGroups);
    }

    [Fact]
    public void Suppress_mode_reports_no_small_group_at_all()
    {
        var plans = Many("Sales", "Presenteren", DevelopmentActivityKind.Training, 3).Concat(Many("IT", "Presenteren", DevelopmentActivityKind.Training, 2));
        var sop = StrategicTrainingPlan.Aggregate(plans, Exact, SmallGroupHandling.Suppress);
        Assert.Empty(sop.Needs);
        Assert.Equal(2, sop.SuppressedGroups);
    }

    [Fact]
    public void One_employee_is_counted_once_per_group_however_many_activities()
    {
        var plans = Many("Sales", "Presenteren", DevelopmentActivityKind.Training, 5).ToList();
        plans[0] = plans[0].AddActivity(new DevelopmentActivity("a2", "g1", DevelopmentActivityKind.Training, "tweede", 50m, null)).Ok();
        var need = Assert.Single(StrategicTrainingPlan.Aggregate(plans, Exact).Needs);
        Assert.Equal(5, need.Employees);
        Assert.Equal(6, need.Activities);
        Assert.Equal(550m, need.EstimatedCost.Value);

        // One employee lacks a time estimate: the count of such activities rests on one person.
        Assert.Equal(SopWithholding.TooFewPeople, need.ActivitiesWithoutTime.Withheld);
    }

    [Fact]
    public void Departments_and_competencies_compare_without_case_and_dropped_goals_do_not_count()
    {
        var plans = new[]
        {
            PlanFor("e1", "Sales", "Presenteren", DevelopmentActivityKind.Training, 1m),
            PlanFor("e2", "sales", "presenteren", DevelopmentActivityKind.Training, 1m),
            PlanFor("e3", "SALES", "Presenteren", DevelopmentActivityKind.Training, 1m),
            PlanFor("e4", "Sales", "PRESENTEREN", DevelopmentActivityKind.Training, 1m),
            PlanFor("e5", "sAles", "Presenteren", DevelopmentActivityKind.Training, 1m),
            PlanFor("e6", "SALES", "Presenteren", DevelopmentActivityKind.Training, 1m, GoalStatus.Dropped),
        };
        var need = Assert.Single(StrategicTrainingPlan.Aggregate(plans, Exact).Needs);
        Assert.Equal(("Sales", "Presenteren", 5), (need.Department, need.Competency, need.Employees));
    }

    [Fact]
    public void Bad_input_is_refused()
    {
        var plan = PlanFor("e1", "Sales", "Presenteren", DevelopmentActivityKind.Training, 1m);
        Assert.Throws<ArgumentException>(() => StrategicTrainingPlan.Aggregate(new[] { plan, plan }, Exact));
        Assert.Throws<ArgumentException>(() => StrategicTrainingPlan.Aggregate(new[] { plan.RedactFor(ConversationRole.HR) }, Exact));
        Assert.Throws<ArgumentNullException>(() => StrategicTrainingPlan.Aggregate(new DevelopmentPlan[] { null! }, Exact));
        Assert.Throws<ArgumentNullException>("protection", () => StrategicTrainingPlan.Aggregate(new[] { plan }, null!));
        Assert.Throws<ArgumentNullException>("secretKey", () => SopProtection.Perturbed(null!));
        Assert.Throws<ArgumentException>("secretKey", () => SopProtection.Perturbed(new byte[15]));
        Assert.Throws<ArgumentException>("secretKey", () => SopProtection.Perturbed(new byte[32]));
        Assert.Throws<ArgumentOutOfRangeException>("countNoise", () => SopProtection.Perturbed(Key, countNoise: 0));
        Assert.Throws<ArgumentOutOfRangeException>("magnitudeNoise", () => SopProtection.Perturbed(Key, magnitudeNoise: 0m));
        Assert.Throws<ArgumentOutOfRangeException>("magnitudeNoise", () => SopProtection.Perturbed(Key, magnitudeNoise: 1.5m));
    }

    // Attack: "minimumGroupSize: 1 is accepted". Before the fix Aggregate(plans, 1) ran and reported single people.
    [Theory]
    [InlineData(1)]
    [InlineData(4)]
    public void A_minimum_group_size_below_five_is_refused(int minimum)
    {
        Assert.Throws<ArgumentOutOfRangeException>("minimumGroupSize", () => SopProtection.Unperturbed(minimum));
        Assert.Throws<ArgumentOutOfRangeException>("minimumGroupSize", () => SopProtection.Perturbed(Key, minimum));
    }

    [Fact]
    public void A_minimum_above_five_is_allowed_and_applies()
    {
        var sop = StrategicTrainingPlan.Aggregate(Many("Sales", "Excel", DevelopmentActivityKind.Training, 6), SopProtection.Unperturbed(7));
        Assert.Equal(7, sop.MinimumGroupSize);
        Assert.Empty(sop.Needs);
        Assert.Equal(1, sop.SuppressedGroups);
    }

    // Attack: "a group of five where four have no cost estimate reveals the fifth's budget".
    [Fact]
    public void Four_of_five_without_a_cost_estimate_withholds_the_cost()
    {
        var plans = Enumerable.Range(0, 5).Select(i => Excel("e" + i, "Sales", i == 0 ? 4321m : null)).ToList();
        foreach (var protection in new[] { Exact, Noisy })
        {
            var need = Assert.Single(StrategicTrainingPlan.Aggregate(plans, protection).Needs);
            Assert.False(need.EstimatedCost.IsPublished);
            Assert.Equal(SopWithholding.TooFewPeople, need.EstimatedCost.Withheld);
            Assert.Throws<InvalidOperationException>(() => need.EstimatedCost.Value);
            Assert.False(need.EstimatedCost.TryGetValue(out _));

            // The four without an estimate are too few to count their activities either; all five gave a time.
            Assert.Equal(SopWithholding.TooFewPeople, need.ActivitiesWithoutCost.Withheld);
            Assert.True(need.EstimatedHours.IsPublished);
        }
    }

    // Attack: "Aggregate(all) minus Aggregate(all but one) gives one person's cost and hours".
    [Fact]
    public void Subtracting_two_reports_that_differ_by_one_person_does_not_give_that_persons_figures()
    {
        var all = Enumerable.Range(0, 6).Select(i => Excel("e" + i, "Sales", 100m + i, Duration.FromHours(10 + i))).ToList();
        var with = Assert.Single(StrategicTrainingPlan.Aggregate(all, Noisy).Needs);
        var without = Assert.Single(StrategicTrainingPlan.Aggregate(all.Take(5), Noisy).Needs);

        decimal cost = with.EstimatedCost.Value - without.EstimatedCost.Value;
        decimal hours = with.EstimatedHours.Value - without.EstimatedHours.Value;
        Assert.NotEqual(105m, cost);
        Assert.NotEqual(15m, hours);

        // The documented bound: the person's figure ± MagnitudeNoise × (largest part in each report), plus rounding.
        Assert.InRange(cost, 105m - (0.25m * (105m + 104m)) - 0.01m, 105m + (0.25m * (105m + 104m)) + 0.01m);
        Assert.InRange(hours, 15m - (0.25m * (15m + 14m)) - 0.01m, 15m + (0.25m * (15m + 14m)) + 0.01m);
        Assert.InRange(with.Employees - without.Employees, 1 - 4, 1 + 4);
    }

    [Fact]
    public void The_same_report_asked_again_has_the_same_noise_so_it_cannot_be_averaged_away()
    {
        var plans = Enumerable.Range(0, 9).Select(i => Excel("e" + i, "Sales", 100m * i)).ToList();
        var first = Assert.Single(StrategicTrainingPlan.Aggregate(plans, Noisy).Needs);
        var again = Assert.Single(StrategicTrainingPlan.Aggregate(Enumerable.Reverse(plans), SopProtection.Perturbed((byte[])Key.Clone())).Needs);
        Assert.Equal(first.EstimatedCost, again.EstimatedCost);
        Assert.Equal(first.EstimatedHours, again.EstimatedHours);
        Assert.Equal((first.Employees, first.Activities), (again.Employees, again.Activities));

        var otherKey = Assert.Single(StrategicTrainingPlan.Aggregate(plans, SopProtection.Perturbed(Enumerable.Repeat((byte)7, 32).ToArray())).Needs);
        Assert.NotEqual(first.EstimatedCost, otherKey.EstimatedCost);
    }

    [Fact]
    public void Without_noise_the_reports_are_exact_and_can_be_subtracted_which_is_why_that_is_opt_in()
    {
        var all = Enumerable.Range(0, 6).Select(i => Excel("e" + i, "Sales", 100m + i)).ToList();
        decimal difference = StrategicTrainingPlan.Aggregate(all, Exact).Needs[0].EstimatedCost.Value - StrategicTrainingPlan.Aggregate(all.Take(5), Exact).Needs[0].EstimatedCost.Value;
        Assert.Equal(105m, difference);
    }

    // Attack: "subtracting known peers from a merged row isolates a one-person department".
    [Fact]
    public void Subtracting_known_peers_from_a_merged_row_does_not_isolate_a_one_person_department()
    {
        var hr = Enumerable.Range(0, 4).Select(i => Excel("hr" + i, "HR", 100m)).ToList();
        var it = Excel("it0", "IT", 777m);
        var sales = Enumerable.Range(0, 5).Select(i => Excel("s" + i, "Sales", 200m)).ToList();
        var sop = StrategicTrainingPlan.Aggregate(hr.Append(it).Concat(sales), Noisy);

        Assert.Equal(2, sop.Needs.Count);
        var merged = sop.Needs.Single(n => n.IsMerged);
        decimal isolated = merged.EstimatedCost.Value - 400m;
        Assert.NotEqual(777m, isolated);
        Assert.InRange(isolated, 777m - (0.25m * 777m) - 0.01m, 777m + (0.25m * 777m) + 0.01m);

        // No complement is published: the plan's total is the sum of the published rows, nothing more,
        // so no published total minus published rows leaves a merged or suppressed group.
        Assert.Equal(sop.Needs.Sum(n => n.EstimatedCost.Value), sop.EstimatedCost.Value);
    }

    // Defect: "StrategicTrainingPlan.Aggregate throws OverflowException on large valid sums".
    [Fact]
    public void Large_sums_do_not_overflow()
    {
        decimal tenth = decimal.MaxValue / 10;
        var ages = Duration.FromDays(3_650_000);
        var big = Enumerable.Range(0, 5).Select(i => Excel("e" + i, "Sales", tenth, ages)).ToList();
        var need = Assert.Single(StrategicTrainingPlan.Aggregate(big, Exact).Needs);
        Assert.Equal(tenth * 5, need.EstimatedCost.Value);
        Assert.Equal(5m * 3_650_000m * 24m, need.EstimatedHours.Value);
        Assert.True(Assert.Single(StrategicTrainingPlan.Aggregate(big, Noisy).Needs).EstimatedCost.IsPublished);

        // Two such rows: the plan's sum of rows would pass decimal.MaxValue, so that figure is withheld.
        var twoRows = big.Concat(Enumerable.Range(0, 5).Select(i => Excel("f" + i, "IT", tenth * 2, ages)));
        var sop = StrategicTrainingPlan.Aggregate(twoRows, Exact);
        Assert.All(sop.Needs, n => Assert.True(n.EstimatedCost.IsPublished));
        Assert.Equal(SopWithholding.TooLarge, sop.EstimatedCost.Withheld);

        // A row whose own sum cannot be a decimal is withheld as too large, not thrown.
        var huge = Enumerable.Range(0, 5).Select(i => Excel("h" + i, "Sales", decimal.MaxValue / 3)).ToList();
        foreach (var protection in new[] { Exact, Noisy })
        {
            Assert.Equal(SopWithholding.TooLarge, Assert.Single(StrategicTrainingPlan.Aggregate(huge, protection).Needs).EstimatedCost.Withheld);
        }
    }

    [Fact]
    public void Figures_say_what_they_are()
    {
        var plans = Enumerable.Range(0, 5).Select(i => Excel("e" + i, "Sales", i == 0 ? 10m : null)).ToList();
        var need = Assert.Single(StrategicTrainingPlan.Aggregate(plans, Exact).Needs);
        Assert.Equal("withheld (TooFewPeople)", need.EstimatedCost.ToString());
        Assert.Equal("20", need.EstimatedHours.ToString());
        Assert.NotEqual(need.EstimatedCost, need.EstimatedHours);
        Assert.Equal(default(SopFigure<int>), SopFigure<int>.Published(0));
        Assert.DoesNotContain("1, 2, 3", SopProtection.Perturbed(Key).ToString(), StringComparison.Ordinal);
    }
}
