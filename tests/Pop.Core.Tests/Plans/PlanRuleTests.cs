namespace Pop.Core.Tests.Plans;

using System;
using System.Collections.Generic;
using System.Linq;
using NodaTime;
using Pop.Core.Conversations;
using Pop.Core.Goals;
using Pop.Core.Plans;
using Xunit;

/// <summary>
/// Every plan rule in both directions: the command that keeps the rule is accepted and changes the
/// plan; the one that breaks it is refused with the rule's code, and the plan is the very same one.
/// Each pair differs in the one value the rule is about.
/// </summary>
public sealed class PlanRuleTests
{
    private static readonly DateInterval Year2028 = new(new LocalDate(2028, 1, 1), new LocalDate(2028, 12, 31));

    [Fact]
    public void R01_ids_are_unique_within_a_plan()
    {
        var plan = PlanSamples.Full();
        Assert.Equal(2, plan.AddGoal(PlanSamples.Goal("g2")).Ok().Goals.Count);
        Assert.Equal("PLAN-R01", PlanResults.Refused(plan, p => p.AddGoal(PlanSamples.Goal("g1"))));

        var activity = new DevelopmentActivity("a3", "g1", DevelopmentActivityKind.Project, "x", null, null);
        Assert.Equal(3, plan.AddActivity(activity).Ok().Activities.Count);
        Assert.Equal("PLAN-R01", PlanResults.Refused(plan, p => p.AddActivity(new DevelopmentActivity("a1", "g1", DevelopmentActivityKind.Project, "x", null, null))));

        Assert.Equal(3, plan.AddAgreement(new Agreement("w2", "a", "b", new LocalDate(2027, 5, 1), false)).Ok().Agreements.Count);
        Assert.Equal("PLAN-R01", PlanResults.Refused(plan, p => p.AddAgreement(new Agreement("w1", "a", "b", new LocalDate(2027, 5, 1), false))));

        Assert.Equal(3, plan.ProposeSolution(new SolutionProposal("p3", "g1", "x", ConversationRole.Manager, 3, 3, ScoreScale.Default)).Ok().Proposals.Count);
        Assert.Equal("PLAN-R01", PlanResults.Refused(plan, p => p.ProposeSolution(new SolutionProposal("p1", "g1", "x", ConversationRole.Manager, 3, 3, ScoreScale.Default))));

        Assert.Equal(2, plan.RecordAssessment(new AssessmentResult("r2", "x", "y", new LocalDate(2027, 1, 1))).Ok().AssessmentResults.Count);
        Assert.Equal("PLAN-R01", PlanResults.Refused(plan, p => p.RecordAssessment(new AssessmentResult("r1", "x", "y", new LocalDate(2027, 1, 1)))));
    }

    [Fact]
    public void R02_a_reference_names_something_the_plan_holds()
    {
        var clock = PlanSamples.Clock();
        var plan = PlanSamples.Full(clock);
        Assert.Equal(GoalStatus.InProgress, plan.UpdateGoal("g1", GoalStatus.InProgress, 10).Ok().Goals[0].Status);
        Assert.Equal("PLAN-R02", PlanResults.Refused(plan, p => p.UpdateGoal("g9", GoalStatus.InProgress, 10)));

        Assert.Equal(3, plan.AddActivity(new DevelopmentActivity("a9", "g1", DevelopmentActivityKind.Project, "x", null, null)).Ok().Activities.Count);
        Assert.Equal("PLAN-R02", PlanResults.Refused(plan, p => p.AddActivity(new DevelopmentActivity("a9", "g9", DevelopmentActivityKind.Project, "x", null, null))));

        Assert.NotNull(plan.AcceptAgreement("w1", ConversationRole.Employee, clock).Ok().Agreements[0].EmployeeAcceptedAt);
        Assert.Equal("PLAN-R02", PlanResults.Refused(plan, p => p.AcceptAgreement("w9", ConversationRole.Employee, clock)));

        Assert.Equal(2, plan.RecordInterimCheck(new LocalDate(2027, 9, 6), new[] { new AgreementProgress("s1", 80, null) }, null).Ok().InterimChecks.Count);
        Assert.Equal("PLAN-R02", PlanResults.Refused(plan, p => p.RecordInterimCheck(new LocalDate(2027, 9, 6), new[] { new AgreementProgress("w9", 80, null) }, null)));
    }

    [Theory]
    [InlineData(ConversationRole.HR)]
    [InlineData(ConversationRole.Coach)]
    public void R03_only_the_employee_and_the_manager_accept_an_agreement(ConversationRole other)
    {
        var clock = PlanSamples.Clock();
        var plan = PlanSamples.Full(clock);
        Assert.NotNull(plan.AcceptAgreement("w1", ConversationRole.Employee, clock).Ok().Agreements[0].EmployeeAcceptedAt);
        Assert.NotNull(plan.AcceptAgreement("w1", ConversationRole.Manager, clock).Ok().Agreements[0].ManagerAcceptedAt);
        Assert.Equal("PLAN-R03", PlanResults.Refused(plan, p => p.AcceptAgreement("w1", other, clock)));
    }

