namespace Pop.Core.Tests.Cycles;

using System;
using System.Collections.Generic;
using System.Linq;
using NodaTime;
using NodaTime.Testing;
using Pop.Core.Cycles;
using Xunit;

/// <summary>Both people's working hours in their own zones, leave on each person's own date, and the appointments people already have.</summary>
public sealed class ZonesAndBusyTimeTests
{
    private static readonly DateTimeZone Amsterdam = DateTimeZoneProviders.Tzdb["Europe/Amsterdam"];
    private static readonly DateTimeZone London = DateTimeZoneProviders.Tzdb["Europe/London"];
    private static readonly DateTimeZone NewYork = DateTimeZoneProviders.Tzdb["America/New_York"];
    private static readonly DateTimeZone Honolulu = DateTimeZoneProviders.Tzdb["Pacific/Honolulu"];
    private static readonly LocalDate Today = new(2027, 1, 4);
    private static readonly DateInterval Season = CyclePolicy.SeasonWindow(2027);

    private static FakeClock Clock => new(Today.AtStartOfDayInZone(Amsterdam).ToInstant() + Duration.FromHours(10));

    private static Interval Local(DateTimeZone zone, LocalDate day, int fromHour, int toHour) =>
        new(zone.AtStrictly(day.At(new LocalTime(fromHour, 0))).ToInstant(), zone.AtStrictly(day.At(new LocalTime(toHour, 0))).ToInstant());

    [Fact]
    public void An_employee_in_London_is_not_asked_in_before_nine_their_time()
    {
        var people = new List<CycleParticipant> { new("e1", "m1") { TimeZone = London }, new("m1", "d") };
        var plan = new CyclePlanner(new CyclePolicy { Spreading = SpreadingMode.AsEarlyAsPossible }, Clock).Plan(people, Season);

        var e1 = plan.For("e1");
        Assert.Equal(London, e1.Start.Zone);
        Assert.True(e1.Start.TimeOfDay >= new LocalTime(9, 0), $"{e1.Start} starts before the working day in London");
        Assert.Empty(CycleInvariants.Violations(plan, people, Today));
    }

    [Fact]
    public void An_employee_in_New_York_meets_an_Amsterdam_manager_in_the_hours_both_work()
    {
        var people = Enumerable.Range(1, 6).Select(i => new CycleParticipant($"e{i}", "m1") { TimeZone = NewYork }).ToList();
        var plan = new CyclePlanner(CyclePolicy.Default, Clock).Plan(people, Season);

        Assert.All(plan.Conversations, c =>
        {
            Assert.InRange(c.Start.TimeOfDay, new LocalTime(9, 0), new LocalTime(16, 0));            // New York
            Assert.InRange(c.Start.ToInstant().InZone(Amsterdam).TimeOfDay, new LocalTime(9, 0), new LocalTime(16, 0));
        });
        Assert.Empty(CycleInvariants.Violations(plan, people, Today));
    }

    [Fact]
    public void An_employee_who_shares_no_working_hour_with_the_manager_is_named_in_the_typed_error_and_nothing_is_planned()
    {
        var people = new List<CycleParticipant> { new("e1", "m1"), new("e2", "m1") { TimeZone = Honolulu } };
        var error = Assert.Throws<InfeasibleCycleException>(() => new CyclePlanner(CyclePolicy.Default, Clock).Plan(people, Season));

        var shortfall = Assert.Single(error.Shortfalls);
        Assert.Equal("m1", shortfall.ManagerId);
        Assert.Equal(new[] { "e2" }, shortfall.Unplaced);
        Assert.Equal("CYCLE-P01", error.Code);
    }

    [Fact]
    public void Leave_is_judged_on_the_employees_own_date()
    {
        // Working hours around the clock (but one hour) and no weekend but Wednesday: Monday
        // 00:00 in Amsterdam is still Sunday afternoon in Honolulu, and the manager's Tuesday
        // morning is the employee's Monday, the day they are away.
        var calendar = new WorkingCalendar(new NoHolidays(), weekend: new[] { IsoDayOfWeek.Wednesday });
        var policy = new CyclePolicy { Calendar = calendar, WorkdayStart = new LocalTime(0, 0), WorkdayEnd = new LocalTime(23, 0), ManagerCapacityPerDay = 1 };
        var monday = new LocalDate(2027, 3, 1);
        var people = new List<CycleParticipant>
        {
            new("e1", "m1") { TimeZone = Honolulu, Unavailable = new[] { new DateInterval(monday, monday) } },
            new("e2", "m1"),
        };

        var plan = new CyclePlanner(policy, new FakeClock(Instant.FromUtc(2027, 1, 4, 10, 0))).Plan(people, new DateInterval(monday, monday.PlusDays(1)));

        Assert.NotEqual(monday, plan.For("e1").Start.Date);
        Assert.Empty(CycleInvariants.Violations(plan, people, new LocalDate(2027, 1, 4)));
    }

