namespace Pop.Core.Cycles;

using System;
using System.Collections.Generic;
using NodaTime;

/// <summary>
/// Dutch public holidays for any year: Nieuwjaarsdag, Pasen, Koningsdag (27 April, or 26 April when
/// the 27th is a Sunday; Koninginnedag and Koningsdag of earlier reigns before 2014), Bevrijdingsdag
/// (per <see cref="LiberationDayRule"/>), Hemelvaartsdag, Pinksteren and Kerstmis. Goede Vrijdag is
/// optional: not a legal day off, but one in some sectors.
/// </summary>
/// <threadsafety>This type is immutable and thread-safe.</threadsafety>
public sealed class DutchHolidayCalendar : IHolidayCalendar
{
    /// <summary>Initializes a new instance of the <see cref="DutchHolidayCalendar"/> class.</summary>
    /// <param name="liberationDay">When Bevrijdingsdag is a day off.</param>
    /// <param name="goodFriday">Whether Goede Vrijdag is a day off.</param>
    public DutchHolidayCalendar(LiberationDayRule liberationDay = LiberationDayRule.LustrumYearsOnly, bool goodFriday = false)
    {
        LiberationDay = liberationDay;
        GoodFriday = goodFriday;
    }

    /// <summary>Gets the calendar most collective agreements follow: Bevrijdingsdag in lustrum years, no Goede Vrijdag.</summary>
    public static DutchHolidayCalendar Default { get; } = new();

    /// <summary>Gets when Bevrijdingsdag is a day off.</summary>
    public LiberationDayRule LiberationDay { get; }

    /// <summary>Gets a value indicating whether Goede Vrijdag is a day off.</summary>
    public bool GoodFriday { get; }

    /// <summary>Gets Easter Sunday of <paramref name="year"/> (Gregorian computus).</summary>
    /// <param name="year">The year (1583 to 9999).</param>
    /// <returns>Easter Sunday.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="year"/> is before the Gregorian calendar or after 9999.</exception>
    public static LocalDate EasterSunday(int year)
    {
        if (year < 1583 || year > 9999)
        {
            throw new ArgumentOutOfRangeException(nameof(year), year, "Easter is computed for Gregorian years 1583 to 9999.");
        }

        int a = year % 19, b = year / 100, c = year % 100, d = b / 4, e = b % 4;
        int f = (b + 8) / 25, g = (b - f + 1) / 3, h = ((19 * a) + b - d - g + 15) % 30;
        int i = c / 4, k = c % 4, l = (32 + (2 * e) + (2 * i) - h - k) % 7;
        int m = (a + (11 * h) + (22 * l)) / 451;
        int month = (h + l - (7 * m) + 114) / 31;
        int day = ((h + l - (7 * m) + 114) % 31) + 1;
        return new LocalDate(year, month, day);
    }

    /// <inheritdoc />
    public IReadOnlyList<Holiday> HolidaysIn(int year)
    {
        if (year < 1583 || year > 9998)
        {
            throw new ArgumentOutOfRangeException(nameof(year), year, "Dutch holidays are computed for 1583 to 9998.");
        }

        var easter = EasterSunday(year);
        var list = new List<Holiday>(12) { new(new LocalDate(year, 1, 1), "HOLIDAY.NewYearsDay") };
        if (GoodFriday)
        {
            list.Add(new Holiday(easter.PlusDays(-2), "HOLIDAY.GoodFriday"));
        }

        list.Add(new Holiday(easter, "HOLIDAY.EasterSunday"));
        list.Add(new Holiday(easter.PlusDays(1), "HOLIDAY.EasterMonday"));
        if (KingsDay(year) is { } kingsDay)
        {
            list.Add(new Holiday(kingsDay, "HOLIDAY.KingsDay"));
        }

        if (year >= 1945 && (LiberationDay == LiberationDayRule.EveryYear || (LiberationDay == LiberationDayRule.LustrumYearsOnly && year % 5 == 0)))
        {
            list.Add(new Holiday(new LocalDate(year, 5, 5), "HOLIDAY.LiberationDay"));
        }

        list.Add(new Holiday(easter.PlusDays(39), "HOLIDAY.AscensionDay"));
        list.Add(new Holiday(easter.PlusDays(49), "HOLIDAY.WhitSunday"));
        list.Add(new Holiday(easter.PlusDays(50), "HOLIDAY.WhitMonday"));
        list.Add(new Holiday(new LocalDate(year, 12, 25), "HOLIDAY.ChristmasDay"));
        list.Add(new Holiday(new LocalDate(year, 12, 26), "HOLIDAY.BoxingDay"));
        list.Sort((x, y) => x.Date.CompareTo(y.Date));
        return list;
    }

    /// <summary>The monarch's birthday as celebrated in that year, moved off a Sunday.</summary>
    private static LocalDate? KingsDay(int year)
    {
        static LocalDate OffSunday(LocalDate date, int shift) => date.DayOfWeek == IsoDayOfWeek.Sunday ? date.PlusDays(shift) : date;

        if (year >= 2014)
        {
            return OffSunday(new LocalDate(year, 4, 27), -1); // Koningsdag, Willem-Alexander
        }

        if (year >= 1980)
        {
            return OffSunday(new LocalDate(year, 4, 30), -1); // Koninginnedag, Beatrix
        }

        if (year >= 1949)
        {
            return OffSunday(new LocalDate(year, 4, 30), 1); // Koninginnedag, Juliana
        }

        if (year >= 1891)
        {
            return OffSunday(new LocalDate(year, 8, 31), 1); // Koninginnedag, Wilhelmina
        }

        return null;
    }
}
