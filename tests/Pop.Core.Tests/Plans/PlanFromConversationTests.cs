namespace Pop.Core.Tests.Plans;

using System;
using System.Globalization;
using System.Linq;
using NodaTime;
using NodaTime.Testing;
using Pop.Core.Conversations;
using Pop.Core.Plans;
using Xunit;

public sealed class PlanFromConversationTests
{
    private static readonly DateTimeZone Amsterdam = DateTimeZoneProviders.Tzdb["Europe/Amsterdam"];
    private static readonly ZonedDateTime Monday = new LocalDateTime(2027, 1, 25, 10, 0).InZoneStrictly(Amsterdam);
    private static readonly DateInterval Year = new(new LocalDate(2027, 1, 1), new LocalDate(2027, 12, 31));
    private static readonly CultureInfo Nl = CultureInfo.GetCultureInfo("nl"), En = CultureInfo.GetCultureInfo("en");

    internal static Conversation Closed(LocalDate? deadline = null, string? notSmartReason = null)
    {
        var clock = new FakeClock(Instant.FromUtc(2027, 1, 4, 8, 0), Duration.FromMinutes(1));
        var c = Conversation.Schedule("c1", ConversationModel.EightSteps, "e1", "m1", Monday, null, clock).Conversation;
        c = Ok(c.RecordPreparation(ConversationRole.Employee, new[] { "Opleiding" }, clock, DevelopmentStage.Competent, null));
        c = Ok(c.RecordPreparation(ConversationRole.Manager, new[] { "Superuser" }, clock, DevelopmentStage.Senior, null));
        c = Ok(c.Start(clock));
        c = Ok(c.AdvancePhase(clock));
        c = Ok(c.RecordCurrentState("Goed jaar.", clock));
        c = Ok(c.AdvancePhase(clock));
        c = Ok(c.RecordNeed(ConversationRole.Employee, "Plannen met het nieuwe systeem", clock));
        c = Ok(c.AdvancePhase(clock));
        c = Ok(c.RecordNeed(ConversationRole.Manager, "Een tweede superuser", clock));
        c = Ok(c.AdvancePhase(clock));
        c = Ok(c.RecordAgreement("g1", "e1", "Rondt de e-learning Planning af", deadline ?? new LocalDate(2027, 4, 30), false, clock));
        if (notSmartReason is not null)
        {
            c = Ok(c.AcceptNotSmart("g1", notSmartReason, clock));
        }

        c = Ok(c.AcceptAgreement("g1", ConversationRole.Employee, clock));
        c = Ok(c.AcceptAgreement("g1", ConversationRole.Manager, clock));
        c = Ok(c.AdvancePhase(clock));
        c = Ok(c.RecordAgreement("s1", "m1", "Maakt 4 uur per week vrij", new LocalDate(2027, 4, 30), true, clock));
        c = Ok(c.AcceptAgreement("s1", ConversationRole.Employee, clock));
        c = Ok(c.AcceptAgreement("s1", ConversationRole.Manager, clock));
        c = Ok(c.AdvancePhase(clock));
        c = Ok(c.PlanFollowUp(new LocalDate(2027, 2, 8), clock));
        c = Ok(c.AdvancePhase(clock));
        c = Ok(c.RecordEvaluation("Prettig gesprek.", clock));
        return Ok(c.Close(clock));
    }

    [Fact]
    public void A_plan_from_a_closed_conversation_carries_its_agreements_needs_and_stages()
    {
        var conversation = Closed();
        var result = DevelopmentPlan.FromConversation("p1", conversation, "Planning", Year);
        Assert.True(result.IsAccepted, result.Rejection?.ToString());
        var plan = result.Plan;
        Assert.Equal(("e1", "m1", "c1", 1), (plan.EmployeeId, plan.ManagerId, plan.ConversationId, plan.Version));
        Assert.Equal(new[] { "g1", "s1" }, plan.Agreements.Select(a => a.Id));
        Assert.True(plan.IsAgreed);
        Assert.Equal(conversation.Agreements[0].EmployeeAcceptedAt, plan.Agreements[0].EmployeeAcceptedAt);
        Assert.True(plan.Agreements[1].IsSupport);
        Assert.Equal(new[] { "Plannen met het nieuwe systeem" }, plan.EmployeeNeeds);
        Assert.Equal(new[] { "Een tweede superuser" }, plan.OrganisationNeeds);
        Assert.Equal(DevelopmentStage.Competent, plan.EmployeeStage);
        Assert.Equal(DevelopmentStage.Senior, plan.ManagerStage);
        Assert.True(plan.DriftFrom(conversation).IsEmpty);
    }

    [Fact]
    public void The_reason_for_keeping_an_agreement_that_is_not_SMART_comes_along_and_is_stored()
    {
        var conversation = Closed(notSmartReason: "Het doel is bewust open: eerst verkennen.");
        var plan = DevelopmentPlan.FromConversation("p1", conversation, "Planning", Year).Plan;
        Assert.Equal("Het doel is bewust open: eerst verkennen.", plan.Agreements[0].NotSmartReason);
        var read = DevelopmentPlanJson.Deserialize(DevelopmentPlanJson.Serialize(plan));
        Assert.Equal("Het doel is bewust open: eerst verkennen.", read.Agreements[0].NotSmartReason);
    }