    [Fact]
    public void R04_each_party_accepts_once()
    {
        var clock = PlanSamples.Clock();
        var byEmployee = PlanSamples.Full(clock).AcceptAgreement("w1", ConversationRole.Employee, clock).Ok();
        Assert.True(byEmployee.AcceptAgreement("w1", ConversationRole.Manager, clock).Ok().Agreements[0].IsAcceptedByBoth);
        Assert.Equal("PLAN-R04", PlanResults.Refused(byEmployee, p => p.AcceptAgreement("w1", ConversationRole.Employee, clock)));
    }

    [Fact]
    public void R05_dates_lie_inside_the_plan_period()
    {
        var plan = PlanSamples.Full();
        Assert.Equal(new LocalDate(2027, 12, 31), plan.Schedule(new LocalDate(2027, 12, 31), Array.Empty<LocalDate>()).Ok().FollowUpOn);
        Assert.Equal("PLAN-R05", PlanResults.Refused(plan, p => p.Schedule(new LocalDate(2028, 1, 1), Array.Empty<LocalDate>())));
        Assert.Equal("PLAN-R05", PlanResults.Refused(plan, p => p.Schedule(null, new[] { new LocalDate(2027, 6, 1), new LocalDate(2026, 12, 31) })));

        Assert.Equal(2, plan.RecordInterimCheck(new LocalDate(2027, 12, 31), Array.Empty<AgreementProgress>(), null).Ok().InterimChecks.Count);
        Assert.Equal("PLAN-R05", PlanResults.Refused(plan, p => p.RecordInterimCheck(new LocalDate(2028, 1, 1), Array.Empty<AgreementProgress>(), null)));
    }

    [Fact]
    public void R06_a_consent_that_holds_is_not_given_again()
    {
        var clock = PlanSamples.Clock();
        var plan = PlanSamples.Full(clock).GrantAssessmentConsent(ConversationRole.HR, clock).Ok();
        Assert.Equal(2, plan.GrantAssessmentConsent(ConversationRole.Manager, clock).Ok().Consents.Count);
        Assert.Equal("PLAN-R06", PlanResults.Refused(plan, p => p.GrantAssessmentConsent(ConversationRole.HR, clock)));
    }

    [Fact]
    public void R07_proposals_share_one_scale()
    {
        var plan = PlanSamples.Full();
        Assert.Equal(3, plan.ProposeSolution(new SolutionProposal("p3", "g1", "x", ConversationRole.Manager, 3, 3, ScoreScale.Default)).Ok().Proposals.Count);
        Assert.Equal("PLAN-R07", PlanResults.Refused(plan, p => p.ProposeSolution(new SolutionProposal("p3", "g1", "x", ConversationRole.Manager, 3, 3, new ScoreScale(1, 5)))));
    }

    public static TheoryData<string> Commands() => new() { "AddGoal", "UpdateGoal", "AddActivity", "ProposeSolution", "AddAgreement", "AcceptAgreement", "Schedule", "RecordInterimCheck", "RecordAssessment", "Grant", "Withdraw", "AddManagerNote", "Revise" };

    [Theory]
    [MemberData(nameof(Commands))]
    public void R08_every_command_is_refused_on_a_redacted_copy_and_accepted_on_the_full_plan(string command)
    {
        var clock = PlanSamples.Clock();
        var full = PlanSamples.Full(clock).GrantAssessmentConsent(ConversationRole.Coach, clock).Ok();
        Func<DevelopmentPlan, PlanResult> run = command switch
        {
            "AddGoal" => p => p.AddGoal(PlanSamples.Goal("g2")),
            "UpdateGoal" => p => p.UpdateGoal("g1", GoalStatus.InProgress, 20),
            "AddActivity" => p => p.AddActivity(new DevelopmentActivity("a3", "g1", DevelopmentActivityKind.Project, "x", null, null)),
            "ProposeSolution" => p => p.ProposeSolution(new SolutionProposal("p3", "g1", "x", ConversationRole.Manager, 3, 3, ScoreScale.Default)),
            "AddAgreement" => p => p.AddAgreement(new Agreement("w2", "a", "b", new LocalDate(2027, 5, 1), false)),
            "AcceptAgreement" => p => p.AcceptAgreement("w1", ConversationRole.Employee, clock),
            "Schedule" => p => p.Schedule(new LocalDate(2027, 2, 9), Array.Empty<LocalDate>()),
            "RecordInterimCheck" => p => p.RecordInterimCheck(new LocalDate(2027, 9, 6), Array.Empty<AgreementProgress>(), null),
            "RecordAssessment" => p => p.RecordAssessment(new AssessmentResult("r2", "x", "y", new LocalDate(2027, 1, 1))),
            "Grant" => p => p.GrantAssessmentConsent(ConversationRole.HR, clock),
            "Withdraw" => p => p.WithdrawAssessmentConsent(ConversationRole.Coach, clock),
            "AddManagerNote" => p => p.AddManagerNote("x", clock),
            _ => p => p.Revise(Year2028, null),
        };

        Assert.NotSame(full, run(full).Ok());
        foreach (var role in new[] { ConversationRole.Employee, ConversationRole.Manager, ConversationRole.HR, ConversationRole.Coach })
        {
            var copy = full.RedactFor(role);
            Assert.Equal("PLAN-R08", PlanResults.Refused(copy, run));
            Assert.Equal(role.ToString(), run(copy).Rejection!.Arguments["Role"]);
        }
    }

