namespace Pop.Core.Tests.Cycles;

using System;
using System.Collections.Generic;
using System.Linq;
using NodaTime;
using NodaTime.Testing;
using Pop.Core.Cycles;
using Xunit;

public sealed class CyclePlannerTests
{
    private static readonly DateTimeZone Amsterdam = DateTimeZoneProviders.Tzdb["Europe/Amsterdam"];

    private static FakeClock ClockOn(LocalDate today) => new(today.AtStartOfDayInZone(Amsterdam).ToInstant() + Duration.FromHours(10));

    private static List<CycleParticipant> Team(string manager, int size, string prefix = "e") =>
        Enumerable.Range(1, size).Select(i => new CycleParticipant($"{prefix}{i:D3}", manager)).ToList();

    private static CyclePlan Plan(IReadOnlyList<CycleParticipant> people, LocalDate today, DateInterval window, CyclePolicy? policy = null)
    {
        var plan = new CyclePlanner(policy ?? CyclePolicy.Default, ClockOn(today)).Plan(people, window);
        Assert.Empty(CycleInvariants.Violations(plan, people, today));
        return plan;
    }

    [Fact]
    public void A_season_is_planned_with_every_date_around_each_conversation()
    {
        var people = Team("m1", 20).Concat(Team("m2", 12, "f")).ToList();
        var plan = Plan(people, new LocalDate(2026, 12, 1), CyclePolicy.SeasonWindow(2027), new CyclePolicy { Spreading = SpreadingMode.AsEarlyAsPossible });
        Assert.Equal(32, plan.Conversations.Count);

        var first = plan.Conversations.OrderBy(c => c.Start.ToInstant()).First();
        Assert.Equal(new LocalDate(2027, 1, 4), first.Date); // 1 January is a holiday; the 4th the first Monday
        Assert.Equal(new LocalTime(9, 0), first.Start.TimeOfDay);
        Assert.Equal(Offset.FromHours(1), first.Start.Offset);
        Assert.Equal(new LocalDate(2026, 12, 21), first.AnnounceOn);
        Assert.Equal(new LocalDate(2026, 12, 28), first.TalkingPointsDue);
        Assert.Equal(new LocalDate(2027, 1, 18), first.FollowUpOn);
        Assert.Equal(new[] { new LocalDate(2027, 7, 5) }, first.InterimChecksOn);
        Assert.Equal(new LocalDate(2028, 1, 4), first.NextConversationOn);
    }

    [Fact]
    public void The_repair_search_never_double_books_a_day()
    {
        // Found by the planner property: with capacity 1, two people on leave from the Tuesday both
        // want the Monday; the repair search took a colleague not yet placed for one placed on that
        // day, "moved" them and so booked the Monday twice. One of the two can come the next week.
        var window = new DateInterval(new LocalDate(2028, 9, 11), new LocalDate(2028, 9, 19));
        var people = Team("m0", 5);
        people[1] = new CycleParticipant("e002", "m0") { Unavailable = new[] { new DateInterval(new LocalDate(2028, 9, 12), new LocalDate(2028, 9, 16)) } };
        people[2] = new CycleParticipant("e003", "m0") { Unavailable = new[] { new DateInterval(new LocalDate(2028, 9, 12), new LocalDate(2028, 9, 20)) } };
        var plan = Plan(people, new LocalDate(2028, 8, 22), window, new CyclePolicy { ManagerCapacityPerDay = 1 });
        Assert.Equal(new LocalDate(2028, 9, 11), plan.For("e003").Date);
        Assert.Equal(5, plan.Conversations.Select(c => c.Date).Distinct().Count());
    }

    [Fact]
    public void Even_spreading_uses_the_whole_window_and_early_spreading_the_first_days()
    {
        var people = Team("m1", 8);
        var window = new DateInterval(new LocalDate(2027, 2, 1), new LocalDate(2027, 2, 26));
        var even = Plan(people, new LocalDate(2027, 1, 1), window);
        var early = Plan(people, new LocalDate(2027, 1, 1), window, new CyclePolicy { Spreading = SpreadingMode.AsEarlyAsPossible });
        Assert.Equal(8, even.Conversations.Select(c => c.Date).Distinct().Count());
        Assert.Equal(new[] { new LocalDate(2027, 2, 1), new LocalDate(2027, 2, 2) }, early.Conversations.Select(c => c.Date).Distinct().OrderBy(d => d));
        Assert.Equal(4, early.Conversations.Count(c => c.Date == new LocalDate(2027, 2, 1)));
    }

