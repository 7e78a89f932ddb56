namespace Pop.Core.Cycles;

using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using Ardalis.GuardClauses;
using NodaTime;
using Pop.Core.Internal;

/// <summary>
/// Which days are working days: not a weekend day, not a public holiday, not one of the
/// organisation's own closed days.
/// </summary>
/// <threadsafety>This type is immutable and thread-safe (holidays are memoised per year).</threadsafety>
public sealed class WorkingCalendar
{
    private readonly HashSet<IsoDayOfWeek> weekend;
    private readonly HashSet<LocalDate> closedDays;
    private readonly ConcurrentDictionary<int, HashSet<LocalDate>> holidaysByYear = new();

    /// <summary>Initializes a new instance of the <see cref="WorkingCalendar"/> class.</summary>
    /// <param name="holidays">The public holidays; <see cref="DutchHolidayCalendar.Default"/> when null.</param>
    /// <param name="closedDays">The organisation's own closed days (bridge days, a company day); none when null.</param>
    /// <param name="weekend">The weekend days; Saturday and Sunday when null.</param>
    /// <exception cref="ArgumentException">Every day of the week is a weekend day, or a weekend day is undefined.</exception>
    public WorkingCalendar(IHolidayCalendar? holidays = null, IEnumerable<LocalDate>? closedDays = null, IEnumerable<IsoDayOfWeek>? weekend = null)
    {
        Holidays = holidays ?? DutchHolidayCalendar.Default;
        this.closedDays = new HashSet<LocalDate>(closedDays ?? Array.Empty<LocalDate>());
        this.weekend = new HashSet<IsoDayOfWeek>(weekend ?? new[] { IsoDayOfWeek.Saturday, IsoDayOfWeek.Sunday });
        foreach (var day in this.weekend)
        {
            if (day < IsoDayOfWeek.Monday || day > IsoDayOfWeek.Sunday)
            {
                throw new ArgumentException($"'{day}' is not a day of the week.", nameof(weekend));
            }
        }

        if (this.weekend.Count == 7)
        {
            throw new ArgumentException("A week needs at least one working day.", nameof(weekend));
        }
    }

    /// <summary>Gets the Dutch calendar with a Saturday–Sunday weekend.</summary>
    public static WorkingCalendar DutchDefault { get; } = new();

    /// <summary>Gets the public holidays.</summary>
    public IHolidayCalendar Holidays { get; }

    /// <summary>Gets the organisation's own closed days.</summary>
    public IReadOnlyCollection<LocalDate> ClosedDays => ReadOnly.Of(closedDays);

    /// <summary>Returns a calendar with more closed days.</summary>
    /// <param name="days">The days to close.</param>
    /// <returns>A new calendar; this one is unchanged.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="days"/> is null.</exception>
    public WorkingCalendar WithClosedDays(IEnumerable<LocalDate> days)
    {
        Guard.Against.Null(days, nameof(days));
        return new WorkingCalendar(Holidays, closedDays.Concat(days), weekend);
    }

    /// <summary>Gets whether <paramref name="date"/> is a working day.</summary>
    /// <param name="date">The date.</param>
    /// <returns>True when it is neither a weekend day, a holiday nor a closed day.</returns>
    public bool IsWorkingDay(LocalDate date) =>
        !weekend.Contains(date.DayOfWeek) && !closedDays.Contains(date) && !HolidaySet(date.Year).Contains(date);

    /// <summary>Gets whether <paramref name="date"/> is a public holiday.</summary>
    /// <param name="date">The date.</param>
    /// <returns>True on a public holiday.</returns>
    public bool IsHoliday(LocalDate date) => HolidaySet(date.Year).Contains(date);

    /// <summary>Gets the first working day on or after <paramref name="date"/>.</summary>
    /// <param name="date">The date.</param>
    /// <returns>The working day.</returns>
    public LocalDate OnOrAfter(LocalDate date)
    {
        while (!IsWorkingDay(date))
        {
            date = date.PlusDays(1);
        }

        return date;
    }

    /// <summary>Gets the last working day on or before <paramref name="date"/>.</summary>
    /// <param name="date">The date.</param>
    /// <returns>The working day.</returns>
    public LocalDate OnOrBefore(LocalDate date)
    {
        while (!IsWorkingDay(date))
        {
            date = date.PlusDays(-1);
        }

        return date;
    }

    /// <summary>Gets the date <paramref name="days"/> working days after <paramref name="date"/>.</summary>
    /// <param name="date">The start; not counted.</param>
    /// <param name="days">How many working days to add (zero or more).</param>
    /// <returns>The working day reached.</returns>
    /// <exception cref="ArgumentException"><paramref name="days"/> is negative.</exception>
    public LocalDate AddWorkingDays(LocalDate date, int days)
    {
        Guard.Against.Negative(days, nameof(days));
        while (days > 0)
        {
            date = date.PlusDays(1);
            if (IsWorkingDay(date))
            {
                days--;
            }
        }

        return date;
    }

    /// <summary>Gets the working days in <paramref name="interval"/>, in order.</summary>
    /// <param name="interval">The interval (both ends included).</param>
    /// <returns>The working days.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="interval"/> is null.</exception>
    public IReadOnlyList<LocalDate> WorkingDaysIn(DateInterval interval)
    {
        Guard.Against.Null(interval, nameof(interval));
        var days = new List<LocalDate>();
        for (var d = interval.Start; d <= interval.End; d = d.PlusDays(1))
        {
            if (IsWorkingDay(d))
            {
                days.Add(d);
            }
        }

        return days;
    }

    private HashSet<LocalDate> HolidaySet(int year) =>
        holidaysByYear.GetOrAdd(year, y => y < 1583 || y > 9998 ? new HashSet<LocalDate>() : new HashSet<LocalDate>(Holidays.HolidaysIn(y).Select(h => h.Date)));
}
