namespace Pop.Core.Tests.Cycles;

using System.Linq;
using NodaTime;
using Pop.Core.Cycles;
using Xunit;

public sealed class HolidayTests
{
    [Theory]
    [InlineData(2000, 4, 23)]
    [InlineData(2008, 3, 23)]
    [InlineData(2024, 3, 31)]
    [InlineData(2025, 4, 20)]
    [InlineData(2026, 4, 5)]
    [InlineData(2027, 3, 28)]
    [InlineData(2028, 4, 16)]
    [InlineData(2038, 4, 25)]
    public void Easter_sunday(int year, int month, int day) =>
        Assert.Equal(new LocalDate(year, month, day), DutchHolidayCalendar.EasterSunday(year));

    [Theory]
    [InlineData(2014, 4, 26)] // 27 April 2014 was a Sunday
    [InlineData(2025, 4, 26)] // and so was 27 April 2025
    [InlineData(2026, 4, 27)]
    [InlineData(2031, 4, 26)]
    [InlineData(2006, 4, 29)] // Koninginnedag 30 April 2006 was a Sunday
    [InlineData(2012, 4, 30)]
    public void Kings_day_moves_off_a_sunday(int year, int month, int day)
    {
        var holidays = DutchHolidayCalendar.Default.HolidaysIn(year);
        Assert.Equal(new LocalDate(year, month, day), holidays.Single(h => h.Code == "HOLIDAY.KingsDay").Date);
    }

    [Fact]
    public void The_holidays_of_2026()
    {
        var dates = DutchHolidayCalendar.Default.HolidaysIn(2026).Select(h => h.Date.ToString("MM-dd", null)).ToArray();
        Assert.Equal(new[] { "01-01", "04-05", "04-06", "04-27", "05-14", "05-24", "05-25", "12-25", "12-26" }, dates);
    }

    [Fact]
    public void Liberation_day_and_good_friday_follow_the_chosen_rules()
    {
        Assert.Contains(DutchHolidayCalendar.Default.HolidaysIn(2025), h => h.Code == "HOLIDAY.LiberationDay");
        Assert.DoesNotContain(DutchHolidayCalendar.Default.HolidaysIn(2026), h => h.Code == "HOLIDAY.LiberationDay");
        Assert.Contains(new DutchHolidayCalendar(LiberationDayRule.EveryYear).HolidaysIn(2026), h => h.Date == new LocalDate(2026, 5, 5));
        Assert.DoesNotContain(new DutchHolidayCalendar(LiberationDayRule.Never).HolidaysIn(2025), h => h.Code == "HOLIDAY.LiberationDay");
        Assert.Contains(new DutchHolidayCalendar(goodFriday: true).HolidaysIn(2027), h => h.Date == new LocalDate(2027, 3, 26));
    }

    [Fact]
    public void Every_holiday_has_a_name_in_both_languages()
    {
        var all = new DutchHolidayCalendar(LiberationDayRule.EveryYear, goodFriday: true).HolidaysIn(2027);
        Assert.Equal(11, all.Count);
        foreach (var culture in new[] { "nl", "en" }.Select(System.Globalization.CultureInfo.GetCultureInfo))
        {
            Assert.All(all, h => Assert.DoesNotContain("HOLIDAY.", Pop.Core.Texts.TextCatalog.Default.Format(h.Code, culture)));
        }

        Assert.Equal("Koningsdag", Pop.Core.Texts.TextCatalog.Default.Format("HOLIDAY.KingsDay", System.Globalization.CultureInfo.GetCultureInfo("nl")));
    }

    [Fact]
    public void Working_days_skip_weekends_holidays_and_closed_days()
    {
        var calendar = WorkingCalendar.DutchDefault.WithClosedDays(new[] { new LocalDate(2026, 5, 15) });
        Assert.False(calendar.IsWorkingDay(new LocalDate(2026, 5, 14)));  // Hemelvaartsdag
        Assert.False(calendar.IsWorkingDay(new LocalDate(2026, 5, 15)));  // bridge day closed by the organisation
        Assert.False(calendar.IsWorkingDay(new LocalDate(2026, 5, 16)));  // Saturday
        Assert.True(calendar.IsWorkingDay(new LocalDate(2026, 5, 18)));
        Assert.Equal(new LocalDate(2026, 5, 18), calendar.AddWorkingDays(new LocalDate(2026, 5, 13), 1));
        Assert.Equal(new LocalDate(2026, 5, 13), calendar.OnOrBefore(new LocalDate(2026, 5, 17)));
        Assert.True(WorkingCalendar.DutchDefault.IsWorkingDay(new LocalDate(2028, 2, 29)));
    }
}