    [Fact]
    public void Lead_times_push_the_first_conversation_out()
    {
        var plan = Plan(Team("m1", 3), new LocalDate(2027, 1, 6), CyclePolicy.SeasonWindow(2027));
        Assert.True(plan.Conversations.Min(c => c.Date) >= new LocalDate(2027, 1, 20));
        Assert.Equal(new LocalDate(2027, 1, 20), plan.UsableWindow.Start);
    }

    [Fact]
    public void Offsets_are_right_on_both_sides_of_the_spring_change()
    {
        var people = Team("m1", 10);
        var plan = Plan(people, new LocalDate(2027, 2, 1), new DateInterval(new LocalDate(2027, 3, 22), new LocalDate(2027, 4, 6)), new CyclePolicy { ManagerCapacityPerDay = 1 });
        Assert.All(plan.Conversations, c => Assert.Equal(c.Date < new LocalDate(2027, 3, 28) ? Offset.FromHours(1) : Offset.FromHours(2), c.Start.Offset));
        Assert.Contains(plan.Conversations, c => c.Start.Offset == Offset.FromHours(1));
        Assert.Contains(plan.Conversations, c => c.Start.Offset == Offset.FromHours(2));
        Assert.All(plan.Conversations, c => Assert.Equal(new LocalTime(9, 0), c.Start.TimeOfDay));
    }

    [Fact]
    public void No_slot_lands_in_the_gap_and_the_repeated_hour_is_not_double_booked()
    {
        var everyDay = new WorkingCalendar(new NoHolidays(), weekend: new[] { IsoDayOfWeek.Wednesday });
        var night = new CyclePolicy { Calendar = everyDay, WorkdayStart = new LocalTime(1, 30), WorkdayEnd = new LocalTime(5, 30), ManagerCapacityPerDay = 4 };
        var people = Team("m1", 4);

        // The clock goes forward at 02:00: the working day from 01:30 to 05:30 lasts three hours, so
        // it holds three conversations, none in the gap; a fourth does not fit.
        var springDay = new DateInterval(new LocalDate(2027, 3, 28), new LocalDate(2027, 3, 28));
        var spring = Plan(people.Take(3).ToList(), new LocalDate(2027, 3, 1), springDay, night);
        Assert.All(spring.Conversations, c => Assert.False(c.Start.TimeOfDay >= new LocalTime(2, 0) && c.Start.TimeOfDay < new LocalTime(3, 0), $"{c.Start} lies in the gap"));
        Assert.Equal(3, spring.Conversations.Select(c => c.Start.ToInstant()).Distinct().Count());
        Assert.All(spring.Conversations, c => Assert.True(c.End.TimeOfDay <= new LocalTime(5, 30), $"{c.End} ends after the working day"));
        var fourth = Assert.Throws<InfeasibleCycleException>(() => new CyclePlanner(night, ClockOn(new LocalDate(2027, 3, 1))).Plan(people, springDay));
        Assert.Equal(3, Assert.Single(fourth.Shortfalls).Placeable);

        var autumn = Plan(people, new LocalDate(2027, 10, 1), new DateInterval(new LocalDate(2027, 10, 31), new LocalDate(2027, 10, 31)), night);
        var offsets = autumn.Conversations.OrderBy(c => c.Start.ToInstant()).Select(c => c.Start.Offset.Seconds / 3600).ToArray();
        Assert.Equal(new[] { 2, 2, 1, 1 }, offsets);
    }

    [Fact]
    public void Leap_day_is_a_working_day_and_a_year_on_lands_on_the_28th()
    {
        var people = Team("m1", 3);
        var plan = Plan(people, new LocalDate(2028, 1, 1), new DateInterval(new LocalDate(2028, 2, 28), new LocalDate(2028, 3, 1)), new CyclePolicy { ManagerCapacityPerDay = 1 });
        var leap = Assert.Single(plan.Conversations, c => c.Date == new LocalDate(2028, 2, 29));
        Assert.Equal(new LocalDate(2029, 2, 28), leap.NextConversationOn);
    }

