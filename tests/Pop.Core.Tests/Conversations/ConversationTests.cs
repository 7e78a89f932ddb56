namespace Pop.Core.Tests.Conversations;

using System;
using System.Globalization;
using System.Linq;
using NodaTime;
using NodaTime.Testing;
using Pop.Core.Conversations;
using Xunit;

public sealed class ConversationTests
{
    private static readonly DateTimeZone Amsterdam = DateTimeZoneProviders.Tzdb["Europe/Amsterdam"];
    private static readonly FakeClock Clock = new(Instant.FromUtc(2027, 1, 4, 8, 0), Duration.FromMinutes(1));
    private static readonly ZonedDateTime Monday = new LocalDateTime(2027, 1, 25, 10, 0).InZoneStrictly(Amsterdam);

    private static Conversation Scheduled(ConversationModel? model = null, string[]? previous = null) =>
        Conversation.Schedule("c1", model ?? ConversationModel.EightSteps, "e1", "m1", Monday, previous, Clock).Conversation;

    private static Conversation Ok(ConversationResult r) => r.Ok();

    private static void Rejected(ConversationResult r, Conversation before, string code) => r.Refused(before, code);

    /// <summary>Eight steps up to the agreements phase, with both needs heard.</summary>
    private static Conversation AtAgreements()
    {
        var c = Ok(Scheduled().Start(Clock));
        c = Ok(c.AdvancePhase(Clock));                                  // current-state
        c = Ok(c.RecordCurrentState("Druk jaar, nieuw systeem ingevoerd.", Clock));
        c = Ok(c.AdvancePhase(Clock));                                  // employee-needs
        c = Ok(c.RecordNeed(ConversationRole.Employee, "Leren plannen met het nieuwe systeem.", Clock));
        c = Ok(c.AdvancePhase(Clock));                                  // organisation-needs
        c = Ok(c.RecordNeed(ConversationRole.Manager, "Een tweede superuser voor het systeem.", Clock));
        return Ok(c.AdvancePhase(Clock));                               // agreements
    }

    [Fact]
    public void A_whole_conversation_in_eight_steps()
    {
        var c = Ok(Scheduled().RecordPreparation(ConversationRole.Employee, new[] { "Werkdruk", "Opleiding" }, Clock));
        c = Ok(c.RecordPreparation(ConversationRole.Manager, new[] { "Superuser" }, Clock, DevelopmentStage.Competent, new DepartmentPicture { Staffing = "6 fte" }));
        c = Ok(c.AddAgendaItem("a1", ConversationRole.Employee, "Werkdruk", 2, Clock));
        c = Ok(c.AddAgendaItem("a2", ConversationRole.Manager, "Werkdruk in het team", 1, Clock));
        c = Ok(c.MergeAgendaItems("a2", "a1", Clock));
        Assert.True(Assert.Single(c.Agenda).IsJoint);

        c = AtAgreementsFrom(c);
        c = Ok(c.RecordAgreement("g1", "e1", "Rondt de e-learning Planning af", new LocalDate(2027, 4, 30), false, Clock));
        c = Ok(c.AcceptAgreement("g1", ConversationRole.Employee, Clock));
        c = Ok(c.AcceptAgreement("g1", ConversationRole.Manager, Clock));
        c = Ok(c.AdvancePhase(Clock));                                  // support
        c = Ok(c.RecordAgreement("s1", "m1", "Maakt 4 uur per week vrij", new LocalDate(2027, 4, 30), true, Clock));
        c = Ok(c.AcceptAgreement("s1", ConversationRole.Employee, Clock));
        c = Ok(c.AcceptAgreement("s1", ConversationRole.Manager, Clock));
        c = Ok(c.AdvancePhase(Clock));                                  // next-appointment
        c = Ok(c.PlanFollowUp(new LocalDate(2027, 2, 8), Clock));
        c = Ok(c.AdvancePhase(Clock));                                  // evaluation
        c = Ok(c.RecordEvaluation("Prettig gesprek; volgende keer meer tijd.", Clock));
        c = Ok(c.Close(Clock));
        Assert.Equal(ConversationStatus.Closed, c.Status);
        Assert.Equal(ConversationSnapshot.Of(c), ConversationSnapshot.Of(Conversation.Replay(c.History)));

        static Conversation AtAgreementsFrom(Conversation c)
        {
            c = Ok(c.Start(Clock));
            c = Ok(c.AdvancePhase(Clock));
            c = Ok(c.RecordCurrentState("Goed jaar.", Clock));
            c = Ok(c.AdvancePhase(Clock));
            c = Ok(c.RecordNeed(ConversationRole.Employee, "Plannen", Clock));
            c = Ok(c.AdvancePhase(Clock));
            c = Ok(c.RecordNeed(ConversationRole.Manager, "Superuser", Clock));
            return Ok(c.AdvancePhase(Clock));
        }
    }

