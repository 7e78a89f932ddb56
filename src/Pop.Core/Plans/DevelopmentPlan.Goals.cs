namespace Pop.Core.Plans;

using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using Ardalis.GuardClauses;
using NodaTime;
using Pop.Core.Conversations;
using Pop.Core.Goals;
using Pop.Core.Internal;

/// <content>Content: goals, development activities and the solution proposals weighed against each other (E = K × A).</content>
public sealed partial class DevelopmentPlan
{
    /// <summary>Adds a development goal.</summary>
    /// <param name="goal">The goal.</param>
    /// <returns>The new plan.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="goal"/> is null.</exception>
    /// <exception cref="PlanRuleException">PLAN-R01: a goal with that id exists; PLAN-R08: this is a redacted copy.</exception>
    public DevelopmentPlan AddGoal(DevelopmentGoal goal)
    {
        Guard.Against.Null(goal, nameof(goal));
        Writable();
        Unique("goal", goal.Id, goals.Any(g => g.Id == goal.Id));
        var plan = Copy();
        plan.goals = Append(goals, goal);
        return plan;
    }

    /// <summary>Records a goal's status and progress.</summary>
    /// <param name="goalId">The goal.</param>
    /// <param name="status">The new status.</param>
    /// <param name="progressPercent">The progress, 0 to 100 (100 when achieved).</param>
    /// <returns>The new plan.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="goalId"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="goalId"/> is blank, or the status and progress do not fit (see <see cref="DevelopmentGoal.WithProgress"/>).</exception>
    /// <exception cref="PlanRuleException">PLAN-R02: no such goal; PLAN-R08: this is a redacted copy.</exception>
    public DevelopmentPlan UpdateGoal(string goalId, GoalStatus status, int progressPercent)
    {
        Guard.Against.NullOrWhiteSpace(goalId, nameof(goalId));
        Writable();
        int index = IndexOf(goals, g => g.Id == goalId, "goal", goalId);
        var plan = Copy();
        plan.goals = (DevelopmentGoal[])goals.Clone();
        plan.goals[index] = goals[index].WithProgress(status, progressPercent);
        return plan;
    }

    /// <summary>Adds a development activity for one of the plan's goals.</summary>
    /// <param name="activity">The activity.</param>
    /// <returns>The new plan.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="activity"/> is null.</exception>
    /// <exception cref="PlanRuleException">PLAN-R01: an activity with that id exists; PLAN-R02: its goal is not in the plan; PLAN-R08: this is a redacted copy.</exception>
    public DevelopmentPlan AddActivity(DevelopmentActivity activity)
    {
        Guard.Against.Null(activity, nameof(activity));
        Writable();
        Unique("activity", activity.Id, activities.Any(a => a.Id == activity.Id));
        IndexOf(goals, g => g.Id == activity.GoalId, "goal", activity.GoalId);
        var plan = Copy();
        plan.activities = Append(activities, activity);
        return plan;
    }

    /// <summary>Adds a proposed solution; all proposals of a plan share one scale.</summary>
    /// <param name="proposal">The proposal.</param>
    /// <returns>The new plan.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="proposal"/> is null.</exception>
    /// <exception cref="PlanRuleException">PLAN-R01: a proposal with that id exists; PLAN-R07: it is scored on another scale than the plan's earlier proposals; PLAN-R08: this is a redacted copy.</exception>
    public DevelopmentPlan ProposeSolution(SolutionProposal proposal)
    {
        Guard.Against.Null(proposal, nameof(proposal));
        Writable();
        Unique("proposal", proposal.Id, proposals.Any(p => p.Id == proposal.Id));
        if (proposals.Length > 0 && !proposals[0].Scale.Equals(proposal.Scale))
        {
            throw Rule("PLAN-R07", ("Scale", proposal.Scale.ToString()), ("PlanScale", proposals[0].Scale.ToString()));
        }

        var plan = Copy();
        plan.proposals = Append(proposals, proposal);
        return plan;
    }
}
