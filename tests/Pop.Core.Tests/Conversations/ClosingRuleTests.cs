namespace Pop.Core.Tests.Conversations;

using System.Globalization;
using System.Linq;
using NodaTime;
using NodaTime.Testing;
using Pop.Core.Conversations;
using Xunit;

/// <summary>
/// The closing rules of version 2 (seeds 000, 002, 004: a POP-gesprek ends in concrete, dated
/// agreements and a follow-up after it), each in both directions: refused with its code and nothing
/// changed, and accepted once the conversation does what the rule asks.
/// </summary>
public sealed class ClosingRuleTests
{
    private const string Concrete = "Vóór 1 juni 2027 rond ik de cursus Excel Gevorderd af met een certificaat.";
    private const string Vague = "Beter worden in plannen.";
    private static readonly DateTimeZone Amsterdam = DateTimeZoneProviders.Tzdb["Europe/Amsterdam"];
    private static readonly LocalDate Day = new(2027, 1, 25);
    private static readonly LocalDate After = new(2027, 5, 31);

    private static FakeClock NewClock() => new(Instant.FromUtc(2027, 1, 4, 8, 0), Duration.FromMinutes(1));

    private static Conversation Ok(ConversationResult r) => r.Ok();

    private static void Refused(ConversationResult r, Conversation before, string code) => r.Refused(before, code);

    /// <summary>Eight steps up to the agreements phase with both needs heard.</summary>
    private static Conversation AtAgreements(FakeClock clock, int rulesVersion = ConversationScheduled.CurrentRulesVersion)
    {
        var scheduled = new ConversationScheduled("c1", clock.GetCurrentInstant(), ConversationModel.EightSteps.Id, "e1", "m1", new LocalDateTime(2027, 1, 25, 10, 0).InZoneStrictly(Amsterdam), System.Array.Empty<string>(), rulesVersion);
        var c = Conversation.Replay(new ConversationEvent[] { scheduled });
        c = Ok(c.Start(clock));
        c = Ok(c.AdvancePhase(clock));
        c = Ok(c.RecordCurrentState("Druk jaar.", clock));
        c = Ok(c.AdvancePhase(clock));
        c = Ok(c.RecordNeed(ConversationRole.Employee, "Plannen met het nieuwe systeem.", clock));
        c = Ok(c.AdvancePhase(clock));
        c = Ok(c.RecordNeed(ConversationRole.Manager, "Een tweede superuser.", clock));
        return Ok(c.AdvancePhase(clock));
    }

    private static Conversation Agreed(Conversation c, FakeClock clock, string id, string what)
    {
        c = Ok(c.RecordAgreement(id, "e1", what, After, false, clock));
        c = Ok(c.AcceptAgreement(id, ConversationRole.Employee, clock));
        return Ok(c.AcceptAgreement(id, ConversationRole.Manager, clock));
    }

    /// <summary>From the agreements phase to the evaluation, with a follow-up two weeks on.</summary>
    private static Conversation ToEvaluation(Conversation c, FakeClock clock)
    {
        c = Ok(c.AdvancePhase(clock));                                  // support
        c = Ok(c.AdvancePhase(clock));                                  // next-appointment
        c = Ok(c.PlanFollowUp(Day.PlusDays(14), clock));
        c = Ok(c.AdvancePhase(clock));                                  // evaluation
        return Ok(c.RecordEvaluation("Open gesprek.", clock));
    }

    /// <summary>A closing result that carries a CONV-G02 warning (for the immutability walk).</summary>
    internal static ConversationResult ClosedWithWarning()
    {
        var clock = NewClock();
        return ToEvaluation(Agreed(AtAgreements(clock), clock, "g1", Vague), clock).Close(clock);
    }

    [Fact]
    public void R16_a_conversation_does_not_close_without_agreements_or_the_reason_why_not()
    {
        var clock = NewClock();
        var empty = ToEvaluation(AtAgreements(clock), clock);
        Refused(empty.Close(clock), empty, "CONV-R16");

        var c = AtAgreements(clock);
        c = Ok(c.RecordNothingAgreed("Eerst de reorganisatie afwachten; in april opnieuw.", clock));
        c = ToEvaluation(c, clock);
        var closed = Ok(c.Close(clock));
        Assert.Equal(ConversationStatus.Closed, closed.Status);
        Assert.Equal("Eerst de reorganisatie afwachten; in april opnieuw.", closed.NothingAgreedReason);
        Assert.Equal(ConversationSnapshot.Of(closed), ConversationSnapshot.Of(Conversation.Replay(closed.History)));
    }