    [Fact]
    public void A_deadline_outside_the_period_is_refused_with_PLAN_R05_naming_the_agreement()
    {
        var conversation = Closed(deadline: new LocalDate(2028, 3, 1));
        var result = DevelopmentPlan.FromConversation("p1", conversation, "Planning", Year);
        Assert.False(result.IsAccepted);
        Assert.Equal("PLAN-R05", result.Rejection!.Code);
        Assert.Equal("g1", result.Rejection.Arguments["Id"]);
        Assert.Equal("2028-03-01", result.Rejection.Arguments["Date"]);
        Assert.Empty(result.Plan.Agreements);
        Assert.Empty(result.Plan.EmployeeNeeds);
        Assert.Equal(2, conversation.Agreements.Count);
    }

    [Fact]
    public void Only_a_closed_conversation_makes_a_plan()
    {
        var clock = new FakeClock(Instant.FromUtc(2027, 1, 4, 8, 0));
        var open = Conversation.Schedule("c2", ConversationModel.EightSteps, "e1", "m1", Monday, null, clock).Conversation;
        var error = Assert.Throws<ArgumentException>(() => DevelopmentPlan.FromConversation("p1", open, "Planning", Year));
        Assert.Equal("conversation", error.ParamName);
        Assert.Throws<ArgumentNullException>(() => DevelopmentPlan.FromConversation("p1", null!, "Planning", Year));
        Assert.Throws<ArgumentException>(() => DevelopmentPlan.FromConversation(" ", Closed(), "Planning", Year));
    }

    [Fact]
    public void Needs_and_stages_survive_the_JSON_round_trip_and_a_schema_1_document_still_reads()
    {
        var plan = DevelopmentPlan.FromConversation("p1", Closed(), "Planning", Year).Plan;
        var json = DevelopmentPlanJson.Serialize(plan);
        Assert.Contains("\"pop.plan/2\"", json, StringComparison.Ordinal);
        var read = DevelopmentPlanJson.Deserialize(json);
        Assert.Equal(plan.EmployeeNeeds, read.EmployeeNeeds);
        Assert.Equal(plan.OrganisationNeeds, read.OrganisationNeeds);
        Assert.Equal((plan.EmployeeStage, plan.ManagerStage), (read.EmployeeStage, read.ManagerStage));

        var old = DevelopmentPlanJson.Serialize(DevelopmentPlan.Start("p1", "e1", "m1", "Planning", Year, null, null)).Replace("pop.plan/2", "pop.plan/1", StringComparison.Ordinal);
        var oldPlan = DevelopmentPlanJson.Deserialize(old);
        Assert.Empty(oldPlan.EmployeeNeeds);
        Assert.Null(oldPlan.EmployeeStage);
        Assert.Throws<DevelopmentPlanJsonException>(() => DevelopmentPlanJson.Deserialize(json.Replace("\"Competent\"", "\"Guru\"", StringComparison.Ordinal)));
        Assert.Throws<DevelopmentPlanJsonException>(() => DevelopmentPlanJson.Deserialize(json.Replace("pop.plan/2", "pop.plan/3", StringComparison.Ordinal)));
    }

    [Fact]
    public void The_drift_check_lists_every_difference_with_texts_in_Dutch_and_English()
    {
        var conversation = Closed();
        var plan = DevelopmentPlan.Start("p1", "e1", "m1", "Planning", Year, "c9", null);
        plan = plan.AddAgreement(new Agreement("g1", "m1", "Rondt de e-learning Planning af", new LocalDate(2027, 5, 31), false)).Plan;
        plan = plan.AddAgreement(new Agreement("x1", "e1", "Loopt een week mee met de planner", new LocalDate(2027, 6, 30), false)).Plan;

        var drift = plan.DriftFrom(conversation);
        Assert.False(drift.IsEmpty);
        Assert.Equal(new[] { "PLAN-D04", "PLAN-D03", "PLAN-D03", "PLAN-D01", "PLAN-D02", "PLAN-D05", "PLAN-D06", "PLAN-D07", "PLAN-D07" }, drift.Differences.Select(d => d.Code));
        Assert.Equal(new[] { "Who", "When" }, drift.Differences.Where(d => d.Code == "PLAN-D03").Select(d => d.Arguments["Field"]));
        Assert.Equal("s1", drift.Differences[3].AgreementId);
        Assert.Equal("x1", drift.Differences[4].AgreementId);
        Assert.Equal("Afspraak 'g1' verschilt in wie: in het plan 'm1', in het gesprek 'e1'.", drift.Differences[1].Message(Nl));
        Assert.Equal("Agreement 'g1' differs in when: '2027-05-31' in the plan, '2027-04-30' in the conversation.", drift.Differences[2].Message(En));
        Assert.Equal("Het plan hoort bij gesprek 'c9', niet bij gesprek 'c1'.", drift.Describe(Nl)[0]);
        Assert.Equal(9, drift.Describe(En).Count);
        Assert.Equal("De ontwikkelfase volgens de medewerker verschilt: in het plan niet gegeven, in het gesprek Vakvolwassen.", drift.Differences[7].Message(Nl));
        Assert.Equal("The organisation's needs differ: '' in the plan, 'Een tweede superuser' in the conversation.", drift.Differences[6].Message(En));

        var same = DevelopmentPlan.FromConversation("p1", conversation, "Planning", Year).Plan;
        Assert.Equal(new[] { "Plan en gesprek komen overeen: geen verschillen." }, PlanDrift.Between(same, conversation).Describe(Nl));
        Assert.Throws<ArgumentNullException>(() => same.DriftFrom(null!));
        Assert.Throws<ArgumentNullException>(() => PlanDrift.Between(null!, conversation));
    }

    private static Conversation Ok(ConversationResult r)
    {
        Assert.True(r.IsAccepted, r.Rejection?.ToString());
        return r.Conversation;
    }
}