    [Fact]
    public void A_window_across_the_year_end_skips_christmas_and_new_year()
    {
        var people = Team("m1", 8);
        var plan = Plan(people, new LocalDate(2028, 11, 1), new DateInterval(new LocalDate(2028, 12, 22), new LocalDate(2029, 1, 5)), new CyclePolicy { ManagerCapacityPerDay = 1 });
        var days = plan.Conversations.Select(c => c.Date).OrderBy(d => d).ToArray();
        Assert.Equal(
            new[] { "2028-12-22", "2028-12-27", "2028-12-28", "2028-12-29", "2029-01-02", "2029-01-03", "2029-01-04", "2029-01-05" },
            days.Select(d => d.ToString("uuuu'-'MM'-'dd", null)));
    }

    [Fact]
    public void An_infeasible_window_fails_naming_every_short_manager_and_plans_nothing()
    {
        var people = Team("big", 10).Concat(Team("fine", 2, "f")).Concat(Team("also-big", 7, "g")).ToList();
        var planner = new CyclePlanner(new CyclePolicy { ManagerCapacityPerDay = 1 }, ClockOn(new LocalDate(2027, 1, 1)));
        var e = Assert.Throws<InfeasibleCycleException>(() => planner.Plan(people, new DateInterval(new LocalDate(2027, 2, 1), new LocalDate(2027, 2, 5))));
        Assert.Equal("CYCLE-P01", e.Code);
        Assert.Equal(new[] { "big", "also-big" }, e.Shortfalls.Select(s => s.ManagerId));
        Assert.Equal(5, e.Shortfalls[0].Shortfall);
        Assert.Equal(2, e.Shortfalls[1].Shortfall);
        Assert.Contains("big", e.Message);
    }

    [Fact]
    public void A_window_that_ends_before_the_lead_time_is_infeasible()
    {
        var planner = new CyclePlanner(CyclePolicy.Default, ClockOn(new LocalDate(2027, 2, 20)));
        var e = Assert.Throws<InfeasibleCycleException>(() => planner.Plan(Team("m1", 2), CyclePolicy.SeasonWindow(2027)));
        Assert.Equal(0, e.Shortfalls.Single().Placeable);
    }

    [Fact]
    public void Others_are_moved_to_make_room_when_the_first_choice_blocks()
    {
        // Three days, one conversation a day. A fits days 1-2, B days 2-3, C only day 1.
        var d = new[] { new LocalDate(2027, 2, 1), new LocalDate(2027, 2, 2), new LocalDate(2027, 2, 3) };
        var people = new List<CycleParticipant>
        {
            new("A", "m") { Unavailable = new[] { new DateInterval(d[2], d[2]) } },
            new("B", "m") { Unavailable = new[] { new DateInterval(d[0], d[0]) } },
            new("C", "m") { Unavailable = new[] { new DateInterval(d[1], d[2]) } },
        };
        var plan = Plan(people, new LocalDate(2027, 1, 1), new DateInterval(d[0], d[2]), new CyclePolicy { ManagerCapacityPerDay = 1 });
        Assert.Equal(d[0], plan.For("C").Date);
        Assert.Equal(d[1], plan.For("A").Date);
        Assert.Equal(d[2], plan.For("B").Date);
    }

