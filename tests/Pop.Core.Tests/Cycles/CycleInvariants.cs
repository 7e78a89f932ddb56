namespace Pop.Core.Tests.Cycles;

using System.Collections.Generic;
using System.Linq;
using NodaTime;
using Pop.Core.Cycles;

/// <summary>Every rule a plan must keep, checked from the outside.</summary>
internal static class CycleInvariants
{
    public static List<string> Violations(CyclePlan plan, IReadOnlyList<CycleParticipant> people, LocalDate today, BusyTimeTable? busy = null)
    {
        var errors = new List<string>();
        var policy = plan.Policy;
        var byId = people.ToDictionary(p => p.EmployeeId);
        var expected = people.Where(p => p.ExcusedReason is null).Select(p => p.EmployeeId).OrderBy(x => x).ToArray();
        var got = plan.Conversations.Select(c => c.EmployeeId).OrderBy(x => x).ToArray();
        if (!expected.SequenceEqual(got))
        {
            errors.Add("not exactly one conversation per employee");
        }

        if (!people.Where(p => p.ExcusedReason is not null).Select(p => p.EmployeeId).OrderBy(x => x).SequenceEqual(plan.Excused.Select(e => e.EmployeeId).OrderBy(x => x)))
        {
            errors.Add("excused employees not reported");
        }

        int capacity = System.Math.Min(policy.ManagerCapacityPerDay, policy.SlotsPerDay);
        foreach (var c in plan.Conversations)
        {
            var p = byId[c.EmployeeId];
            if (c.ManagerId != p.ManagerId) errors.Add($"{c.EmployeeId}: wrong manager");
            if (!plan.Window.Contains(c.Date)) errors.Add($"{c.EmployeeId}: {c.Date} outside the window");
            if (!policy.Calendar.IsWorkingDay(c.Date)) errors.Add($"{c.EmployeeId}: {c.Date} not a working day");
            // Each side in their own zone: on a working day they are in, inside their working hours.
            if (p.IsAwayOn(c.Start.Date)) errors.Add($"{c.EmployeeId}: away on their own date {c.Start.Date}");
            if (!InWorkingHours(c.Start.LocalDateTime, c.End.LocalDateTime, policy)) errors.Add($"{c.EmployeeId}: {c.Start} outside their own working hours");
            var managerZone = byId.TryGetValue(c.ManagerId, out var m) ? m.TimeZone ?? policy.Zone : policy.Zone;
            var managerFrom = c.Start.ToInstant().InZone(managerZone);
            if (managerFrom.Date != c.Date) errors.Add($"{c.EmployeeId}: the conversation's date {c.Date} is not the manager's date {managerFrom.Date}");
            if (m is not null && m.IsAwayOn(managerFrom.Date)) errors.Add($"{c.EmployeeId}: manager away on {managerFrom.Date}");
            if (!InWorkingHours(managerFrom.LocalDateTime, c.End.ToInstant().InZone(managerZone).LocalDateTime, policy)) errors.Add($"{c.EmployeeId}: {managerFrom} outside the manager's working hours");
            foreach (var id in new[] { c.EmployeeId, c.ManagerId })
            {
                if (busy is not null && busy.For(id).Any(b => b.Start < c.End.ToInstant() && c.Start.ToInstant() < b.End)) errors.Add($"{c.EmployeeId}: {id} already busy at {c.Start}");
            }

            if (c.AnnounceOn > c.Date.PlusDays(-policy.AnnounceDaysBefore)) errors.Add($"{c.EmployeeId}: announced too late");
            if (c.AnnounceOn < today) errors.Add($"{c.EmployeeId}: announcement before today");
            if (!policy.Calendar.IsWorkingDay(c.AnnounceOn)) errors.Add($"{c.EmployeeId}: announcement not on a working day");
            if (c.TalkingPointsDue > c.Date.PlusDays(-policy.TalkingPointsDaysBefore) || c.TalkingPointsDue < c.AnnounceOn) errors.Add($"{c.EmployeeId}: talking points not due in time");
            if (c.FollowUpOn <= c.Date) errors.Add($"{c.EmployeeId}: follow-up not after the conversation");
            if (c.End.ToInstant() - c.Start.ToInstant() != policy.SlotLength) errors.Add($"{c.EmployeeId}: slot length");
            if (c.Start.Zone != (p.TimeZone ?? policy.Zone)) errors.Add($"{c.EmployeeId}: not in the employee's zone");
        }

        foreach (var group in plan.Conversations.GroupBy(c => (c.ManagerId, c.Date)))
        {
            if (group.Count() > capacity) errors.Add($"{group.Key.ManagerId} over capacity on {group.Key.Date}");
        }

        foreach (var group in plan.Conversations.GroupBy(c => c.ManagerId))
        {
            var starts = group.Select(c => c.Start.ToInstant()).OrderBy(i => i).ToArray();
            for (int i = 1; i < starts.Length; i++)
            {
                if (starts[i] < starts[i - 1] + policy.SlotLength) errors.Add($"{group.Key} double-booked at {starts[i]}");
            }
        }

        // People, not roles: a manager who is also an employee is busy in every conversation they
        // take part in, on either side of the table. Checked in absolute time, so it holds whatever
        // zones the two sides are in; the day is the conversation's planned day.
        var byPerson = new Dictionary<string, List<PlannedConversation>>();
        foreach (var c in plan.Conversations)
        {
            foreach (var id in new[] { c.EmployeeId, c.ManagerId })
            {
                if (!byPerson.TryGetValue(id, out var list)) byPerson.Add(id, list = new List<PlannedConversation>());
                list.Add(c);
            }
        }

        foreach (var (person, list) in byPerson)
        {
            var ordered = list.OrderBy(c => c.Start.ToInstant()).ToArray();
            for (int i = 1; i < ordered.Length; i++)
            {
                if (ordered[i].Start.ToInstant() < ordered[i - 1].End.ToInstant()) errors.Add($"{person} in two conversations at once: {ordered[i - 1]} and {ordered[i]}");
            }

            foreach (var day in list.GroupBy(c => c.Date))
            {
                if (day.Count() > capacity) errors.Add($"{person} in {day.Count()} conversations on {day.Key}, over the capacity of {capacity}");
            }
        }

        if (policy.ManagersFirst)
        {
            // A manager's own conversation comes on an earlier day (theirs) than every one they hold.
            foreach (var c in plan.Conversations)
            {
                if (byId.TryGetValue(c.ManagerId, out var manager) && manager.ExcusedReason is null && plan.Conversations.FirstOrDefault(o => o.EmployeeId == c.ManagerId) is { } own)
                {
                    var ownDate = own.Start.ToInstant().InZone(manager.TimeZone ?? policy.Zone).Date;
                    if (c.Date <= ownDate) errors.Add($"{c.EmployeeId}: held by {c.ManagerId} on {c.Date}, not after their own conversation on {ownDate}");
                }
            }
        }

        return errors;
    }

    private static bool InWorkingHours(LocalDateTime from, LocalDateTime to, CyclePolicy policy) =>
        from.Date == to.Date && from.TimeOfDay >= policy.WorkdayStart && to.TimeOfDay <= policy.WorkdayEnd && policy.Calendar.IsWorkingDay(from.Date);
}