    [Fact]
    public void R17_agreements_and_nothing_agreed_exclude_each_other_both_ways()
    {
        var clock = NewClock();
        var agreed = Agreed(AtAgreements(clock), clock, "g1", Concrete);
        Refused(agreed.RecordNothingAgreed("Toch niets.", clock), agreed, "CONV-R17");

        var nothing = Ok(AtAgreements(clock).RecordNothingAgreed("Niets dit jaar.", clock));
        Refused(nothing.RecordAgreement("g1", "e1", Concrete, After, false, clock), nothing, "CONV-R17");
        Refused(nothing.RecordNothingAgreed("Nog eens.", clock), nothing, "CONV-R17");
    }

    [Fact]
    public void Nothing_agreed_is_recorded_only_in_the_agreements_phase_and_needs_a_reason()
    {
        var clock = NewClock();
        var c = AtAgreements(clock);
        var support = Ok(c.AdvancePhase(clock));
        Refused(support.RecordNothingAgreed("Niets.", clock), support, "CONV-R08"); // eight steps: the support phase covers support agreements only
        var first = Ok(Conversation.Schedule("c9", ConversationModel.EightSteps, "e1", "m1", new LocalDateTime(2027, 1, 25, 10, 0).InZoneStrictly(Amsterdam), null, clock).Conversation.Start(clock));
        Refused(first.RecordNothingAgreed("Te vroeg.", clock), first, "CONV-R08");
        Assert.Throws<System.ArgumentException>(() => c.RecordNothingAgreed(" ", clock));
    }

    [Theory]
    [InlineData(-1, "CONV-R18")]
    [InlineData(0, "CONV-R18")]
    [InlineData(1, null)]
    public void R18_the_follow_up_and_the_next_conversation_come_after_the_conversation(int days, string? code)
    {
        var clock = NewClock();
        var c = Agreed(AtAgreements(clock), clock, "g1", Concrete);
        c = Ok(c.AdvancePhase(clock));
        c = Ok(c.AdvancePhase(clock));                                  // next-appointment
        foreach (var plan in new System.Func<Conversation, ConversationResult>[] { x => x.PlanFollowUp(Day.PlusDays(days), clock), x => x.PlanNextConversation(Day.PlusDays(days), clock) })
        {
            var r = plan(c);
            if (code is null)
            {
                Ok(r);
            }
            else
            {
                Refused(r, c, code);
                Assert.Equal("2027-01-25", r.Rejection!.Arguments["Date"]);
            }
        }
    }

    [Theory]
    [InlineData(-30, "CONV-R19")]
    [InlineData(0, "CONV-R19")]
    [InlineData(1, null)]
    public void R19_an_agreements_deadline_comes_after_the_conversation(int days, string? code)
    {
        var clock = NewClock();
        var c = AtAgreements(clock);
        var r = c.RecordAgreement("g1", "e1", Concrete, Day.PlusDays(days), false, clock);
        if (code is null)
        {
            Ok(r);
            return;
        }

        Refused(r, c, code);
        Assert.Equal("g1", r.Rejection!.Arguments["Agreement"]);
        Assert.Contains(Concrete, r.Rejection.Message(CultureInfo.GetCultureInfo("nl")), System.StringComparison.Ordinal);
    }

    [Fact]
    public void R20_under_refuse_an_agreement_that_is_not_smart_blocks_the_close_until_it_is_accepted_as_such()
    {
        var clock = NewClock();
        var c = ToEvaluation(Agreed(Agreed(AtAgreements(clock), clock, "g1", Concrete), clock, "g2", Vague), clock);
        var refuse = new ClosingPolicy(RuleEnforcement.Refuse);

        var r = c.Close(clock, refuse);
        Refused(r, c, "CONV-R20");
        Assert.Equal("g2", r.Rejection!.Arguments["Agreement"]);
        Assert.Contains("S", r.Rejection.Arguments["Missing"], System.StringComparison.Ordinal);
        Assert.Contains(Vague, r.Rejection.Message(CultureInfo.GetCultureInfo("nl")), System.StringComparison.Ordinal);
        Assert.DoesNotContain("{", r.Rejection.Message(CultureInfo.GetCultureInfo("nl")), System.StringComparison.Ordinal);

        c = Ok(c.AcceptNotSmart("g2", "Een houding, geen taak; we bespreken het bij de tussentijdse check.", clock));
        Assert.Equal("Een houding, geen taak; we bespreken het bij de tussentijdse check.", c.Agreements.Single(a => a.Id == "g2").NotSmartReason);
        var closed = c.Close(clock, refuse);
        Assert.True(closed.IsAccepted, closed.Rejection?.ToString());
        Assert.Empty(closed.Warnings);
        Assert.Equal(ConversationSnapshot.Of(closed.Conversation), ConversationSnapshot.Of(Conversation.Replay(closed.Conversation.History)));
    }