    [Fact]
    public void Leave_of_employees_and_managers_is_respected_and_the_excused_are_reported()
    {
        var window = new DateInterval(new LocalDate(2027, 2, 1), new LocalDate(2027, 2, 12));
        var people = Team("boss", 6);
        people[0] = new CycleParticipant("e001", "boss") { Unavailable = new[] { new DateInterval(new LocalDate(2027, 2, 1), new LocalDate(2027, 2, 10)) } };
        people.Add(new CycleParticipant("boss", "ceo") { Unavailable = new[] { new DateInterval(new LocalDate(2027, 2, 3), new LocalDate(2027, 2, 5)) } });
        people.Add(new CycleParticipant("e900", "boss") { ExcusedReason = "Zwangerschapsverlof tot 1 juni" });
        var plan = Plan(people, new LocalDate(2027, 1, 1), window);
        Assert.True(plan.For("e001").Date >= new LocalDate(2027, 2, 11));
        Assert.DoesNotContain(plan.Conversations, c => c.ManagerId == "boss" && c.Date >= new LocalDate(2027, 2, 3) && c.Date <= new LocalDate(2027, 2, 5));
        Assert.Equal("Zwangerschapsverlof tot 1 juni", plan.Excused.Single().Reason);
        Assert.Null(plan.Excused.Single().Code);
        Assert.Equal("Zwangerschapsverlof tot 1 juni", plan.Excused.Single().Describe(System.Globalization.CultureInfo.GetCultureInfo("en")));
        Assert.Throws<KeyNotFoundException>(() => plan.For("e900"));
    }

    [Fact]
    public void Conversations_show_in_the_employees_own_zone()
    {
        var london = DateTimeZoneProviders.Tzdb["Europe/London"];
        var people = new List<CycleParticipant> { new("uk", "m") { TimeZone = london }, new("nl", "m") };
        var plan = Plan(people, new LocalDate(2027, 1, 1), new DateInterval(new LocalDate(2027, 2, 1), new LocalDate(2027, 2, 1)));
        Assert.Equal(london, plan.For("uk").Start.Zone);
        Assert.Equal(Offset.Zero, plan.For("uk").Start.Offset);
        Assert.NotEqual(plan.For("uk").Start.ToInstant(), plan.For("nl").Start.ToInstant());
    }

    [Fact]
    public void Bad_input_is_named()
    {
        var planner = new CyclePlanner(CyclePolicy.Default, ClockOn(new LocalDate(2027, 1, 1)));
        var dup = Assert.Throws<ArgumentException>(() => planner.Plan(new[] { new CycleParticipant("a", "m"), new CycleParticipant("a", "m") }, CyclePolicy.SeasonWindow(2027)));
        Assert.Contains("'a'", dup.Message);
        Assert.Equal("managerId", Assert.Throws<ArgumentException>(() => new CycleParticipant("a", "a")).ParamName);
        Assert.Equal("ManagerCapacityPerDay", Assert.Throws<ArgumentException>(() => new CyclePolicy { ManagerCapacityPerDay = 0 }).ParamName);
        Assert.Equal("talkingPointsDaysBefore", Assert.Throws<ArgumentException>(() => new CyclePlanner(new CyclePolicy { LeadTimes = new LeadTimePolicy(talkingPointsDaysBefore: 14) }, SystemClockStub())).ParamName);
        Assert.Equal("SlotLength", Assert.Throws<ArgumentException>(() => new CyclePlanner(new CyclePolicy { SlotLength = Duration.FromHours(9) }, SystemClockStub())).ParamName);
    }

