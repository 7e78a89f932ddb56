namespace Pop.Core.Cycles;

using System;
using System.Collections.Generic;
using NodaTime;
using NodaTime.TimeZones;
using Pop.Core.Internal;

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
        InterimChecksOn = ReadOnly.Of(interimChecksOn);
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

    /// <summary>Builds the conversation in slot <paramref name="slot"/> of <paramref name="day"/>, with every date around it.</summary>
    internal static PlannedConversation Create(CyclePolicy policy, CycleParticipant employee, CycleDay day, int slot, string? reason)
    {
        // Slots follow each other in absolute time from the start of the manager's working day, so a
        // day with a clock change neither lands a slot in the gap nor puts two slots on one instant.
        Instant start = day.FirstSlot + (policy.SlotLength * slot);
        DateTimeZone zone = employee.TimeZone ?? policy.Zone;
        LocalDate followUp = day.FollowUpOn;
        IReadOnlyList<LocalDate> interim = day.InterimChecksOn;
        if (employee.Unavailable.Count > 0)
        {
            // Only someone with leave needs their own follow-up and interim dates.
            followUp = FirstAvailable(policy.Calendar, employee, followUp);
            var own = new LocalDate[interim.Count];
            for (int i = 0; i < own.Length; i++)
            {
                own[i] = FirstAvailable(policy.Calendar, employee, interim[i]);
            }

            interim = Array.AsReadOnly(own);
        }

        return new PlannedConversation(
            employee.EmployeeId,
            employee.ManagerId,
            day.Date,
            start.InZone(zone),
            (start + policy.SlotLength).InZone(zone),
            day.AnnounceOn,
            day.TalkingPointsDue,
            followUp,
            interim,
            day.NextConversationOn,
            reason);
    }

    private static LocalDate FirstAvailable(WorkingCalendar calendar, CycleParticipant employee, LocalDate date)
    {
        date = calendar.OnOrAfter(date);
        while (employee.IsAwayOn(date))
        {
            date = calendar.OnOrAfter(date.PlusDays(1));
        }

        return date;
    }

    /// <inheritdoc />
    public override string ToString() => $"{EmployeeId} with {ManagerId} at {Start:uuuu'-'MM'-'dd'T'HH':'mmo<G>}";
}