    [Fact]
    public void R01_no_agreements_before_both_sides_needs_are_heard()
    {
        // Three steps: needs and agreements in different phases; skip the organisation's need.
        var c = Ok(Scheduled(ConversationModel.ThreeSteps).Start(Clock));
        c = Ok(c.AdvancePhase(Clock));
        c = Ok(c.RecordNeed(ConversationRole.Employee, "Doorgroeien naar teamleider", Clock));
        c = Ok(c.AdvancePhase(Clock));
        Rejected(c.RecordAgreement("g1", "e1", "Volgt de leergang Leidinggeven", new LocalDate(2027, 6, 1), false, Clock), c, "CONV-R01");

        c = Ok(c.ReturnToPhase("conversation", Clock));
        c = Ok(c.RecordNeed(ConversationRole.Manager, "Een teamleider voor de avondploeg", Clock));
        c = Ok(c.AdvancePhase(Clock));
        Ok(c.RecordAgreement("g1", "e1", "Volgt de leergang Leidinggeven", new LocalDate(2027, 6, 1), false, Clock));
    }

    [Fact]
    public void R02_the_previous_plans_agreements_come_first()
    {
        var c = Ok(Scheduled(ConversationModel.EightSteps, new[] { "Cursus Excel afronden" }).Start(Clock));
        var status = c;
        c = Ok(c.AdvancePhase(Clock));
        Rejected(c.RecordCurrentState("Goed jaar.", Clock), c, "CONV-R02");
        c = Ok(c.ReturnToPhase("status", Clock));
        c = Ok(c.EvaluatePreviousAgreements("Excel afgerond; teamoverleg niet gelukt.", Clock));
        c = Ok(c.AdvancePhase(Clock));
        Ok(c.RecordCurrentState("Goed jaar.", Clock));
        Rejected(status.Close(Clock), status, "CONV-R02");
    }

    [Fact]
    public void R09_evaluating_a_previous_plan_that_does_not_exist()
    {
        var c = Ok(Scheduled().Start(Clock));
        Rejected(c.EvaluatePreviousAgreements("Niets.", Clock), c, "CONV-R09");
    }

    [Fact]
    public void G01_a_substantive_reaction_while_listening_is_a_warning_not_a_block()
    {
        var c = Ok(Scheduled().Start(Clock));
        c = Ok(c.AdvancePhase(Clock));                                  // current-state: listens
        var r = c.RecordManagerRemark("Dat zie ik anders.", true, Clock);
        Assert.True(r.IsAccepted);
        var warning = Assert.Single(r.Warnings);
        Assert.Equal("CONV-G01", warning.Code);
        Assert.Equal("current-state", warning.PhaseId);
        Assert.Single(r.Conversation.Warnings);
        Assert.Empty(c.RecordManagerRemark("Ga door.", false, Clock).Warnings);
        Assert.Empty(Ok(c.AdvancePhase(Clock)).RecordManagerRemark("Dat zie ik anders.", true, Clock).Warnings.Where(w => w.PhaseId == "current-state").Skip(1));
    }

    [Fact]
    public void R03_R04_R05_closing_needs_a_next_date_an_evaluation_and_accepted_agreements()
    {
        var c = AtAgreements();
        c = Ok(c.RecordAgreement("g1", "e1", "Rondt de e-learning Planning af", new LocalDate(2027, 4, 30), false, Clock));
        c = Ok(c.AcceptAgreement("g1", ConversationRole.Employee, Clock));
        c = Ok(c.AdvancePhase(Clock));
        c = Ok(c.AdvancePhase(Clock));                                  // next-appointment
        Rejected(c.Close(Clock), c, "CONV-R03");
        c = Ok(c.PlanNextConversation(new LocalDate(2028, 1, 24), Clock));
        Rejected(c.Close(Clock), c, "CONV-R04");
        c = Ok(c.AdvancePhase(Clock));
        c = Ok(c.RecordEvaluation("Goed.", Clock));
        var open = c.Close(Clock);
        Rejected(open, c, "CONV-R05");
        Assert.Contains("e-learning Planning", open.Rejection!.Message(CultureInfo.GetCultureInfo("nl")));
        c = Ok(c.AcceptAgreement("g1", ConversationRole.Manager, Clock));
        Assert.Equal(ConversationStatus.Closed, Ok(c.Close(Clock)).Status);
    }