    [Fact]
    public void Rescheduling_checks_every_rule_and_keeps_the_rest()
    {
        var people = Team("m1", 6);
        people.Add(new CycleParticipant("m1", "ceo") { Unavailable = new[] { new DateInterval(new LocalDate(2027, 2, 15), new LocalDate(2027, 2, 15)) } });
        people[0] = new CycleParticipant("e001", "m1") { Unavailable = new[] { new DateInterval(new LocalDate(2027, 2, 16), new LocalDate(2027, 2, 16)) } };
        var today = new LocalDate(2027, 1, 4);
        var plan = Plan(people, today, new DateInterval(new LocalDate(2027, 2, 1), new LocalDate(2027, 2, 26)), new CyclePolicy { ManagerCapacityPerDay = 2, Spreading = SpreadingMode.AsEarlyAsPossible });

        string Code(Func<CyclePlan, CyclePlanResult> change) => CycleResults.Refused(plan, change);
        Assert.Equal("CYCLE-R01", Code(p => p.Reschedule("e002", new LocalDate(2027, 2, 22), " ", today)));
        Assert.Equal("CYCLE-R07", Code(p => p.Reschedule("nobody", new LocalDate(2027, 2, 22), "ziek", today)));
        Assert.Equal("CYCLE-R02", Code(p => p.Reschedule("e002", new LocalDate(2027, 3, 1), "ziek", today)));
        Assert.Equal("CYCLE-R03", Code(p => p.Reschedule("e002", new LocalDate(2027, 2, 20), "ziek", today)));
        Assert.Equal("CYCLE-R04", Code(p => p.Reschedule("e002", new LocalDate(2027, 2, 15), "ziek", today)));
        Assert.Equal("CYCLE-R04", Code(p => p.Reschedule("e001", new LocalDate(2027, 2, 16), "ziek", today)));
        Assert.Equal("CYCLE-R06", Code(p => p.Reschedule("e002", new LocalDate(2027, 2, 8), "ziek", new LocalDate(2027, 1, 30))));

        var full = plan.Conversations.GroupBy(c => c.Date).First(g => g.Count() == 2 && g.Key != new LocalDate(2027, 2, 16)).Key;
        var outsider = plan.Conversations.First(c => c.Date != full && c.EmployeeId != "e001").EmployeeId;
        Assert.Equal("CYCLE-R05", Code(p => p.Reschedule(outsider, full, "ziek", today)));

        var moved = plan.Reschedule("e002", new LocalDate(2027, 2, 24), "Leidinggevende ziek", today).Ok();
        Assert.Equal(new LocalDate(2027, 2, 24), moved.For("e002").Date);
        Assert.Equal("Leidinggevende ziek", moved.For("e002").RescheduleReason);
        Assert.Equal(new LocalDate(2027, 2, 10), moved.For("e002").AnnounceOn);
        Assert.NotEqual(new LocalDate(2027, 2, 24), plan.For("e002").Date);
        Assert.Empty(CycleInvariants.Violations(moved, people, today));
        Assert.All(people.Where(p => p.EmployeeId is not "e002" and not "m1"), p => Assert.Same(plan.For(p.EmployeeId), moved.For(p.EmployeeId)));
    }

    [Fact]
    public void A_manager_who_is_also_an_employee_is_not_double_booked()
    {
        // Regression: with "m1,d" and "e1,m1" in the CSV both conversations landed on the same day at
        // 09:00: m1 sat with d and with e1 at the same moment. A person is busy in every conversation
        // they take part in, on either side of the table.
        var people = new List<CycleParticipant> { new("m1", "d"), new("e1", "m1") };
        var today = new LocalDate(2026, 12, 1);
        var plan = Plan(people, today, new DateInterval(new LocalDate(2027, 1, 11), new LocalDate(2027, 2, 26)));
        var own = plan.For("m1");
        var held = plan.For("e1");
        Assert.True(
            own.End.ToInstant() <= held.Start.ToInstant() || held.End.ToInstant() <= own.Start.ToInstant(),
            $"m1 sits in two conversations at once: {own} and {held}");
    }

    [Fact]
    public void Rescheduling_books_both_sides_as_people()
    {
        var people = new List<CycleParticipant> { new("m1", "d"), new("e1", "m1") };
        var today = new LocalDate(2027, 1, 4);
        var window = new DateInterval(new LocalDate(2027, 2, 1), new LocalDate(2027, 2, 26));

        // m1's own conversation moved onto the day m1 holds e1's: into another slot, not the same hour.
        var plan = Plan(people, today, window);
        var held = plan.For("e1");
        var moved = plan.Reschedule("m1", held.Date, "ziek", today).Ok();
        Assert.Equal(held.Date, moved.For("m1").Date);
        Assert.Empty(CycleInvariants.Violations(moved, people, today));
        Assert.Empty(CycleInvariants.Violations(moved.Reschedule("e1", moved.For("m1").Date.PlusDays(1), "ziek", today).Ok().Reschedule("e1", held.Date, "ziek", today).Ok(), people, today));

        // With room for one conversation a day, m1's own conversation fills that day for m1.
        var tight = Plan(people, today, window, new CyclePolicy { ManagerCapacityPerDay = 1 });
        Assert.Equal("CYCLE-R05", CycleResults.Refused(tight, p => p.Reschedule("e1", p.For("m1").Date, "ziek", today)));
        var e = tight.Reschedule("e1", tight.For("m1").Date, "ziek", today).Rejection!;
        Assert.Equal("m1", e.Arguments["Person"]);
        Assert.Contains("'m1'", e.Message(System.Globalization.CultureInfo.GetCultureInfo("en")), StringComparison.Ordinal);
    }

