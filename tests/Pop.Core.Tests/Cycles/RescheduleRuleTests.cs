namespace Pop.Core.Tests.Cycles;

using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using NodaTime;
using NodaTime.Testing;
using Pop.Core.Cycles;
using Xunit;

/// <summary>
/// Every rescheduling rule in both directions: the move that keeps the rule is accepted, the one
/// that breaks it is refused with the rule's code and the very same plan. Each pair differs in the
/// one value the rule is about.
/// </summary>
public sealed class RescheduleRuleTests
{
    private static readonly DateTimeZone Amsterdam = DateTimeZoneProviders.Tzdb["Europe/Amsterdam"];
    private static readonly LocalDate Today = new(2027, 1, 4);

    /// <summary>Six employees of m1 planned as early as possible, two a day, in February 2027; m1 is away on the 15th, e001 on the 16th.</summary>
    private static (CyclePlan Plan, List<CycleParticipant> People) Fixture()
    {
        var people = Enumerable.Range(1, 6).Select(i => new CycleParticipant($"e{i:D3}", "m1")).ToList();
        people.Add(new CycleParticipant("m1", "ceo") { Unavailable = new[] { new DateInterval(new LocalDate(2027, 2, 15), new LocalDate(2027, 2, 15)) } });
        people[0] = new CycleParticipant("e001", "m1") { Unavailable = new[] { new DateInterval(new LocalDate(2027, 2, 16), new LocalDate(2027, 2, 16)) } };
        var clock = new FakeClock(Today.AtStartOfDayInZone(Amsterdam).ToInstant() + Duration.FromHours(10));
        var policy = new CyclePolicy { ManagerCapacityPerDay = 2, Spreading = SpreadingMode.AsEarlyAsPossible };
        var plan = new CyclePlanner(policy, clock).Plan(people, new DateInterval(new LocalDate(2027, 2, 1), new LocalDate(2027, 2, 26)));
        return (plan, people);
    }

    private static CyclePlan Moved(CyclePlan plan, string employee, LocalDate to, List<CycleParticipant> people, LocalDate? today = null)
    {
        var moved = plan.Reschedule(employee, to, "ziek", today ?? Today).Ok();
        Assert.Equal(to, moved.For(employee).Date);
        Assert.Empty(CycleInvariants.Violations(moved, people, Today)); // judged as planned: every other conversation was announced from Today
        return moved;
    }

    [Fact]
    public void R01_a_reason_is_given()
    {
        var (plan, people) = Fixture();
        Moved(plan, "e002", new LocalDate(2027, 2, 22), people);
        Assert.Equal("CYCLE-R01", CycleResults.Refused(plan, p => p.Reschedule("e002", new LocalDate(2027, 2, 22), "  ", Today)));
        Assert.Equal("CYCLE-R01", CycleResults.Refused(plan, p => p.Reschedule("e002", new LocalDate(2027, 2, 22), string.Empty, Today)));
    }

    [Fact]
    public void R02_the_new_date_lies_inside_the_window()
    {
        var (plan, people) = Fixture();
        Moved(plan, "e002", new LocalDate(2027, 2, 26), people);
        Assert.Equal("CYCLE-R02", CycleResults.Refused(plan, p => p.Reschedule("e002", new LocalDate(2027, 3, 1), "ziek", Today)));
    }

    [Fact]
    public void R03_the_new_date_is_a_working_day()
    {
        var (plan, people) = Fixture();
        Moved(plan, "e002", new LocalDate(2027, 2, 19), people);
        Assert.Equal("CYCLE-R03", CycleResults.Refused(plan, p => p.Reschedule("e002", new LocalDate(2027, 2, 20), "ziek", Today)));
    }

    [Fact]
    public void R04_neither_side_is_away()
    {
        var (plan, people) = Fixture();
        Moved(plan, "e002", new LocalDate(2027, 2, 17), people);
        Moved(plan, "e001", new LocalDate(2027, 2, 17), people);
        Assert.Equal("CYCLE-R04", CycleResults.Refused(plan, p => p.Reschedule("e002", new LocalDate(2027, 2, 15), "ziek", Today)));
        Assert.Equal("CYCLE-R04", CycleResults.Refused(plan, p => p.Reschedule("e001", new LocalDate(2027, 2, 16), "ziek", Today)));

        var managerAway = plan.Reschedule("e002", new LocalDate(2027, 2, 15), "ziek", Today).Rejection!;
        Assert.Equal(("m1", "Manager"), (managerAway.Arguments["Person"], managerAway.Arguments["Role"]));
        var employeeAway = plan.Reschedule("e001", new LocalDate(2027, 2, 16), "ziek", Today).Rejection!;
        Assert.Equal(("e001", "Employee"), (employeeAway.Arguments["Person"], employeeAway.Arguments["Role"]));
    }

