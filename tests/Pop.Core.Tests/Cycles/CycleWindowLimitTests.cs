namespace Pop.Core.Tests.Cycles;

using System;
using NodaTime;
using NodaTime.Testing;
using Pop.Core.Cycles;
using Xunit;

/// <summary>The window a planner accepts: years <see cref="CyclePlanner.EarliestYear"/> to <see cref="CyclePlanner.LatestYear"/>, at most <see cref="CyclePlanner.MaxWindowDays"/> days.</summary>
public sealed class CycleWindowLimitTests
{
    private static readonly CycleParticipant[] People = { new("e1", "m1"), new("e2", "m1") };

    private static CyclePlanner Planner() =>
        new(CyclePolicy.Default, new FakeClock(Instant.FromUtc(2026, 12, 1, 10, 0)));

    public static TheoryData<LocalDate, LocalDate, string> Absurd() => new()
    {
        { new LocalDate(1, 1, 1), new LocalDate(9999, 12, 31), "1900" },
        { new LocalDate(2027, 1, 11), new LocalDate(9999, 12, 31), "2999" },
        { new LocalDate(9999, 12, 30), new LocalDate(9999, 12, 31), "2999" },
        { new LocalDate(1899, 12, 31), new LocalDate(1900, 1, 31), "1900" },
        { new LocalDate(2027, 1, 11), new LocalDate(2029, 1, 11), "731 days" },
    };

    [Theory]
    [MemberData(nameof(Absurd))]
    public void An_absurd_window_is_refused_up_front_naming_the_parameter_and_the_limit(LocalDate start, LocalDate end, string limit)
    {
        var e = Assert.Throws<ArgumentOutOfRangeException>(() => Planner().Plan(People, new DateInterval(start, end)));
        Assert.Equal("window", e.ParamName);
        Assert.Contains(limit, e.Message, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Absurd))]
    public void An_absurd_window_is_refused_for_anniversary_plans_too(LocalDate start, LocalDate end, string limit)
    {
        var e = Assert.Throws<ArgumentOutOfRangeException>(() => Planner().PlanAnniversaries(People, new DateInterval(start, end), HireAnniversaryPolicy.Default));
        Assert.Equal("window", e.ParamName);
        Assert.Contains(limit, e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_window_of_exactly_the_most_days_is_planned()
    {
        var window = new DateInterval(new LocalDate(2027, 1, 11), new LocalDate(2027, 1, 11).PlusDays(CyclePlanner.MaxWindowDays - 1));
        Assert.Equal(2, Planner().Plan(People, window).Conversations.Count);
    }

    [Fact]
    public void The_limits_are_a_two_year_cycle_in_the_years_1900_to_2999()
    {
        Assert.Equal(731, CyclePlanner.MaxWindowDays);
        Assert.Equal(1900, CyclePlanner.EarliestYear);
        Assert.Equal(2999, CyclePlanner.LatestYear);
    }
}
