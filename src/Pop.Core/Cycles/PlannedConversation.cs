namespace Pop.Core.Cycles;

using System.Collections.Generic;
using NodaTime;
using NodaTime.TimeZones;

/// <summary>One employee's conversation in the cycle, with every date around it.</summary>
/// <threadsafety>This type is immutable and thread-safe.</threadsafety>
public sealed class PlannedConversation
{
    internal PlannedConversation(string employeeId, string managerId, LocalDate date, ZonedDateTime start, ZonedDateTime end, LocalDate announceOn, LocalDate talkingPointsDue, LocalDate followUpOn, IReadOnlyList<LocalDate> interimChecksOn, LocalDate nextConversationOn, string? rescheduleReason)
    {
        EmployeeId = employeeId;
        ManagerId = managerId;
        Date = date;
        Start = start;
        End = end;
        AnnounceOn = announceOn;
        TalkingPointsDue = talkingPointsDue;
        FollowUpOn = followUpOn;
        InterimChecksOn = interimChecksOn;
        NextConversationOn = nextConversationOn;
        RescheduleReason = rescheduleReason;
    }

    /// <summary>Gets the employee's id.</summary>
    public string EmployeeId { get; }

    /// <summary>Gets the manager's id.</summary>
    public string ManagerId { get; }

    /// <summary>Gets the working day of the conversation (in the manager's zone).</summary>
    public LocalDate Date { get; }

    /// <summary>Gets when the conversation starts, in the employee's zone.</summary>
    public ZonedDateTime Start { get; }

    /// <summary>Gets when the conversation ends, in the employee's zone.</summary>
    public ZonedDateTime End { get; }

    /// <summary>Gets the day the manager announces the conversation (at least the policy's lead before it, on a working day).</summary>
    public LocalDate AnnounceOn { get; }

    /// <summary>Gets the day both exchange their talking points.</summary>
    public LocalDate TalkingPointsDue { get; }

    /// <summary>Gets the day of the follow-up that finalises the agreements.</summary>
    public LocalDate FollowUpOn { get; }

    /// <summary>Gets the days of the interim checks.</summary>
    public IReadOnlyList<LocalDate> InterimChecksOn { get; }

    /// <summary>Gets the day the next conversation is due.</summary>
    public LocalDate NextConversationOn { get; }

    /// <summary>Gets why the conversation was moved, or null when it holds its first date.</summary>
    public string? RescheduleReason { get; }

    /// <summary>Builds the conversation on <paramref name="date"/> in slot <paramref name="slot"/> of the manager's day, with every date around it.</summary>
    internal static PlannedConversation Create(CyclePolicy policy, CycleParticipant employee, DateTimeZone managerZone, LocalDate date, int slot, string? reason)
    {
        var calendar = policy.Calendar;
        // Slots follow each other in absolute time from the start of the manager's working day, so a
        // day with a clock change neither lands a slot in the gap nor puts two slots on one instant.
        Instant first = managerZone.ResolveLocal(date + policy.WorkdayStart, Resolvers.LenientResolver).ToInstant();
        Instant start = first + (policy.SlotLength * slot);
        DateTimeZone zone = employee.TimeZone ?? policy.Zone;

        LocalDate FirstAvailable(LocalDate d)
        {
            d = calendar.OnOrAfter(d);
            while (employee.IsAwayOn(d))
            {
                d = calendar.OnOrAfter(d.PlusDays(1));
            }

            return d;
        }

        var interim = new LocalDate[policy.InterimChecksAfter.Count];
        for (int i = 0; i < interim.Length; i++)
        {
            interim[i] = FirstAvailable(date.Plus(policy.InterimChecksAfter[i]));
        }

        return new PlannedConversation(
            employee.EmployeeId,
            employee.ManagerId,
            date,
            start.InZone(zone),
            (start + policy.SlotLength).InZone(zone),
            calendar.OnOrBefore(date.PlusDays(-policy.AnnounceDaysBefore)),
            calendar.OnOrBefore(date.PlusDays(-policy.TalkingPointsDaysBefore)),
            FirstAvailable(calendar.AddWorkingDays(date, policy.FollowUpWorkingDays)),
            interim,
            calendar.OnOrAfter(date.Plus(policy.NextConversationAfter)),
            reason);
    }

    /// <inheritdoc />
    public override string ToString() => $"{EmployeeId} with {ManagerId} at {Start:uuuu'-'MM'-'dd'T'HH':'mmo<G>}";
}
