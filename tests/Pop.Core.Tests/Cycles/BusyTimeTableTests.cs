namespace Pop.Core.Tests.Cycles;

using System;
using System.Linq;
using NodaTime;
using Pop.Core.Cycles;
using Xunit;

public sealed class BusyTimeTableTests
{
    private static Interval At(int day, int fromHour, int toHour) =>
        new(Instant.FromUtc(2027, 1, day, fromHour, 0), Instant.FromUtc(2027, 1, day, toHour, 0));

    [Fact]
    public void Overlapping_and_touching_stretches_of_one_person_are_merged_in_order()
    {
        var table = new BusyTimeTable(new[]
        {
            new BusyTime("m1", At(12, 13, 14)),
            new BusyTime("m1", At(11, 9, 11)),
            new BusyTime("m1", At(11, 10, 12)),
            new BusyTime("m1", At(11, 12, 13)),
            new BusyTime("e1", At(11, 9, 10)),
        });

        Assert.Equal(new[] { At(11, 9, 13), At(12, 13, 14) }, table.For("m1"));
        Assert.Equal(new[] { At(11, 9, 10) }, table.For("e1"));
        Assert.Empty(table.For("nobody"));
        Assert.Equal(2, table.PersonCount);
    }

    [Fact]
    public void The_source_answers_only_for_the_people_asked_and_inside_the_window()
    {
        var table = new BusyTimeTable(new[] { new BusyTime("m1", At(11, 9, 10)), new BusyTime("m1", At(20, 9, 10)), new BusyTime("e1", At(11, 9, 10)) });
        var answer = table.BusyTimes(new[] { "m1", "x" }, new Interval(Instant.FromUtc(2027, 1, 10, 0, 0), Instant.FromUtc(2027, 1, 15, 0, 0))).ToList();
        var only = Assert.Single(answer);
        Assert.Equal("m1", only.PersonId);
        Assert.Equal(At(11, 9, 10), only.Interval);
    }

    [Fact]
    public void Busy_time_without_an_end_or_a_length_is_refused_naming_the_person()
    {
        var open = new Interval(Instant.FromUtc(2027, 1, 11, 9, 0), null);
        var error = Assert.Throws<ArgumentException>(() => new BusyTime("m1", open));
        Assert.Contains("'m1'", error.Message);
        Assert.Equal("interval", error.ParamName);
        var instant = Instant.FromUtc(2027, 1, 11, 9, 0);
        Assert.Throws<ArgumentException>(() => new BusyTime("m1", new Interval(instant, instant)));
        Assert.Throws<ArgumentException>(() => new BusyTime(" ", At(11, 9, 10)));
        Assert.Throws<ArgumentNullException>(() => new BusyTimeTable(new BusyTime[] { null! }));
    }
}