    [Fact]
    public void R05_the_day_has_room_for_both_sides()
    {
        var (plan, people) = Fixture();
        var full = plan.Conversations.GroupBy(c => c.Date).First(g => g.Count() == 2 && g.Key != new LocalDate(2027, 2, 16)).Key;
        var outsider = plan.Conversations.First(c => c.Date != full && c.EmployeeId != "e001").EmployeeId;
        Moved(plan, outsider, new LocalDate(2027, 2, 22), people);
        Assert.Equal("CYCLE-R05", CycleResults.Refused(plan, p => p.Reschedule(outsider, full, "ziek", Today)));

        var rejection = plan.Reschedule(outsider, full, "ziek", Today).Rejection!;
        Assert.Equal(("m1", "2", "2"), (rejection.Arguments["Person"], rejection.Arguments["Count"], rejection.Arguments["Capacity"]));
    }

    [Fact]
    public void R06_it_can_still_be_announced_in_time()
    {
        // The same move, judged on two days: in time on 30 January, too late on 12 February.
        var (plan, people) = Fixture();
        var to = new LocalDate(2027, 2, 22);
        Moved(plan, "e002", to, people, new LocalDate(2027, 1, 30));
        Assert.Equal("CYCLE-R06", CycleResults.Refused(plan, p => p.Reschedule("e002", to, "ziek", new LocalDate(2027, 2, 12))));

        var rejection = plan.Reschedule("e002", to, "ziek", new LocalDate(2027, 2, 12)).Rejection!;
        Assert.Equal("2027-02-22 is too soon: the conversation must be announced at least 14 days ahead, by 2027-02-08 at the latest, and today is 2027-02-12.", rejection.Message(CultureInfo.GetCultureInfo("en")));
    }

    [Fact]
    public void R06_follows_the_lead_times_the_conversation_uses_too()
    {
        // Built on a policy whose lead times only warn, the same late move goes through; the rule
        // and its days come from the one LeadTimePolicy that Conversation.Schedule also takes.
        var people = Enumerable.Range(1, 6).Select(i => new CycleParticipant($"e{i:000}", "m1")).ToList();
        var relaxed = new CyclePolicy { LeadTimes = LeadTimePolicy.Default.With(RuleEnforcement.Warn) };
        var plan = new CyclePlanner(relaxed, new NodaTime.Testing.FakeClock(NodaTime.Instant.FromUtc(2027, 1, 4, 8, 0))).Plan(people, CyclePolicy.SeasonWindow(2027));
        Assert.True(plan.Reschedule("e002", new LocalDate(2027, 2, 22), "ziek", new LocalDate(2027, 2, 12)).IsAccepted);

        var strict = new CyclePolicy { LeadTimes = new LeadTimePolicy(announceDaysBefore: 21, talkingPointsDaysBefore: 10) };
        var strictPlan = new CyclePlanner(strict, new NodaTime.Testing.FakeClock(NodaTime.Instant.FromUtc(2027, 1, 4, 8, 0))).Plan(people, CyclePolicy.SeasonWindow(2027));
        var refused = strictPlan.Reschedule("e002", new LocalDate(2027, 2, 22), "ziek", new LocalDate(2027, 2, 3)).Rejection!;
        Assert.Equal("CYCLE-R06", refused.Code);
        Assert.Equal("21", refused.Arguments["Days"]);
        Assert.Equal("2027-02-01", refused.Arguments["AnnounceBy"]);
    }

    [Fact]
    public void R07_the_employee_has_a_conversation_in_the_plan()
    {
        var (plan, people) = Fixture();
        Moved(plan, "e006", new LocalDate(2027, 2, 22), people);
        Assert.Equal("CYCLE-R07", CycleResults.Refused(plan, p => p.Reschedule("nobody", new LocalDate(2027, 2, 22), "ziek", Today)));
    }

    [Fact]
    public void Arguments_that_are_programming_errors_still_throw()
    {
        var (plan, _) = Fixture();
        Assert.Throws<ArgumentNullException>(() => plan.Reschedule(null!, new LocalDate(2027, 2, 22), "ziek", Today));
        Assert.Throws<ArgumentException>(() => plan.Reschedule(" ", new LocalDate(2027, 2, 22), "ziek", Today));
        Assert.Throws<ArgumentNullException>(() => plan.Reschedule("e002", new LocalDate(2027, 2, 22), null!, Today));
    }

    [Fact]
    public void Every_rescheduling_rule_has_dutch_and_english_text()
    {
        foreach (var code in Enumerable.Range(1, 7).Select(i => $"CYCLE-R{i:D2}"))
        {
            Assert.NotEqual(
                Pop.Core.Texts.TextCatalog.Default.Template(code, CultureInfo.GetCultureInfo("nl")),
                Pop.Core.Texts.TextCatalog.Default.Template(code, CultureInfo.GetCultureInfo("en")));
        }
    }
}
