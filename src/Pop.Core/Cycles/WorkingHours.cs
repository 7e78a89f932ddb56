namespace Pop.Core.Cycles;

using NodaTime;

/// <summary>The policy's working hours as one person sees them, in their own zone.</summary>
internal static class WorkingHours
{
    /// <summary>
    /// Whether a stretch from <paramref name="from"/> to <paramref name="to"/> (local times of one
    /// person) lies inside one working day of the policy's calendar, between the start and the end of
    /// the working day.
    /// </summary>
    public static bool Hold(LocalDateTime from, LocalDateTime to, CyclePolicy policy) =>
        from.Date == to.Date
        && from.TimeOfDay >= policy.WorkdayStart
        && to.TimeOfDay <= policy.WorkdayEnd
        && policy.Calendar.IsWorkingDay(from.Date);
}
