// This file is compiled into both Pop.Core and Pop.Core.Analyzers: it must stay
// self-contained (no NodaTime, no Ardalis.GuardClauses) and netstandard2.0-clean.
namespace Pop.Core.Smart.Text;

/// <summary>
/// A proleptic Gregorian calendar date used inside the text engine. Pop.Core's public API
/// converts it to NodaTime's <c>LocalDate</c>; the analyzers use it as it is.
/// </summary>
internal readonly struct CalendarDay : System.IEquatable<CalendarDay>, System.IComparable<CalendarDay>
{
    private static readonly int[] DaysBeforeMonth = { 0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334 };

    public CalendarDay(int year, int month, int day)
    {
        Year = year;
        Month = month;
        Day = day;
    }

    public int Year { get; }

    public int Month { get; }

    public int Day { get; }

    public static bool IsLeapYear(int year) => (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;

    public static int DaysInMonth(int year, int month) =>
        month == 2 ? (IsLeapYear(year) ? 29 : 28) : (month == 4 || month == 6 || month == 9 || month == 11 ? 30 : 31);

    public static bool IsValid(int year, int month, int day) =>
        year >= 1 && year <= 9999 && month >= 1 && month <= 12 && day >= 1 && day <= DaysInMonth(year, month);

    /// <summary>Days since 0001-01-01 (which is day 0, a Monday).</summary>
    public int DayNumber
    {
        get
        {
            int y = Year - 1;
            int days = (y * 365) + (y / 4) - (y / 100) + (y / 400) + DaysBeforeMonth[Month - 1] + Day - 1;
            if (Month > 2 && IsLeapYear(Year))
            {
                days++;
            }

            return days;
        }
    }

    /// <summary>ISO day of week: Monday 1 … Sunday 7.</summary>
    public int IsoDayOfWeek => (DayNumber % 7) + 1;

    public static CalendarDay FromDayNumber(int dayNumber)
    {
        // Walk years by the 400/100/4/1 cycles, as the BCL does.
        int n = dayNumber;
        int y400 = n / 146097;
        n -= y400 * 146097;
        int y100 = n / 36524;
        if (y100 == 4)
        {
            y100 = 3;
        }

        n -= y100 * 36524;
        int y4 = n / 1461;
        n -= y4 * 1461;
        int y1 = n / 365;
        if (y1 == 4)
        {
            y1 = 3;
        }

        n -= y1 * 365;
        int year = (y400 * 400) + (y100 * 100) + (y4 * 4) + y1 + 1;
        int month = 1;
        while (month < 12 && n >= DaysBeforeMonth[month] + (month >= 2 && IsLeapYear(year) ? 1 : 0))
        {
            month++;
        }

        int before = DaysBeforeMonth[month - 1] + (month > 2 && IsLeapYear(year) ? 1 : 0);
        return new CalendarDay(year, month, n - before + 1);
    }

    public CalendarDay PlusDays(int days) => FromDayNumber(DayNumber + days);

    public CalendarDay PlusMonths(int months)
    {
        int total = (Year * 12) + (Month - 1) + months;
        int year = total / 12;
        int month = (total % 12) + 1;
        int day = Day;
        int max = DaysInMonth(year, month);
        return new CalendarDay(year, month, day > max ? max : day);
    }

    public CalendarDay PlusYears(int years) => PlusMonths(years * 12);

    /// <summary>Adds working days, skipping Saturdays and Sundays.</summary>
    public CalendarDay PlusWeekdays(int days)
    {
        CalendarDay current = this;
        while (days > 0)
        {
            current = current.PlusDays(1);
            if (current.IsoDayOfWeek <= 5)
            {
                days--;
            }
        }

        return current;
    }

    public static CalendarDay EndOfMonth(int year, int month) => new(year, month, DaysInMonth(year, month));

    /// <summary>The Monday of ISO week 1 of <paramref name="weekYear"/>.</summary>
    public static CalendarDay IsoWeekOneMonday(int weekYear)
    {
        var jan4 = new CalendarDay(weekYear, 1, 4);
        return jan4.PlusDays(1 - jan4.IsoDayOfWeek);
    }

    public static int IsoWeeksInYear(int weekYear) =>
        IsoWeekOneMonday(weekYear + 1).DayNumber - IsoWeekOneMonday(weekYear).DayNumber == 371 ? 53 : 52;

    public bool Equals(CalendarDay other) => Year == other.Year && Month == other.Month && Day == other.Day;

    public override bool Equals(object? obj) => obj is CalendarDay other && Equals(other);

    public override int GetHashCode() => (Year * 10000) + (Month * 100) + Day;

    public int CompareTo(CalendarDay other) =>
        Year != other.Year ? Year.CompareTo(other.Year) : Month != other.Month ? Month.CompareTo(other.Month) : Day.CompareTo(other.Day);

    public static bool operator ==(CalendarDay left, CalendarDay right) => left.Equals(right);

    public static bool operator !=(CalendarDay left, CalendarDay right) => !left.Equals(right);

    public static bool operator <(CalendarDay left, CalendarDay right) => left.CompareTo(right) < 0;

    public static bool operator >(CalendarDay left, CalendarDay right) => left.CompareTo(right) > 0;

    public static bool operator <=(CalendarDay left, CalendarDay right) => left.CompareTo(right) <= 0;

    public static bool operator >=(CalendarDay left, CalendarDay right) => left.CompareTo(right) >= 0;

    public override string ToString() =>
        Year.ToString("D4", System.Globalization.CultureInfo.InvariantCulture) + "-" +
        Month.ToString("D2", System.Globalization.CultureInfo.InvariantCulture) + "-" +
        Day.ToString("D2", System.Globalization.CultureInfo.InvariantCulture);
}
