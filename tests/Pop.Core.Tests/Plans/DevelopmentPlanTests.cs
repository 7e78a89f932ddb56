namespace Pop.Core.Tests.Plans;

using System;
using System.Collections.Generic;
using System.ComponentModel;
using System.Globalization;
using System.Linq;
using NodaTime;
using Pop.Core.Conversations;
using Pop.Core.Goals;
using Pop.Core.Plans;
using Xunit;

public sealed class DevelopmentPlanTests
{
    [Fact]
    public void A_plan_runs_from_goals_to_agreements_accepted_by_both()
    {
        var clock = PlanSamples.Clock();
        var plan = PlanSamples.Full(clock);
        Assert.False(plan.IsAgreed);

        plan = plan.AcceptAgreement("w1", ConversationRole.Employee, clock).Ok()
            .AcceptAgreement("w1", ConversationRole.Manager, clock).Ok()
            .AcceptAgreement("s1", ConversationRole.Employee, clock).Ok();
        Assert.False(plan.IsAgreed);
        plan = plan.AcceptAgreement("s1", ConversationRole.Manager, clock).Ok();

        Assert.True(plan.IsAgreed);
        var w1 = plan.Agreements.Single(a => a.Id == "w1");
        Assert.NotNull(w1.EmployeeAcceptedAt);
        Assert.True(w1.ManagerAcceptedAt > w1.EmployeeAcceptedAt);
    }

    [Fact]
    public void Commands_leave_the_original_plan_unchanged()
    {
        var plan = PlanSamples.Empty();
        var withGoal = plan.AddGoal(PlanSamples.Goal()).Ok();
        Assert.Empty(plan.Goals);
        Assert.Single(withGoal.Goals);
    }

    [Fact]
    public void Only_the_employee_and_the_manager_accept_and_each_only_once()
    {
        var clock = PlanSamples.Clock();
        var plan = PlanSamples.Full(clock);
        Assert.Equal("PLAN-R03", PlanResults.Refused(plan, p => p.AcceptAgreement("w1", ConversationRole.HR, clock)));
        Assert.Equal("PLAN-R03", PlanResults.Refused(plan, p => p.AcceptAgreement("w1", ConversationRole.Coach, clock)));
        var once = plan.AcceptAgreement("w1", ConversationRole.Employee, clock).Ok();
        Assert.Equal("PLAN-R04", PlanResults.Refused(once, p => p.AcceptAgreement("w1", ConversationRole.Employee, clock)));
        Assert.Equal("PLAN-R02", PlanResults.Refused(plan, p => p.AcceptAgreement("nope", ConversationRole.Employee, clock)));
    }

    [Fact]
    public void Duplicate_and_unknown_ids_are_rejections_that_name_the_id()
    {
        var plan = PlanSamples.Full();
        var duplicate = plan.AddGoal(PlanSamples.Goal("g1")).Rejection!;
        Assert.Equal("PLAN-R01", duplicate.Code);
        Assert.Equal("g1", duplicate.Arguments["Id"]);
        Assert.Contains("g1", duplicate.Message(CultureInfo.GetCultureInfo("en")), StringComparison.Ordinal);
        Assert.Equal("PLAN-R02", PlanResults.Refused(plan, p => p.AddActivity(new DevelopmentActivity("a9", "g9", DevelopmentActivityKind.Project, "x", null, null))));
        Assert.Equal("PLAN-R02", PlanResults.Refused(plan, p => p.UpdateGoal("g9", GoalStatus.InProgress, 10)));
        Assert.Equal("PLAN-R01", PlanResults.Refused(plan, p => p.AddAgreement(new Agreement("w1", "a", "b", new LocalDate(2027, 5, 1), false))));
        Assert.Equal("PLAN-R01", PlanResults.Refused(plan, p => p.RecordAssessment(new AssessmentResult("r1", "x", "y", new LocalDate(2027, 1, 1)))));
    }