    [Fact]
    public void Conversations_are_planned_around_the_managers_appointments()
    {
        // The manager is busy every working morning until noon, across the change to summer time.
        var window = new DateInterval(new LocalDate(2027, 3, 22), new LocalDate(2027, 4, 2));
        var busy = new List<BusyTime>();
        for (var day = window.Start; day <= window.End; day = day.PlusDays(1))
        {
            busy.Add(new BusyTime("m1", Local(Amsterdam, day, 9, 12)));
        }

        var table = new BusyTimeTable(busy);
        var people = Enumerable.Range(1, 30).Select(i => new CycleParticipant($"e{i}", "m1")).ToList();
        var plan = new CyclePlanner(CyclePolicy.Default, Clock, table).Plan(people, window);

        Assert.All(plan.Conversations, c => Assert.True(c.Start.TimeOfDay >= new LocalTime(12, 0), $"{c.Start} overlaps the manager's morning"));
        Assert.Empty(CycleInvariants.Violations(plan, people, Today, table));
    }

    [Fact]
    public void A_window_the_managers_appointments_fill_names_the_shortfall()
    {
        var window = new DateInterval(new LocalDate(2027, 3, 22), new LocalDate(2027, 3, 23));
        var table = new BusyTimeTable(new[] { new BusyTime("m1", Local(Amsterdam, window.Start, 8, 16)), new BusyTime("m1", Local(Amsterdam, window.End, 9, 17)) });
        var people = new List<CycleParticipant> { new("e1", "m1"), new("e2", "m1") };

        var error = Assert.Throws<InfeasibleCycleException>(() => new CyclePlanner(CyclePolicy.Default, Clock, table).Plan(people, window));

        var shortfall = Assert.Single(error.Shortfalls);
        Assert.Equal(1, shortfall.Placeable); // 16:00–17:00 on the first day is all there is
        Assert.Equal(1, shortfall.WorkingDays);
    }

    [Fact]
    public void An_employees_own_appointments_and_a_managers_own_conversation_are_kept_apart()
    {
        // m1 holds e1's conversation and has one with d; e1 and m1 both have appointments.
        var day = new LocalDate(2027, 3, 22);
        var table = new BusyTimeTable(new[]
        {
            new BusyTime("e1", Local(Amsterdam, day, 9, 15)),
            new BusyTime("m1", Local(Amsterdam, day, 16, 17)),
            new BusyTime("d", Local(Amsterdam, day, 9, 14)),
        });
        var people = new List<CycleParticipant> { new("m1", "d"), new("e1", "m1") };
        var plan = new CyclePlanner(CyclePolicy.Default, Clock, table).Plan(people, new DateInterval(day, day));

        Assert.Equal(new LocalTime(15, 0), plan.For("e1").Start.TimeOfDay);
        Assert.Equal(new LocalTime(14, 0), plan.For("m1").Start.TimeOfDay);
        Assert.Empty(CycleInvariants.Violations(plan, people, Today, table));
    }

    [Fact]
    public void Rescheduling_respects_the_busy_time_the_plan_was_made_around()
    {
        var table = new BusyTimeTable(new[] { new BusyTime("m1", Local(Amsterdam, new LocalDate(2027, 2, 10), 9, 17)) });
        var people = new List<CycleParticipant> { new("e1", "m1") };
        var plan = new CyclePlanner(CyclePolicy.Default, Clock, table).Plan(people, Season);

        var refused = plan.Reschedule("e1", new LocalDate(2027, 2, 10), "ziek", Today);
        Assert.Equal("CYCLE-R09", refused.Rejection?.Code);
        Assert.Contains("geen tijdslot samen", refused.Rejection!.Message(System.Globalization.CultureInfo.GetCultureInfo("nl")));
        var moved = plan.Reschedule("e1", new LocalDate(2027, 2, 11), "ziek", Today);
        Assert.True(moved.IsAccepted);
        Assert.Empty(CycleInvariants.Violations(moved.Plan, people, Today, table));
    }

    [Fact]
    public void A_source_that_answers_null_is_a_clear_error()
    {
        var planner = new CyclePlanner(CyclePolicy.Default, Clock, new NullSource());
        var error = Assert.Throws<InvalidOperationException>(() => planner.Plan(new[] { new CycleParticipant("e1", "m1") }, Season));
        Assert.Contains("busy-time source", error.Message);
    }

    [Fact]
    public void The_source_is_asked_once_for_everyone_including_managers_without_a_row()
    {
        var source = new CountingSource();
        new CyclePlanner(CyclePolicy.Default, Clock, source).Plan(new[] { new CycleParticipant("e1", "m1"), new CycleParticipant("m1", "d") }, Season);
        Assert.Equal(1, source.Calls);
        Assert.Equal(new[] { "d", "e1", "m1" }, source.Asked.OrderBy(x => x, StringComparer.Ordinal));
    }

