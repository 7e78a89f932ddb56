namespace Pop.Core.Tests.Plans;

using System.Linq;
using System.Text.Json.Nodes;
using Pop.Core.Conversations;
using Pop.Core.Plans;
using Xunit;

/// <summary>E = K × A per development point: a proposal solves one goal, and the best is chosen per goal.</summary>
public sealed class ProposalPerPointTests
{
    private static SolutionProposal Proposal(string id, string goalId, int k, int a) =>
        new(id, goalId, "oplossing " + id, ConversationRole.Employee, k, a, ScoreScale.Default);

    /// <summary>Full() has g1 with p1 (E 48) and p2 (E 54); this adds g2 with a weaker and a stronger proposal.</summary>
    private static DevelopmentPlan TwoPoints() =>
        PlanSamples.Full()
            .AddGoal(PlanSamples.Goal("g2", "Plannen")).Ok()
            .ProposeSolution(Proposal("p3", "g2", 3, 3)).Ok()
            .ProposeSolution(Proposal("p4", "g2", 5, 5)).Ok();

    [Fact]
    public void A_proposal_names_the_goal_it_solves()
    {
        var plan = TwoPoints();
        Assert.Equal(new[] { "g1", "g1", "g2", "g2" }, plan.Proposals.Select(p => p.GoalId));
    }

    [Fact]
    public void A_proposal_for_a_goal_the_plan_does_not_have_is_refused_with_PLAN_R02()
    {
        Assert.Equal("PLAN-R02", PlanResults.Refused(PlanSamples.Full(), p => p.ProposeSolution(Proposal("p9", "g9", 9, 9))));
    }

    [Fact]
    public void The_best_is_chosen_per_point_so_a_weaker_point_keeps_its_own_best()
    {
        var plan = TwoPoints();

        // p4 (E 25) is far below g1's proposals, yet it is g2's best: it solves another problem.
        Assert.Equal("p2", plan.BestProposalFor("g1")!.Id);
        Assert.Equal("p4", plan.BestProposalFor("g2")!.Id);
        Assert.Equal(new[] { "p2", "p4" }, plan.BestProposals.Select(p => p.Id));
        Assert.Null(plan.BestProposalFor("g9"));
    }

    [Fact]
    public void A_tie_within_a_point_goes_to_the_earliest_proposal()
    {
        var plan = PlanSamples.Full()
            .AddGoal(PlanSamples.Goal("g2", "Plannen")).Ok()
            .ProposeSolution(Proposal("p3", "g2", 6, 4)).Ok()
            .ProposeSolution(Proposal("p4", "g2", 4, 6)).Ok()
            .ProposeSolution(Proposal("p5", "g2", 8, 3)).Ok();
        Assert.Equal("p3", plan.BestProposalFor("g2")!.Id);
        Assert.Equal("p3", plan.BestProposals[1].Id);
    }

    [Fact]
    public void The_scale_rule_PLAN_R07_holds_across_points_so_effects_of_one_plan_stay_comparable()
    {
        var plan = PlanSamples.Full().AddGoal(PlanSamples.Goal("g2", "Plannen")).Ok();
        Assert.Equal("PLAN-R07", PlanResults.Refused(plan, p => p.ProposeSolution(new SolutionProposal("p3", "g2", "x", ConversationRole.Manager, 3, 3, new ScoreScale(1, 5)))));
    }

    [Fact]
    public void A_blank_goal_id_is_an_argument_error()
    {
        Assert.Throws<System.ArgumentException>(() => new SolutionProposal("p", " ", "d", ConversationRole.Employee, 5, 5, ScoreScale.Default));
        Assert.Throws<System.ArgumentNullException>(() => new SolutionProposal("p", null!, "d", ConversationRole.Employee, 5, 5, ScoreScale.Default));
        Assert.Throws<System.ArgumentException>(() => PlanSamples.Full().BestProposalFor(""));
    }

    [Fact]
    public void The_json_carries_each_proposals_goal_and_reads_it_back()
    {
        var plan = TwoPoints();
        string json = DevelopmentPlanJson.Serialize(plan);
        Assert.Contains("\"schema\": \"pop.plan/2\"", json, System.StringComparison.Ordinal);
        var read = DevelopmentPlanJson.Deserialize(json);
        Assert.Equal(plan.Proposals.Select(p => p.GoalId), read.Proposals.Select(p => p.GoalId));
        Assert.Equal(json, DevelopmentPlanJson.Serialize(read));
    }

    [Fact]
    public void A_plan_1_document_attaches_its_proposals_to_the_only_goal()
    {
        var v1 = AsV1(DevelopmentPlanJson.Serialize(PlanSamples.Full()));
        var read = DevelopmentPlanJson.Deserialize(v1);
        Assert.All(read.Proposals, p => Assert.Equal("g1", p.GoalId));
        Assert.Equal("p2", read.BestProposalFor("g1")!.Id);
    }

    [Fact]
    public void A_plan_1_document_with_two_goals_and_proposals_is_a_typed_error_at_the_goal_id()
    {
        var v1 = AsV1(DevelopmentPlanJson.Serialize(TwoPoints()));
        var e = Assert.Throws<DevelopmentPlanJsonException>(() => DevelopmentPlanJson.Deserialize(v1));
        Assert.Equal("$.proposals[0].goalId", e.Path);
    }

    [Fact]
    public void A_plan_2_proposal_without_a_goal_id_is_a_typed_error_at_the_field()
    {
        var node = JsonNode.Parse(DevelopmentPlanJson.Serialize(PlanSamples.Full()))!;
        node["proposals"]![1]!.AsObject().Remove("goalId");
        var e = Assert.Throws<DevelopmentPlanJsonException>(() => DevelopmentPlanJson.Deserialize(node.ToJsonString()));
        Assert.Equal("$.proposals[1].goalId", e.Path);
    }

    /// <summary>The same plan as an old <c>pop.plan/1</c> document: that schema name and proposals without a goal id.</summary>
    private static string AsV1(string json)
    {
        var node = JsonNode.Parse(json)!;
        node["schema"] = "pop.plan/1";
        foreach (var p in node["proposals"]!.AsArray())
        {
            p!.AsObject().Remove("goalId");
        }

        return node.ToJsonString();
    }
}