    [Fact]
    public void Rule_errors_render_in_dutch_and_english()
    {
        var e = PlanSamples.Full().AddGoal(PlanSamples.Goal()).Rejection!;
        Assert.Contains("Er is al een goal met id 'g1'", e.Message(CultureInfo.GetCultureInfo("nl")), StringComparison.Ordinal);
        Assert.Contains("already has a goal with id 'g1'", e.Message(CultureInfo.GetCultureInfo("en")), StringComparison.Ordinal);
    }

    [Fact]
    public void Activities_need_a_kind_training_is_not_the_default()
    {
        Assert.Throws<InvalidEnumArgumentException>(() => new DevelopmentActivity("a", "g", default, "x", null, null));
        Assert.False(Enum.IsDefined(typeof(DevelopmentActivityKind), 0));
        Assert.Equal(10, Enum.GetValues(typeof(DevelopmentActivityKind)).Length);
    }

    [Fact]
    public void Bad_arguments_are_argument_errors()
    {
        Assert.Throws<ArgumentException>(() => new DevelopmentActivity("a", "g", DevelopmentActivityKind.Training, "x", -1m, null));
        Assert.Throws<ArgumentException>(() => new DevelopmentActivity("a", "g", DevelopmentActivityKind.Training, "x", null, Duration.FromHours(-1)));
        Assert.Throws<ArgumentException>(() => new DevelopmentGoal(" ", "t", DevelopmentGoalKind.Improve, DevelopmentFocus.Skills, "c", "b", "b", null));
        Assert.Throws<ArgumentOutOfRangeException>(() => new AgreementProgress("w1", 101, null));
        Assert.Throws<ArgumentOutOfRangeException>(() => PlanSamples.Goal().WithProgress(GoalStatus.Achieved, 90));
        Assert.Throws<ArgumentOutOfRangeException>(() => new SolutionProposal("p", "g1", "d", ConversationRole.Employee, 11, 5, ScoreScale.Default));
        Assert.Throws<ArgumentException>(() => new ScoreScale(5, 5));
        Assert.Throws<ArgumentException>(() => DevelopmentPlan.Start("p", "e1", "e1", "Sales", PlanSamples.Year2027, null, null));
        Assert.Throws<ArgumentException>(() => PlanSamples.Full().RecordInterimCheck(new LocalDate(2027, 6, 1), new[] { new AgreementProgress("w1", 1, null), new AgreementProgress("w1", 2, null) }, null));
    }

    [Fact]
    public void E_is_K_times_A_and_the_best_proposal_wins_on_effect_not_quality()
    {
        var plan = PlanSamples.Full();
        Assert.Equal(48, plan.Proposals[0].Effect);
        Assert.Equal(54, plan.Proposals[1].Effect);
        Assert.Equal("p2", plan.BestProposalFor("g1")!.Id);
        Assert.Equal(new[] { "p2" }, plan.BestProposals.Select(p => p.Id));
        Assert.Null(PlanSamples.Empty().BestProposalFor("g1"));
        Assert.Empty(PlanSamples.Empty().BestProposals);
    }

    [Fact]
    public void Proposals_of_one_plan_share_one_scale()
    {
        Assert.Equal("PLAN-R07", PlanResults.Refused(PlanSamples.Full(), p => p.ProposeSolution(new SolutionProposal("p3", "g1", "x", ConversationRole.Manager, 3, 3, new ScoreScale(1, 5)))));
    }

    [Fact]
    public void Dates_must_lie_in_the_plan_period_and_checks_go_forward()
    {
        var plan = PlanSamples.Full();
        Assert.Equal("PLAN-R05", PlanResults.Refused(plan, p => p.Schedule(new LocalDate(2028, 1, 5), Array.Empty<LocalDate>())));
        Assert.Equal("PLAN-R05", PlanResults.Refused(plan, p => p.RecordInterimCheck(new LocalDate(2026, 12, 1), Array.Empty<AgreementProgress>(), null)));
        Assert.Equal("PLAN-R10", PlanResults.Refused(plan, p => p.RecordInterimCheck(new LocalDate(2027, 4, 1), Array.Empty<AgreementProgress>(), null)));
        Assert.Equal("PLAN-R02", PlanResults.Refused(plan, p => p.RecordInterimCheck(new LocalDate(2027, 9, 6), new[] { new AgreementProgress("w9", 5, null) }, null)));
        Assert.Equal(new[] { new LocalDate(2027, 5, 3), new LocalDate(2027, 9, 6) }, plan.PlannedChecks);
        Assert.Equal(new LocalDate(2027, 2, 8), plan.FollowUpOn);
    }