    [Fact]
    public void The_tree_and_busy_calendar_of_the_docs_plan_as_the_docs_say()
    {
        // docs/cycles.md, "A tree organisation and a busy calendar".
        var monday = new LocalDate(2027, 1, 11);
        var busy = new BusyTimeTable(new[]
        {
            new BusyTime("d", Local(Amsterdam, monday, 9, 13)),
            new BusyTime("m1", Local(Amsterdam, monday, 13, 15)),
            new BusyTime("e2", Local(London, monday, 9, 10)),
        });
        var people = new List<CycleParticipant> { new("m1", "d"), new("e1", "m1"), new("e2", "m1") { TimeZone = London } };
        var clock = new FakeClock(Instant.FromUtc(2026, 12, 1, 9, 0));
        var plan = new CyclePlanner(new CyclePolicy { Spreading = SpreadingMode.AsEarlyAsPossible }, clock, busy).Plan(people, new DateInterval(monday, monday.PlusDays(4)));

        Assert.Equal(monday.At(new LocalTime(9, 0)), plan.For("e1").Start.LocalDateTime);
        Assert.Equal(monday.At(new LocalTime(10, 0)), plan.For("e2").Start.LocalDateTime);
        Assert.Equal(monday.At(new LocalTime(15, 0)), plan.For("m1").Start.LocalDateTime);
        Assert.Empty(CycleInvariants.Violations(plan, people, new LocalDate(2026, 12, 1), busy));
    }

    [Fact]
    public void Managers_first_puts_a_managers_own_conversation_before_their_teams_and_rescheduling_keeps_it()
    {
        var people = new List<CycleParticipant> { new("e1", "m1"), new("e2", "m1"), new("m1", "d"), new("m2", "d"), new("e3", "m2") };
        var policy = new CyclePolicy { ManagersFirst = true };
        var plan = new CyclePlanner(policy, Clock).Plan(people, Season);

        var own = plan.For("m1").Date;
        Assert.All(new[] { "e1", "e2" }, id => Assert.True(plan.For(id).Date > own, $"{id} on {plan.For(id).Date}, not after m1's own on {own}"));
        Assert.True(plan.For("e3").Date > plan.For("m2").Date);
        Assert.Empty(CycleInvariants.Violations(plan, people, Today));

        var early = plan.Reschedule("e1", own, "ziek", Today);
        Assert.Equal("CYCLE-R08", early.Rejection?.Code);
        Assert.Contains("m1", early.Rejection!.Message(System.Globalization.CultureInfo.GetCultureInfo("nl")));
        var late = plan.Reschedule("m1", plan.For("e1").Date < plan.For("e2").Date ? plan.For("e1").Date : plan.For("e2").Date, "ziek", Today);
        Assert.Equal("CYCLE-R08", late.Rejection?.Code);
        Assert.Contains("their own", late.Rejection!.Message(System.Globalization.CultureInfo.GetCultureInfo("en")));

        // Without the policy the same organisation plans bottom-up, and the order is free.
        var free = new CyclePlanner(CyclePolicy.Default, Clock).Plan(people, Season);
        Assert.Empty(CycleInvariants.Violations(free, people, Today));
    }

    private sealed class NoHolidays : IHolidayCalendar
    {
        public IReadOnlyList<Holiday> HolidaysIn(int year) => Array.Empty<Holiday>();
    }

    [Fact]
    public void A_hosts_own_source_is_planned_around_and_entries_for_people_not_asked_are_ignored()
    {
        var day = new LocalDate(2027, 3, 22);
        var source = new ListSource(new[]
        {
            new BusyTime("m1", Local(Amsterdam, day, 9, 12)),
            new BusyTime("m1", Local(Amsterdam, day, 11, 13)),   // overlaps the first: merged
            new BusyTime("stranger", Local(Amsterdam, day, 13, 17)),
        });
        var people = new List<CycleParticipant> { new("e1", "m1") };
        var plan = new CyclePlanner(CyclePolicy.Default, Clock, source).Plan(people, new DateInterval(day, day));

        Assert.Equal(new LocalTime(13, 0), plan.For("e1").Start.TimeOfDay);
    }

    private sealed class ListSource : IBusyTimeSource
    {
        private readonly BusyTime[] entries;

        public ListSource(BusyTime[] entries) => this.entries = entries;

        public IEnumerable<BusyTime> BusyTimes(IReadOnlyCollection<string> personIds, Interval window) => entries;
    }

    private sealed class NullSource : IBusyTimeSource
    {
        public IEnumerable<BusyTime> BusyTimes(IReadOnlyCollection<string> personIds, Interval window) => null!;
    }

    private sealed class CountingSource : IBusyTimeSource
    {
        public int Calls { get; private set; }

        public List<string> Asked { get; } = new();

        public IEnumerable<BusyTime> BusyTimes(IReadOnlyCollection<string> personIds, Interval window)
        {
            Calls++;
            Asked.AddRange(personIds);
            return Array.Empty<BusyTime>();
        }
    }
}