    [Fact]
    public void G02_under_warn_the_close_goes_through_and_names_each_agreement_that_is_not_smart()
    {
        var clock = NewClock();
        var c = ToEvaluation(Agreed(Agreed(AtAgreements(clock), clock, "g1", Concrete), clock, "g2", Vague), clock);

        foreach (var policy in new ClosingPolicy?[] { null, ClosingPolicy.Default, new(RuleEnforcement.Warn) })
        {
            var r = c.Close(clock, policy);
            Assert.True(r.IsAccepted);
            var warning = Assert.Single(r.Warnings);
            Assert.Equal("CONV-G02", warning.Code);
            Assert.Equal("g2", warning.Arguments["Agreement"]);
            Assert.Equal("evaluation", warning.PhaseId);
            Assert.Contains(Vague, warning.Message(CultureInfo.GetCultureInfo("en")), System.StringComparison.Ordinal);
            Assert.DoesNotContain(r.Conversation.Warnings, w => w.Code == "CONV-G02"); // not part of the history: a verdict of that moment's engine
        }

        Assert.Empty(c.Close(clock, new ClosingPolicy(RuleEnforcement.Off)).Warnings);
    }

    [Fact]
    public void Accepting_as_not_smart_names_a_known_agreement_once()
    {
        var clock = NewClock();
        var c = Agreed(AtAgreements(clock), clock, "g1", Vague);
        Refused(c.AcceptNotSmart("nope", "reden", clock), c, "CONV-R09");
        c = Ok(c.AcceptNotSmart("g1", "reden", clock));
        Refused(c.AcceptNotSmart("g1", "nog een reden", clock), c, "CONV-R10");
        Assert.Throws<System.ArgumentException>(() => c.AcceptNotSmart("g1", "", clock));
    }

    [Fact]
    public void A_history_held_to_version_1_of_the_rules_still_closes_as_it_did()
    {
        var clock = NewClock();
        var c = AtAgreements(clock, rulesVersion: 1);
        c = Ok(c.RecordAgreement("g1", "e1", Concrete, Day.PlusDays(-1), false, clock)); // R19 is a version-2 rule
        c = Ok(c.AcceptAgreement("g1", ConversationRole.Employee, clock));
        c = Ok(c.AcceptAgreement("g1", ConversationRole.Manager, clock));
        c = Ok(c.AdvancePhase(clock));
        c = Ok(c.AdvancePhase(clock));
        c = Ok(c.PlanFollowUp(Day, clock));                             // R18 too
        c = Ok(c.AdvancePhase(clock));
        c = Ok(c.RecordEvaluation("Goed.", clock));
        var closed = Ok(c.Close(clock));
        Assert.Equal(1, closed.RulesVersion);

        var replayed = Conversation.Replay(closed.History);
        Assert.Equal(1, replayed.RulesVersion);
        Assert.Equal(ConversationSnapshot.Of(closed), ConversationSnapshot.Of(replayed));
    }

    [Fact]
    public void The_same_history_under_version_2_fails_to_replay_at_the_event_that_breaks_the_rule()
    {
        var clock = NewClock();
        var v1 = AtAgreements(clock, rulesVersion: 1);
        v1 = Ok(v1.RecordAgreement("g1", "e1", Concrete, Day.PlusDays(-1), false, clock));
        var events = v1.History.ToList();
        var s = (ConversationScheduled)events[0];
        events[0] = new ConversationScheduled(s.ConversationId, s.At, s.ModelId, s.EmployeeId, s.ManagerId, s.ScheduledFor, s.PreviousAgreements);
        var error = Assert.Throws<ConversationReplayException>(() => Conversation.Replay(events));
        Assert.Equal("CONV-R19", error.Code);
        Assert.Equal(events.Count - 1, error.EventIndex);
    }

    [Fact]
    public void The_rules_version_is_1_or_2()
    {
        Assert.Throws<System.ArgumentOutOfRangeException>(() => new ConversationScheduled("c", Instant.FromUtc(2027, 1, 1, 0, 0), "eight-steps", "e", "m", new LocalDateTime(2027, 1, 25, 10, 0).InZoneStrictly(Amsterdam), System.Array.Empty<string>(), 3));
        Assert.Throws<System.ArgumentOutOfRangeException>(() => new ConversationScheduled("c", Instant.FromUtc(2027, 1, 1, 0, 0), "eight-steps", "e", "m", new LocalDateTime(2027, 1, 25, 10, 0).InZoneStrictly(Amsterdam), System.Array.Empty<string>(), 0));
    }
}
