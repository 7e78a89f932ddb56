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
    /// <returns>The new plan; rejected with PLAN-R01 when a goal with that id exists, PLAN-R08 on a redacted copy.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="goal"/> is null.</exception>
    public PlanResult AddGoal(DevelopmentGoal goal)
    {
        Guard.Against.Null(goal, nameof(goal));
        if ((Writable() ?? Unique("goal", goal.Id, goals.Any(g => g.Id == goal.Id))) is { } rejection)
        {
            return Rejected(rejection);
        }

        var plan = Copy();
        plan.goals = Append(goals, goal);
        return PlanResult.Accepted(plan);
    }

    /// <summary>Records a goal's status and progress.</summary>
    /// <param name="goalId">The goal.</param>
    /// <param name="status">The new status.</param>
    /// <param name="progressPercent">The progress, 0 to 100 (100 when achieved).</param>
    /// <returns>The new plan; rejected with PLAN-R02 when the plan has no such goal, PLAN-R08 on a redacted copy.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="goalId"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="goalId"/> is blank, or the status and progress do not fit (see <see cref="DevelopmentGoal.WithProgress"/>).</exception>
    public PlanResult UpdateGoal(string goalId, GoalStatus status, int progressPercent)
    {
        Guard.Against.NullOrWhiteSpace(goalId, nameof(goalId));
        int index = -1;
        if ((Writable() ?? Find(goals, g => g.Id == goalId, "goal", goalId, out index)) is { } rejection)
        {
            return Rejected(rejection);
        }

        var updated = goals[index].WithProgress(status, progressPercent);
        var plan = Copy();
        plan.goals = (DevelopmentGoal[])goals.Clone();
        plan.goals[index] = updated;
        return PlanResult.Accepted(plan);
    }

    /// <summary>Adds a development activity for one of the plan's goals.</summary>
    /// <param name="activity">The activity.</param>
    /// <returns>The new plan; rejected with PLAN-R01 when an activity with that id exists, PLAN-R02 when
    /// its goal is not in the plan, PLAN-R08 on a redacted copy.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="activity"/> is null.</exception>
    public PlanResult AddActivity(DevelopmentActivity activity)
    {
        Guard.Against.Null(activity, nameof(activity));
        if ((Writable()
            ?? Unique("activity", activity.Id, activities.Any(a => a.Id == activity.Id))
            ?? Find(goals, g => g.Id == activity.GoalId, "goal", activity.GoalId, out _)) is { } rejection)
        {
            return Rejected(rejection);
        }

        var plan = Copy();
        plan.activities = Append(activities, activity);
        return PlanResult.Accepted(plan);
    }

    /// <summary>Adds a proposed solution for one of the plan's goals; all proposals of a plan share one scale.</summary>
    /// <param name="proposal">The proposal.</param>
    /// <returns>The new plan; rejected with PLAN-R01 when a proposal with that id exists, PLAN-R02 when
    /// its goal is not in the plan, PLAN-R07 when it
    /// is scored on another scale than the plan's earlier proposals, PLAN-R08 on a redacted copy.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="proposal"/> is null.</exception>
    public PlanResult ProposeSolution(SolutionProposal proposal)
    {
        Guard.Against.Null(proposal, nameof(proposal));
        if ((Writable()
            ?? Unique("proposal", proposal.Id, proposals.Any(p => p.Id == proposal.Id))
            ?? Find(goals, g => g.Id == proposal.GoalId, "goal", proposal.GoalId, out _)
            ?? SameScale(proposal.Scale)) is { } rejection)
        {
            return Rejected(rejection);
        }

        var plan = Copy();
        plan.proposals = Append(proposals, proposal);
        return PlanResult.Accepted(plan);
    }

    /// <summary>
    /// Gets the proposal with the greatest effect (E = K × A) for one goal: proposals solve one
    /// development point each, so only proposals for the same point are weighed against each other.
    /// A tie goes to the earliest proposed (the first in <see cref="Proposals"/>).
    /// </summary>
    /// <param name="goalId">The goal (development point).</param>
    /// <returns>The best proposal for that goal; null when it has none (or the plan has no such goal).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="goalId"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="goalId"/> is blank.</exception>
    /// <exception cref="PlanAccessDeniedException">This is a redacted copy without proposals.</exception>
    public SolutionProposal? BestProposalFor(string goalId)
    {
        Guard.Against.NullOrWhiteSpace(goalId, nameof(goalId));
        SolutionProposal? best = null;
        foreach (var p in Proposals)
        {
            if (p.GoalId == goalId && (best is null || p.Effect > best.Effect))
            {
                best = p;
            }
        }

        return best;
    }

    /// <summary>
    /// Gets the best proposal of every goal that has proposals, one per goal, in the order of the
    /// goals' first proposal; within a goal the greatest effect wins and a tie goes to the earliest proposed.
    /// </summary>
    /// <exception cref="PlanAccessDeniedException">This is a redacted copy without proposals.</exception>
    public IReadOnlyList<SolutionProposal> BestProposals
    {
        get
        {
            var best = new List<SolutionProposal>();
            var index = new Dictionary<string, int>(StringComparer.Ordinal);
            foreach (var p in Proposals)
            {
                if (!index.TryGetValue(p.GoalId, out int i))
                {
                    index.Add(p.GoalId, best.Count);
                    best.Add(p);
                }
                else if (p.Effect > best[i].Effect)
                {
                    best[i] = p;
                }
            }

            return best.AsReadOnly();
        }
    }

    /// <summary>PLAN-R07 unless the plan's proposals so far are scored on <paramref name="scale"/> (or there are none).</summary>
    private RuleRejection? SameScale(ScoreScale scale) =>
        proposals.Length == 0 || proposals[0].Scale.Equals(scale)
            ? null
            : Reject("PLAN-R07", ("Scale", scale.ToString()), ("PlanScale", proposals[0].Scale.ToString()));
}
