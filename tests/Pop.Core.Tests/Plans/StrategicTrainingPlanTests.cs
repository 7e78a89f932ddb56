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
    internal static DevelopmentPlan PlanFor(string employee, string department, string competency, DevelopmentActivityKind kind, decimal? cost, GoalStatus status = GoalStatus.Planned)
    {
        var plan = DevelopmentPlan.Start("plan-" + employee, employee, "m-" + department, department, PlanSamples.Year2027, null, null)
            .AddGoal(PlanSamples.Goal("g1", competency))
            .AddActivity(new DevelopmentActivity("a1", "g1", kind, "activiteit", cost, Duration.FromHours(4)));
        return status == GoalStatus.Planned ? plan : plan.UpdateGoal("g1", status, status == GoalStatus.Achieved ? 100 : 10);
    }

    private static IEnumerable<DevelopmentPlan> Many(string department, string competency, DevelopmentActivityKind kind, int count, decimal? cost = 100m) =>
        Enumerable.Range(0, count).Select(i => PlanFor($"{department}-{competency}-{kind}-{i}", department, competency, kind, cost));

    [Fact]
    public void Groups_at_the_minimum_are_reported_exactly()
    {
        var sop = StrategicTrainingPlan.Aggregate(Many("Sales", "Presenteren", DevelopmentActivityKind.Training, 5).Concat(Many("IT", "Excel", DevelopmentActivityKind.Coaching, 6, null)));
        Assert.Equal(11, sop.PlanCount);
        Assert.Equal(2, sop.Needs.Count);
        var it = sop.Needs[0];
        Assert.Equal(("IT", "Excel", DevelopmentActivityKind.Coaching, 6, 6, 0m, 6), (it.Department, it.Competency, it.ActivityKind, it.Employees, it.Activities, it.EstimatedCost, it.ActivitiesWithoutCost));
        Assert.Equal(Duration.FromHours(24), it.EstimatedTime);
        Assert.Equal(500m, sop.Needs[1].EstimatedCost);
        Assert.Equal(500m, sop.EstimatedCost);
        Assert.Equal(0, sop.SuppressedGroups);
    }

    [Fact]
    public void Small_groups_merge_across_departments_and_the_rest_is_suppressed()
    {
        var plans = Many("Sales", "Presenteren", DevelopmentActivityKind.Training, 3)
            .Concat(Many("IT", "Presenteren", DevelopmentActivityKind.Training, 2))
            .Concat(Many("HR", "Plannen", DevelopmentActivityKind.Shadowing, 1));
        var sop = StrategicTrainingPlan.Aggregate(plans);
        var merged = Assert.Single(sop.Needs);
        Assert.True(merged.IsMerged);
        Assert.Null(merged.Department);
        Assert.Equal(5, merged.Employees);
        Assert.Equal(500m, merged.EstimatedCost);
        Assert.Equal(1, sop.SuppressedGroups);
    }

    [Fact]
    public void Suppress_mode_reports_no_small_group_at_all()
    {
        var plans = Many("Sales", "Presenteren", DevelopmentActivityKind.Training, 3).Concat(Many("IT", "Presenteren", DevelopmentActivityKind.Training, 2));
        var sop = StrategicTrainingPlan.Aggregate(plans, 5, SmallGroupHandling.Suppress);
        Assert.Empty(sop.Needs);
        Assert.Equal(2, sop.SuppressedGroups);
    }

    [Fact]
    public void One_employee_is_counted_once_per_group_however_many_activities()
    {
        var plans = Many("Sales", "Presenteren", DevelopmentActivityKind.Training, 4).ToList();
        plans[0] = plans[0].AddActivity(new DevelopmentActivity("a2", "g1", DevelopmentActivityKind.Training, "tweede", 50m, null));
        var sop = StrategicTrainingPlan.Aggregate(plans, minimumGroupSize: 4);
        var need = Assert.Single(sop.Needs);
        Assert.Equal(4, need.Employees);
        Assert.Equal(5, need.Activities);
        Assert.Equal(450m, need.EstimatedCost);
        Assert.Equal(1, need.ActivitiesWithoutTime);
    }

    [Fact]
    public void Departments_and_competencies_compare_without_case_and_dropped_goals_do_not_count()
    {
        var plans = new[]
        {
            PlanFor("e1", "Sales", "Presenteren", DevelopmentActivityKind.Training, 1m),
            PlanFor("e2", "sales", "presenteren", DevelopmentActivityKind.Training, 1m),
            PlanFor("e3", "SALES", "Presenteren", DevelopmentActivityKind.Training, 1m, GoalStatus.Dropped),
        };
        var need = Assert.Single(StrategicTrainingPlan.Aggregate(plans, minimumGroupSize: 2).Needs);
        Assert.Equal(("Sales", "Presenteren", 2), (need.Department, need.Competency, need.Employees));
    }

    [Fact]
    public void Bad_input_is_refused()
    {
        var plan = PlanFor("e1", "Sales", "Presenteren", DevelopmentActivityKind.Training, 1m);
        Assert.Throws<ArgumentException>(() => StrategicTrainingPlan.Aggregate(new[] { plan, plan }));
        Assert.Throws<ArgumentException>(() => StrategicTrainingPlan.Aggregate(new[] { plan.RedactFor(ConversationRole.HR) }));
        Assert.Throws<ArgumentException>(() => StrategicTrainingPlan.Aggregate(new[] { plan }, 0));
        Assert.Throws<ArgumentNullException>(() => StrategicTrainingPlan.Aggregate(new DevelopmentPlan[] { null! }));
    }
}