    [Fact]
    public void R06_R07_rescheduling_needs_a_reason_and_a_scheduled_conversation()
    {
        var c = Scheduled();
        Rejected(c.Reschedule(Monday.PlusHours(24), "  ", Clock), c, "CONV-R06");
        var moved = Ok(c.Reschedule(Monday.PlusHours(24), "Leidinggevende ziek", Clock));
        Assert.Equal(Monday.PlusHours(24), moved.ScheduledFor);
        var started = Ok(moved.Start(Clock));
        Rejected(started.Reschedule(Monday, "Nood", Clock), started, "CONV-R07");
        Rejected(started.Start(Clock), started, "CONV-R07");
    }

    [Fact]
    public void R08_commands_belong_to_their_phase_and_phases_are_not_skipped()
    {
        var c = Ok(Scheduled().Start(Clock));                           // status
        Rejected(c.RecordNeed(ConversationRole.Employee, "Plannen", Clock), c, "CONV-R08");
        Rejected(c.PlanFollowUp(new LocalDate(2027, 2, 1), Clock), c, "CONV-R08");
        Rejected(c.RecordEvaluation("Goed", Clock), c, "CONV-R08");
        Rejected(c.ReturnToPhase("evaluation", Clock), c, "CONV-R08");
        Rejected(c.ReturnToPhase("nope", Clock), c, "CONV-R11");
        var last = c;
        for (int i = 1; i < last.Model.Phases.Count; i++)
        {
            last = Ok(last.AdvancePhase(Clock));
        }

        Rejected(last.AdvancePhase(Clock), last, "CONV-R08");
    }

    [Fact]
    public void R07_nothing_happens_to_a_cancelled_conversation_and_cancelling_needs_a_reason()
    {
        var c = Scheduled();
        Rejected(c.Cancel(" ", Clock), c, "CONV-R12");
        var cancelled = Ok(c.Cancel("Medewerker vertrekt", Clock));
        Rejected(cancelled.Start(Clock), cancelled, "CONV-R07");
        Rejected(cancelled.RecordPreparation(ConversationRole.Employee, new[] { "x" }, Clock), cancelled, "CONV-R07");
    }

    [Fact]
    public void R09_R10_ids_must_exist_and_be_new()
    {
        var c = Ok(Scheduled().AddAgendaItem("a1", ConversationRole.Employee, "Werkdruk", 1, Clock));
        Rejected(c.AddAgendaItem("a1", ConversationRole.Manager, "Ander punt", 1, Clock), c, "CONV-R10");
        Rejected(c.PrioritiseAgendaItem("zz", 1, Clock), c, "CONV-R09");
        var a = AtAgreements();
        a = Ok(a.RecordAgreement("g1", "e1", "Doet X", new LocalDate(2027, 3, 1), false, Clock));
        Rejected(a.RecordAgreement("g1", "e1", "Doet Y", new LocalDate(2027, 3, 1), false, Clock), a, "CONV-R10");
        Rejected(a.AcceptAgreement("nope", ConversationRole.Employee, Clock), a, "CONV-R09");
        a = Ok(a.AcceptAgreement("g1", ConversationRole.Employee, Clock));
        Rejected(a.AcceptAgreement("g1", ConversationRole.Employee, Clock), a, "CONV-R10");
    }

    [Fact]
    public void Programming_errors_are_exceptions_naming_the_argument()
    {
        var c = Scheduled();
        Assert.Equal("clock", Assert.Throws<ArgumentNullException>(() => c.Start(null!)).ParamName);
        Assert.Equal("text", Assert.Throws<ArgumentException>(() => c.AddAgendaItem("x", ConversationRole.Employee, " ", 1, Clock)).ParamName);
        Assert.Equal("role", Assert.Throws<ArgumentException>(() => c.RecordPreparation(ConversationRole.Coach, new[] { "x" }, Clock)).ParamName);
        Assert.Equal("role", Assert.Throws<ArgumentException>(() => c.RecordPreparation(ConversationRole.Employee, new[] { "x" }, Clock, departmentPicture: new DepartmentPicture { Staffing = "6 fte" })).ParamName);
        Assert.Equal("managerId", Assert.Throws<ArgumentException>(() => Conversation.Schedule("c", ConversationModel.FiveSteps, "a", "a", Monday, null, Clock)).ParamName);
    }

    [Fact]
    public void Rejections_are_localised()
    {
        var c = Ok(Scheduled().Start(Clock));
        var r = c.RecordNeed(ConversationRole.Employee, "x", Clock).Rejection!;
        Assert.Equal("Dat hoort niet bij de fase 'status'.", r.Message(CultureInfo.GetCultureInfo("nl")));
        Assert.Equal("That does not belong in the phase 'status'.", r.Message(CultureInfo.GetCultureInfo("en")));
    }
}
