namespace Pop.Core.Cycles;

using System.Collections.Generic;
using NodaTime;

/// <summary>
/// Where the planner learns when people are already busy: their existing appointments. A vendor
/// plugs in Exchange, Google or its own agenda by implementing this; <see cref="BusyTimeTable"/>
/// holds busy time in memory (the <c>pop</c> sample fills one from an iCalendar file).
/// </summary>
/// <remarks>
/// The planner asks once per plan, for everyone in the organisation at the same time (calendar
/// services answer such batch questions in one round trip), and keeps the answer in the plan so that
/// rescheduling respects it too. Busy time is absolute (<see cref="Interval"/>), so it holds across
/// time zones and clock changes.
/// </remarks>
public interface IBusyTimeSource
{
    /// <summary>Gets the busy time of the people asked for that overlaps <paramref name="window"/>.</summary>
    /// <param name="personIds">The people (employees and managers), each once.</param>
    /// <param name="window">The span of the plan, with a day's margin on either side.</param>
    /// <returns>
    /// Busy intervals in any order, overlapping or not; people without busy time are simply absent.
    /// Entries for people not asked for are ignored. Every interval has a start and an end.
    /// </returns>
    IEnumerable<BusyTime> BusyTimes(IReadOnlyCollection<string> personIds, Interval window);
}
