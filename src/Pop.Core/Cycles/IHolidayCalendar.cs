namespace Pop.Core.Cycles;

using System.Collections.Generic;

/// <summary>The public holidays of a country or organisation, computed per year.</summary>
/// <remarks>Implementations must be immutable and thread-safe.</remarks>
public interface IHolidayCalendar
{
    /// <summary>Gets the holidays of one year, in date order.</summary>
    /// <param name="year">The year (1 to 9999).</param>
    /// <returns>The holidays.</returns>
    /// <exception cref="System.ArgumentOutOfRangeException"><paramref name="year"/> is outside 1–9999.</exception>
    IReadOnlyList<Holiday> HolidaysIn(int year);
}
