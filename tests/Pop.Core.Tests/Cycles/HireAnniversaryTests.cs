namespace Pop.Core.Tests.Cycles;

using System;
using System.Linq;
using NodaTime;
using NodaTime.Testing;
using Pop.Core.Cycles;
using Xunit;

public sealed class HireAnniversaryTests
{
    [Theory]
    [InlineData("2026-10-15", "2027-01-01", "2027-01-15")] // the first conversation, three months after hire
    [InlineData("2026-10-15", "2027-02-01", "2027-10-15")] // then the hire anniversary
    [InlineData("2020-05-04", "2027-01-01", "2027-05-04")]
    [InlineData("2024-02-29", "2027-01-01", "2027-02-28")] // a leap-day hire is celebrated on the 28th
    [InlineData("2024-02-29", "2028-01-01", "2028-02-29")]
    public void Next_due(string hired, string from, string due)
    {
        LocalDate P(string s) => NodaTime.Text.LocalDatePattern.Iso.Parse(s).Value;
        Assert.Equal(P(due), HireAnniversaryPolicy.Default.NextDue(P(hired), P(from)));
    }

    [Fact]
    public void Due_conversations_are_planned_near_their_date_and_the_rest_is_reported()
    {
        var people = new[]
        {
            new CycleParticipant("a", "m") { HireDate = new LocalDate(2019, 3, 10) },  // due 2027-03-10 (a Wednesday)
            new CycleParticipant("b", "m") { HireDate = new LocalDate(2026, 12, 6) },  // first conversation due 2027-03-06 (a Saturday)
            new CycleParticipant("c", "m") { HireDate = new LocalDate(2020, 9, 1) },   // not due in March
            new CycleParticipant("d", "m"),                                             // no hire date
        };
        var planner = new CyclePlanner(CyclePolicy.Default, new FakeClock(Instant.FromUtc(2027, 1, 15, 9, 0)));
        var plan = planner.PlanAnniversaries(people, new DateInterval(new LocalDate(2027, 3, 1), new LocalDate(2027, 3, 31)), HireAnniversaryPolicy.Default);

        Assert.Equal(new LocalDate(2027, 3, 10), plan.For("a").Date);
        Assert.Equal(new LocalDate(2027, 3, 8), plan.For("b").Date);
        Assert.Equal(new[] { "c", "d" }, plan.Excused.Select(e => e.EmployeeId).OrderBy(x => x));
        var noHireDate = plan.Excused.Single(e => e.EmployeeId == "d");
        Assert.Contains("No hire date", noHireDate.Reason);
        Assert.Equal("CYCLE-X01", noHireDate.Code);
        Assert.StartsWith("Geen datum van indiensttreding", noHireDate.Describe(System.Globalization.CultureInfo.GetCultureInfo("nl")));
        // Excused by the anniversary rules: no conversation, not someone else's.
        Assert.Throws<System.Collections.Generic.KeyNotFoundException>(() => plan.For("d"));
        Assert.Throws<System.Collections.Generic.KeyNotFoundException>(() => plan.For("c"));
        // The not-due employees count as excused by the plan: check the rules with them marked so.
        var asPlanned = people.Select(p => p.EmployeeId is "c" or "d" ? new CycleParticipant(p.EmployeeId, p.ManagerId) { ExcusedReason = "not due" } : p).ToArray();
        Assert.Empty(CycleInvariants.Violations(plan, asPlanned, new LocalDate(2027, 1, 15)));
    }

    [Fact]
    public void A_first_conversation_of_a_year_or_more_is_refused() =>
        Assert.Equal("firstConversationAfter", Assert.Throws<ArgumentException>(() => new HireAnniversaryPolicy(Period.FromMonths(12))).ParamName);
}