    [Fact]
    public void A_manager_who_cannot_hold_their_team_and_their_own_conversation_is_named()
    {
        // One working day, one conversation per person per day: m1 cannot both hold e1's and sit in
        // their own with d. Nothing is planned; d's shortfall names m1.
        var people = new List<CycleParticipant> { new("m1", "d"), new("e1", "m1") };
        var planner = new CyclePlanner(new CyclePolicy { ManagerCapacityPerDay = 1 }, ClockOn(new LocalDate(2027, 1, 4)));
        var e = Assert.Throws<InfeasibleCycleException>(() => planner.Plan(people, new DateInterval(new LocalDate(2027, 2, 1), new LocalDate(2027, 2, 1))));
        var shortfall = Assert.Single(e.Shortfalls);
        Assert.Equal("d", shortfall.ManagerId);
        Assert.Equal(new[] { "m1" }, shortfall.Unplaced);
        Assert.Equal(1, shortfall.Shortfall);
        Assert.Contains("m1", e.Message);
    }

    [Fact]
    public void Reporting_lines_that_loop_are_refused()
    {
        var planner = new CyclePlanner(CyclePolicy.Default, ClockOn(new LocalDate(2027, 1, 1)));
        var people = new[] { new CycleParticipant("a", "b"), new CycleParticipant("b", "a"), new CycleParticipant("e", "a") };
        var e = Assert.Throws<ArgumentException>(() => planner.Plan(people, CyclePolicy.SeasonWindow(2027)));
        Assert.Equal("participants", e.ParamName);
        Assert.Contains("a", e.Message);
        Assert.Contains("b", e.Message);
    }

    [Theory]
    [InlineData(10_000, 1_000, 100)]
    [InlineData(10_000, 1_000, 10)]
    public void A_three_level_organisation_books_every_person_once_at_a_time(int employees, int managers, int directors)
    {
        // Regression: 10,000 employees under 1,000 managers under 100 directors had about 200 managers
        // in two conversations at once; under 10 directors every manager.
        var people = new List<CycleParticipant>(employees + managers);
        for (int m = 0; m < managers; m++)
        {
            people.Add(new CycleParticipant($"m{m}", $"d{m % directors}"));
        }

        for (int e = 0; e < employees; e++)
        {
            people.Add(new CycleParticipant($"e{e}", $"m{e % managers}"));
        }

        var today = new LocalDate(2026, 12, 1);
        var plan = new CyclePlanner(CyclePolicy.Default, ClockOn(today)).Plan(people, new DateInterval(new LocalDate(2027, 1, 11), new LocalDate(2027, 2, 26)));
        var violations = CycleInvariants.Violations(plan, people, today);
        Assert.True(violations.Count == 0, $"{violations.Count} violations, e.g. {string.Join("; ", violations.Take(3))}");
        Assert.Equal(employees + managers, plan.Conversations.Count);
    }

    [Fact]
    public void Reminders_are_data_for_both_parties()
    {
        var plan = Plan(Team("m1", 1), new LocalDate(2027, 1, 4), new DateInterval(new LocalDate(2027, 2, 1), new LocalDate(2027, 2, 1)));
        var reminders = plan.Reminders();
        Assert.Equal(9, reminders.Count);
        Assert.Equal(ReminderKind.Announcement, reminders[0].Kind);
        Assert.Equal("e001", reminders[0].RecipientId);
        Assert.Equal(new LocalDate(2027, 1, 18), reminders[0].DueOn);
        Assert.Equal(2, plan.RemindersDueOn(new LocalDate(2027, 1, 29)).Count(r => r.Kind == ReminderKind.DayBefore));
        Assert.Contains(reminders, r => r.Kind == ReminderKind.FollowUp && r.RecipientId == "m1" && r.DueOn == new LocalDate(2027, 2, 15));
    }

    private static IClock SystemClockStub() => new FakeClock(Instant.FromUtc(2027, 1, 1, 0, 0));

    private sealed class NoHolidays : IHolidayCalendar
    {
        public IReadOnlyList<Holiday> HolidaysIn(int year) => Array.Empty<Holiday>();
    }
}