    [Fact]
    public void Progress_comes_from_the_last_check_on_or_before_the_date()
    {
        var plan = PlanSamples.Full().RecordInterimCheck(new LocalDate(2027, 9, 6), new[] { new AgreementProgress("s1", 80, null) }, "goed op weg").Ok();
        Assert.Equal(0, plan.ProgressOf("s1", new LocalDate(2027, 5, 2)));
        Assert.Equal(50, plan.ProgressOf("s1", new LocalDate(2027, 5, 3)));
        Assert.Equal(80, plan.ProgressOf("s1", new LocalDate(2027, 12, 1)));
        Assert.Equal(100, plan.ProgressOf("w1", new LocalDate(2027, 12, 1)));
        // A question about an agreement the caller did not take from the plan is a programming error.
        Assert.StartsWith("PLAN-R02", Assert.Throws<KeyNotFoundException>(() => plan.ProgressOf("x", new LocalDate(2027, 12, 1))).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Overdue_agreements_are_those_past_their_date_and_not_reported_done()
    {
        var plan = PlanSamples.Full();
        // s1 is due 28 Feb, w1 on 31 Mar; w1 is reported done on 3 May, s1 only half.
        Assert.Empty(plan.OverdueAgreements(new LocalDate(2027, 2, 28)));
        Assert.Equal(new[] { "s1" }, plan.OverdueAgreements(new LocalDate(2027, 3, 1)).Select(a => a.Id));
        Assert.Equal(new[] { "w1", "s1" }, plan.OverdueAgreements(new LocalDate(2027, 4, 1)).Select(a => a.Id));
        Assert.Equal(new[] { "s1" }, plan.OverdueAgreements(new LocalDate(2027, 5, 3)).Select(a => a.Id));
    }

    [Fact]
    public void Goals_carry_status_and_progress()
    {
        var plan = PlanSamples.Full().UpdateGoal("g1", GoalStatus.InProgress, 40).Ok();
        Assert.Equal(GoalStatus.InProgress, plan.Goals[0].Status);
        Assert.Equal(40, plan.Goals[0].ProgressPercent);
        Assert.Equal("c-2027", plan.Goals[0].ConversationId);
    }

    [Fact]
    public void A_revision_keeps_the_previous_version_and_carries_open_goals()
    {
        var plan = PlanSamples.Full()
            .AddGoal(PlanSamples.Goal("g2", "Excel")).Ok()
            .AddGoal(PlanSamples.Goal("g3", "Plannen")).Ok()
            .UpdateGoal("g2", GoalStatus.Achieved, 100).Ok()
            .UpdateGoal("g3", GoalStatus.InProgress, 30).Ok();
        var next = plan.Revise(new DateInterval(new LocalDate(2028, 1, 1), new LocalDate(2028, 12, 31)), "c-2028").Ok();

        Assert.Equal(2, next.Version);
        Assert.Equal(plan.Id, next.Id);
        Assert.Same(plan, next.PreviousVersion);
        Assert.Equal(new[] { "g1", "g3" }, next.Goals.Select(g => g.Id));
        Assert.Equal(30, next.Goals[1].ProgressPercent);
        Assert.Empty(next.Agreements);
        Assert.Empty(next.ManagerNotes);
        Assert.Empty(next.Consents);
        Assert.Equal("PLAN-R09", PlanResults.Refused(plan, p => p.Revise(PlanSamples.Year2027, null)));
    }
}
