namespace Pop.Core.Cycles;

using System;
using System.Collections.Generic;
using NodaTime;
using NodaTime.TimeZones;
using Pop.Core.Internal;

/// <summary>What every conversation on one day in one manager's zone shares: the first slot and the dates around it.</summary>
internal sealed class CycleDay
{
    private CycleDay(LocalDate date, Instant firstSlot, int slots, LocalDate announceOn, LocalDate talkingPointsDue, LocalDate followUpOn, IReadOnlyList<LocalDate> interimChecksOn, LocalDate nextConversationOn)
    {
        Date = date;
        FirstSlot = firstSlot;
        Slots = slots;
        AnnounceOn = announceOn;
        TalkingPointsDue = talkingPointsDue;
        FollowUpOn = followUpOn;
        InterimChecksOn = ReadOnly.Of(interimChecksOn);
        NextConversationOn = nextConversationOn;
    }

    public LocalDate Date { get; }

    public Instant FirstSlot { get; }

    /// <summary>Gets how many slots, one after the other from <see cref="FirstSlot"/>, end by the end of the working day: fewer than the policy's on a day whose clock goes forward during working hours.</summary>
    public int Slots { get; }

    public LocalDate AnnounceOn { get; }

    public LocalDate TalkingPointsDue { get; }

    public LocalDate FollowUpOn { get; }

    public IReadOnlyList<LocalDate> InterimChecksOn { get; }

    public LocalDate NextConversationOn { get; }

    public static CycleDay Create(CyclePolicy policy, DateTimeZone managerZone, LocalDate date)
    {
        var calendar = policy.Calendar;
        var interim = new LocalDate[policy.InterimChecksAfter.Count];
        for (int i = 0; i < interim.Length; i++)
        {
            interim[i] = calendar.OnOrAfter(date.Plus(policy.InterimChecksAfter[i]));
        }

        var first = managerZone.ResolveLocal(date + policy.WorkdayStart, Resolvers.LenientResolver).ToInstant();
        var end = managerZone.ResolveLocal(date + policy.WorkdayEnd, Resolvers.LenientResolver).ToInstant();
        int slots = (int)Math.Min(policy.SlotsPerDay, Math.Max(0, (end - first).BclCompatibleTicks / policy.SlotLength.BclCompatibleTicks));
        return new CycleDay(
            date,
            first,
            slots,
            calendar.OnOrBefore(date.PlusDays(-policy.AnnounceDaysBefore)),
            calendar.OnOrBefore(date.PlusDays(-policy.TalkingPointsDaysBefore)),
            calendar.AddWorkingDays(date, policy.FollowUpWorkingDays),
            Array.AsReadOnly(interim),
            calendar.OnOrAfter(date.Plus(policy.NextConversationAfter)));
    }
}
