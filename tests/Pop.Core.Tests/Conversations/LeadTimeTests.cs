namespace Pop.Core.Tests.Conversations;

using System;
using System.Globalization;
using NodaTime;
using NodaTime.Testing;
using Pop.Core.Conversations;
using Pop.Core.Cycles;
using Xunit;

/// <summary>
/// The lead times of seeds 001 and 003 (announce 14 days ahead, talking points 7 days ahead) hold on
/// every path that sets a conversation's date, from the one policy object the cycle planner uses too.
/// </summary>
public sealed class LeadTimeTests
{
    private static readonly DateTimeZone Amsterdam = DateTimeZoneProviders.Tzdb["Europe/Amsterdam"];
    private static readonly ZonedDateTime Monday25 = new LocalDateTime(2027, 1, 25, 10, 0).InZoneStrictly(Amsterdam);

    private static ConversationResult Schedule(Instant now, ZonedDateTime at, LeadTimePolicy? policy = null) =>
        Conversation.Schedule("c1", ConversationModel.EightSteps, "e1", "m1", at, null, new FakeClock(now), policy);

    [Fact]
    public void Scheduling_a_week_ahead_is_refused_by_default_and_creates_nothing()
    {
        var r = Schedule(Instant.FromUtc(2027, 1, 18, 8, 0), Monday25);
        Assert.False(r.IsAccepted);
        Assert.Equal("CONV-R21", r.Rejection!.Code);
        Assert.Empty(r.Events);
        Assert.Equal("2027-01-11", r.Rejection.Arguments["AnnounceBy"]);
        Assert.Equal("2027-01-18", r.Rejection.Arguments["Today"]);
        Assert.Contains("14", r.Rejection.Message(CultureInfo.GetCultureInfo("nl")), StringComparison.Ordinal);
        Assert.StartsWith("Rejected CONV-R21: ", r.ToString(), StringComparison.Ordinal);
        var error = Assert.Throws<InvalidOperationException>(() => r.Conversation);
        Assert.Contains("CONV-R21", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(11, true)]   // Monday 11 January: announce today, in time
    [InlineData(12, false)]  // a day late
    [InlineData(8, true)]
    public void The_announcement_day_is_the_last_working_day_fourteen_days_ahead(int today, bool accepted)
    {
        Assert.Equal(accepted, Schedule(Instant.FromUtc(2027, 1, today, 8, 0), Monday25).IsAccepted);
    }

    [Fact]
    public void A_weekend_or_holiday_moves_the_announcement_to_the_working_day_before()
    {
        // 27 April 2027 (Koningsdag, a Tuesday) minus 14 days is Tuesday 13 April: a working day.
        // 10 May 2027 minus 14 days is Monday 26 April; 11 May minus 14 is Koningsdag, so announce on 26 April.
        var may11 = new LocalDateTime(2027, 5, 11, 10, 0).InZoneStrictly(Amsterdam);
        Assert.Equal(new LocalDate(2027, 4, 26), LeadTimePolicy.Default.AnnounceBy(may11.Date));
        Assert.True(Schedule(Instant.FromUtc(2027, 4, 26, 8, 0), may11).IsAccepted);
        Assert.False(Schedule(Instant.FromUtc(2027, 4, 28, 8, 0), may11).IsAccepted);
    }

    [Fact]
    public void Today_is_the_date_in_the_conversations_own_zone()
    {
        // 23:30 UTC on 11 January is already 12 January in Amsterdam, still 11 January in Honolulu.
        var late = Instant.FromUtc(2027, 1, 11, 23, 30);
        Assert.False(Schedule(late, Monday25).IsAccepted);
        var honolulu = new LocalDateTime(2027, 1, 25, 10, 0).InZoneStrictly(DateTimeZoneProviders.Tzdb["Pacific/Honolulu"]);
        Assert.True(Schedule(late, honolulu).IsAccepted);
    }

    [Fact]
    public void Under_warn_the_conversation_is_scheduled_with_a_warning_and_off_checks_nothing()
    {
        var now = Instant.FromUtc(2027, 1, 22, 8, 0);
        var warned = Schedule(now, Monday25, LeadTimePolicy.Default.With(RuleEnforcement.Warn));
        Assert.True(warned.IsAccepted);
        var warning = Assert.Single(warned.Warnings);
        Assert.Equal("CONV-G03", warning.Code);
        Assert.Equal(string.Empty, warning.PhaseId);
        Assert.Contains("2027-01-25", warning.Message(CultureInfo.GetCultureInfo("en")), StringComparison.Ordinal);
        Assert.Empty(warned.Conversation.Warnings);

        var off = Schedule(now, Monday25, new LeadTimePolicy(enforcement: RuleEnforcement.Off));
        Assert.True(off.IsAccepted);
        Assert.Empty(off.Warnings);
        Assert.Equal("Accepted c1 (Scheduled, 1 event(s), 0 warning(s))", off.ToString());
    }

    [Fact]
    public void Rescheduling_three_days_ahead_is_refused_as_the_cycle_refuses_it()
    {
        var clock = new FakeClock(Instant.FromUtc(2027, 1, 4, 8, 0), Duration.FromDays(1));
        var c = Conversation.Schedule("c1", ConversationModel.EightSteps, "e1", "m1", Monday25, null, clock).Conversation; // clock now 5 January
        var soon = new LocalDateTime(2027, 1, 8, 10, 0).InZoneStrictly(Amsterdam);
        var r = c.Reschedule(soon, "ziek", clock);
        Assert.Equal("CONV-R21", r.Rejection!.Code);
        Assert.Same(c, r.Conversation);
        Assert.Empty(r.Events);
        Assert.Equal("CONV-R06", c.Reschedule(soon, " ", clock).Rejection!.Code);    // the reason comes first

        var warned = c.Reschedule(soon, "ziek", clock, LeadTimePolicy.Default.With(RuleEnforcement.Warn));
        Assert.True(warned.IsAccepted);
        Assert.Equal("CONV-G03", Assert.Single(warned.Warnings).Code);

        var later = new LocalDateTime(2027, 2, 22, 10, 0).InZoneStrictly(Amsterdam);
        Assert.True(c.Reschedule(later, "ziek", clock).IsAccepted);
    }

    [Fact]
    public void The_cycle_and_the_conversation_share_one_policy_object()
    {
        var leadTimes = new LeadTimePolicy(announceDaysBefore: 21, talkingPointsDaysBefore: 10);
        var cycle = new CyclePolicy { LeadTimes = leadTimes };
        Assert.Same(leadTimes, cycle.LeadTimes);
        Assert.Equal(21, cycle.AnnounceDaysBefore);
        Assert.Equal(10, cycle.TalkingPointsDaysBefore);
        Assert.Same(LeadTimePolicy.Default, CyclePolicy.Default.LeadTimes);

        // 14 days ahead is enough by default, not under the organisation's 21.
        var now = Instant.FromUtc(2027, 1, 11, 8, 0);
        Assert.True(Schedule(now, Monday25).IsAccepted);
        Assert.Equal("CONV-R21", Schedule(now, Monday25, cycle.LeadTimes).Rejection!.Code);
    }

    [Fact]
    public void A_stored_history_is_not_judged_again_for_its_lead_time()
    {
        // What a host stored under a warning policy replays: the lead time is the host's decision at the time.
        var scheduled = new ConversationScheduled("c1", Instant.FromUtc(2027, 1, 22, 8, 0), "eight-steps", "e1", "m1", Monday25, Array.Empty<string>());
        var c = Conversation.Replay(new ConversationEvent[] { scheduled });
        Assert.Equal(ConversationStatus.Scheduled, c.Status);
    }

    [Fact]
    public void A_policy_that_cannot_hold_is_a_typed_error_naming_the_argument()
    {
        Assert.Equal("talkingPointsDaysBefore", Assert.Throws<ArgumentException>(() => new LeadTimePolicy(7, 7)).ParamName);
        Assert.Equal("announceDaysBefore", Assert.ThrowsAny<ArgumentException>(() => new LeadTimePolicy(0, 7)).ParamName);
        Assert.Equal("talkingPointsDaysBefore", Assert.ThrowsAny<ArgumentException>(() => new LeadTimePolicy(14, -1)).ParamName);
        Assert.Equal("announceDaysBefore", Assert.Throws<ArgumentOutOfRangeException>(() => new LeadTimePolicy(int.MaxValue, 7)).ParamName);
        Assert.True(new LeadTimePolicy(LeadTimePolicy.MaxDays, 7).IsInTime(new LocalDate(9999, 12, 31), new LocalDate(9998, 1, 1)));
        Assert.Equal("enforcement", Assert.ThrowsAny<ArgumentException>(() => new LeadTimePolicy(enforcement: (RuleEnforcement)9)).ParamName);
        Assert.Equal("smartAgreements", Assert.ThrowsAny<ArgumentException>(() => new ClosingPolicy((RuleEnforcement)(-1))).ParamName);
        Assert.Throws<ArgumentNullException>(() => new CyclePolicy { LeadTimes = null! });
    }
}