    [Fact]
    public void R09_a_revision_starts_after_the_version_it_revises()
    {
        var plan = PlanSamples.Full();
        Assert.Equal(2, plan.Revise(new DateInterval(new LocalDate(2027, 1, 2), new LocalDate(2027, 12, 31)), null).Ok().Version);
        Assert.Equal("PLAN-R09", PlanResults.Refused(plan, p => p.Revise(new DateInterval(new LocalDate(2027, 1, 1), new LocalDate(2027, 12, 31)), null)));
    }

    [Fact]
    public void R10_interim_checks_go_forward_in_date_order()
    {
        var plan = PlanSamples.Full(); // last check on 2027-05-03
        Assert.Equal(2, plan.RecordInterimCheck(new LocalDate(2027, 5, 3), Array.Empty<AgreementProgress>(), null).Ok().InterimChecks.Count);
        Assert.Equal("PLAN-R10", PlanResults.Refused(plan, p => p.RecordInterimCheck(new LocalDate(2027, 5, 2), Array.Empty<AgreementProgress>(), null)));
    }

    [Fact]
    public void R11_only_a_consent_that_holds_is_withdrawn()
    {
        var clock = PlanSamples.Clock();
        var plan = PlanSamples.Full(clock);
        var consented = plan.GrantAssessmentConsent(ConversationRole.HR, clock).Ok();
        Assert.False(consented.WithdrawAssessmentConsent(ConversationRole.HR, clock).Ok().Consents.Single().IsActive);
        Assert.Equal("PLAN-R11", PlanResults.Refused(plan, p => p.WithdrawAssessmentConsent(ConversationRole.HR, clock)));
        Assert.Equal("PLAN-R11", PlanResults.Refused(consented, p => p.WithdrawAssessmentConsent(ConversationRole.Manager, clock)));
    }

    [Fact]
    public void R12_time_stamps_do_not_go_back()
    {
        var clock = PlanSamples.Clock();
        var plan = PlanSamples.Full(clock).GrantAssessmentConsent(ConversationRole.HR, clock).Ok();
        var last = clock.GetCurrentInstant();
        clock.Reset(last);
        Assert.Equal(2, plan.AddManagerNote("zelfde moment", clock).Ok().ManagerNotes.Count);
        Assert.True(plan.GrantAssessmentConsent(ConversationRole.Manager, clock).IsAccepted);

        clock.Reset(last - Duration.FromMinutes(10));
        clock.AutoAdvance = Duration.Zero;
        Assert.Equal("PLAN-R12", PlanResults.Refused(plan, p => p.AddManagerNote("te vroeg", clock)));
        Assert.Equal("PLAN-R12", PlanResults.Refused(plan, p => p.GrantAssessmentConsent(ConversationRole.Manager, clock)));
        Assert.Equal("PLAN-R12", PlanResults.Refused(plan, p => p.WithdrawAssessmentConsent(ConversationRole.HR, clock)));
    }

    [Fact]
    public void Every_plan_rule_has_a_code_with_dutch_and_english_text()
    {
        var codes = Enumerable.Range(1, 12).Select(i => $"PLAN-R{i:D2}").ToList();
        Assert.All(codes, c => Assert.True(Pop.Core.Texts.TextCatalog.Default.Contains(c), c));
    }

    [Fact]
    public void Arguments_that_are_programming_errors_still_throw_and_change_nothing()
    {
        var clock = PlanSamples.Clock();
        var plan = PlanSamples.Full(clock);
        string before = DevelopmentPlanJson.Serialize(plan);
        Assert.Throws<ArgumentNullException>(() => plan.AddGoal(null!));
        Assert.Throws<ArgumentException>(() => plan.UpdateGoal(" ", GoalStatus.InProgress, 1));
        Assert.Throws<ArgumentOutOfRangeException>(() => plan.UpdateGoal("g1", GoalStatus.Achieved, 50));
        Assert.Throws<System.ComponentModel.InvalidEnumArgumentException>(() => plan.AcceptAgreement("w1", (ConversationRole)99, clock));
        Assert.Throws<ArgumentNullException>(() => plan.AcceptAgreement("w1", ConversationRole.Employee, null!));
        Assert.Throws<ArgumentException>(() => plan.GrantAssessmentConsent(ConversationRole.Employee, clock));
        Assert.Throws<ArgumentNullException>(() => plan.Schedule(null, null!));
        Assert.Throws<KeyNotFoundException>(() => plan.ProgressOf("w9", new LocalDate(2027, 6, 1)));
        Assert.Equal(before, DevelopmentPlanJson.Serialize(plan));
    }
}
