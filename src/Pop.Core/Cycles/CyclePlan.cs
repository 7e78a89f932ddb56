namespace Pop.Core.Cycles;

using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using Ardalis.GuardClauses;
using NodaTime;
using Pop.Core.Internal;

/// <summary>
/// A planned conversation cycle: one conversation per employee in the window, nobody (as manager
/// or as employee) in two conversations at once or over capacity, every lead time met. Changes
/// return a new plan.
/// </summary>
/// <threadsafety>This type is immutable and thread-safe.</threadsafety>
public sealed class CyclePlan
{
    private readonly PlannedConversation[] conversations;
    private readonly CycleRoster roster;
    private readonly Dictionary<string, int[]> byManager;
    private readonly BusyLookup? busyOf;

    internal CyclePlan(CyclePolicy policy, DateInterval window, DateInterval usableWindow, PlannedConversation[] conversations, IReadOnlyList<Excusal> excused, CycleRoster roster, Dictionary<string, int[]> byManager, BusyLookup? busyOf)
    {
        this.busyOf = busyOf;
        Policy = policy;
        Window = window;
        UsableWindow = usableWindow;
        this.conversations = conversations;
        Excused = ReadOnly.Of(excused);
        this.roster = roster;
        this.byManager = byManager;
    }

    private CyclePlan(CyclePlan source, PlannedConversation[] conversations)
    {
        Policy = source.Policy;
        Window = source.Window;
        UsableWindow = source.UsableWindow;
        this.conversations = conversations;
        Excused = ReadOnly.Of(source.Excused);
        roster = source.roster;
        byManager = source.byManager;
        busyOf = source.busyOf;
    }

    /// <summary>Gets the policy the plan was made with.</summary>
    public CyclePolicy Policy { get; }

    /// <summary>Gets the window asked for.</summary>
    public DateInterval Window { get; }

    /// <summary>Gets the part of the window in which every lead time could still be met when the plan was made.</summary>
    public DateInterval UsableWindow { get; }

    /// <summary>Gets the conversations, grouped by manager.</summary>
    public IReadOnlyList<PlannedConversation> Conversations => ReadOnly.View(conversations);

    /// <summary>Gets the employees excused from this cycle.</summary>
    public IReadOnlyList<Excusal> Excused { get; }

    /// <summary>Gets the conversation of one employee.</summary>
    /// <param name="employeeId">The employee's id.</param>
    /// <returns>The conversation.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="employeeId"/> is null.</exception>
    /// <exception cref="KeyNotFoundException">The employee has no conversation in this plan (unknown or excused).</exception>
    public PlannedConversation For(string employeeId)
    {
        Guard.Against.Null(employeeId, nameof(employeeId));
        return roster.ConversationOf(employeeId) is int i and >= 0
            ? conversations[i]
            : throw new KeyNotFoundException($"Employee '{employeeId}' has no conversation in this plan.");
    }

    /// <summary>
    /// Moves one conversation to another day. The date holds except in emergencies, so a reason is
    /// required; every rule still holds for everyone afterwards.
    /// </summary>
    /// <param name="employeeId">The employee whose conversation moves.</param>
    /// <param name="newDate">The new day.</param>
    /// <param name="reason">Why it moves.</param>
    /// <param name="today">Today: the new date must still allow the announcement lead time from here.</param>
    /// <returns>
    /// The new plan (this one is unchanged), or a rejection with the rule's code: <c>CYCLE-R01</c> no
    /// reason given (the date holds except in emergencies), <c>CYCLE-R07</c> no such employee in the
    /// plan (unknown or excused), <c>CYCLE-R02</c> outside the window, <c>CYCLE-R03</c> not a working
    /// day, <c>CYCLE-R04</c> the employee or the manager is away, <c>CYCLE-R06</c> too late to announce
    /// in time, <c>CYCLE-R05</c> the manager's or the employee's day is full (every conversation they
    /// take part in counts, on either side), <c>CYCLE-R09</c> the day has room but no slot suits
    /// both (inside both people's working hours, clear of their other conversations and their
    /// appointments), <c>CYCLE-R08</c> under
    /// <see cref="CyclePolicy.ManagersFirst"/> a manager's own conversation would no longer come
    /// before every conversation they hold.
    /// </returns>
    /// <exception cref="ArgumentNullException"><paramref name="employeeId"/> or <paramref name="reason"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="employeeId"/> is empty or white space.</exception>
    public CyclePlanResult Reschedule(string employeeId, LocalDate newDate, string reason, LocalDate today)
    {
        Guard.Against.NullOrWhiteSpace(employeeId, nameof(employeeId));
        Guard.Against.Null(reason, nameof(reason));
        if (string.IsNullOrWhiteSpace(reason))
        {
            return Rejected("CYCLE-R01", ("Employee", employeeId));
        }

        if (roster.ConversationOf(employeeId) is not int index || index < 0)
        {
            return Rejected("CYCLE-R07", ("Employee", employeeId));
        }

        string day = Iso(newDate);
        var current = conversations[index];
        var employee = roster.Participant(employeeId)!;
        if (!Window.Contains(newDate))
        {
            return Rejected("CYCLE-R02", ("Date", day), ("Start", Iso(Window.Start)), ("End", Iso(Window.End)));
        }

        if (!Policy.Calendar.IsWorkingDay(newDate))
        {
            return Rejected("CYCLE-R03", ("Date", day));
        }

        var manager = roster.Participant(current.ManagerId);
        bool sameZone = string.Equals((employee.TimeZone ?? Policy.Zone).Id, (manager?.TimeZone ?? Policy.Zone).Id, StringComparison.Ordinal);
        bool employeeAway = sameZone && employee.IsAwayOn(newDate); // in another zone their own date decides, slot by slot
        if (employeeAway || (manager?.IsAwayOn(newDate) ?? false))
        {
            return Rejected("CYCLE-R04", ("Person", employeeAway ? employeeId : current.ManagerId), ("Role", employeeAway ? "Employee" : "Manager"), ("Date", day));
        }

        if (LeadTime(newDate, today) is { } tooLate)
        {
            return CyclePlanResult.Rejected(this, tooLate);
        }

        if (Policy.ManagersFirst && OwnConversationFirst(employeeId, current.ManagerId, newDate) is { } order)
        {
            return CyclePlanResult.Rejected(this, order);
        }

        // People, not roles: both sides are busy in every other conversation they take part in, as
        // employee or as manager, and each counts them all against the capacity of the day.
        int capacity = Math.Min(Policy.ManagerCapacityPerDay, Policy.SlotsPerDay);
        var busy = new List<Instant>();
        (string Person, int Count) busiest = (current.ManagerId, 0);
        foreach (var person in new[] { current.ManagerId, employeeId })
        {
            int onDay = 0;
            foreach (int other in ConversationsOf(person))
            {
                if (other == index)
                {
                    continue;
                }

                busy.Add(conversations[other].Start.ToInstant());
                onDay += conversations[other].Date == newDate ? 1 : 0;
            }

            busiest = onDay > busiest.Count ? (person, onDay) : busiest;
            if (onDay >= capacity)
            {
                break;
            }
        }

        // A slot free for both: no other conversation of either, none of their own appointments, and
        // for an employee in another zone, inside their own working hours on a day they are in.
        var newDay = CycleDay.Create(Policy, manager?.TimeZone ?? Policy.Zone, newDate);
        var managerBusy = BusyOf(current.ManagerId);
        var employeeBusy = BusyOf(employeeId);
        var employeeZone = employee.TimeZone ?? Policy.Zone;
        bool otherZone = !string.Equals(employeeZone.Id, (manager?.TimeZone ?? Policy.Zone).Id, StringComparison.Ordinal);
        PlannedConversation? moved = null;
        for (int slot = 0; slot < Policy.SlotsPerDay && moved is null && busiest.Count < capacity; slot++)
        {
            var candidate = PlannedConversation.Create(Policy, employee, newDay, slot, reason);
            var start = candidate.Start.ToInstant();
            var end = start + Policy.SlotLength;
            if (busy.Exists(b => b < end && start < b + Policy.SlotLength)
                || slot >= newDay.Slots
                || BusySchedule.Overlaps(managerBusy, start, end)
                || BusySchedule.Overlaps(employeeBusy, start, end)
                || (otherZone && (!WorkingHours.Hold(candidate.Start.LocalDateTime, candidate.End.LocalDateTime, Policy) || employee.IsAwayOn(candidate.Start.Date))))
            {
                continue;
            }

            moved = candidate;
        }

        if (moved is null && busiest.Count < capacity)
        {
            // Both days have room, but no slot suits both: their hours, conversations and appointments.
            return Rejected("CYCLE-R09", ("Manager", current.ManagerId), ("Employee", employeeId), ("Date", day));
        }

        if (moved is null)
        {
            return Rejected(
                "CYCLE-R05",
                ("Manager", current.ManagerId),
                ("Employee", employeeId),
                ("Date", day),
                ("Person", busiest.Person),
                ("Count", busiest.Count.ToString(CultureInfo.InvariantCulture)),
                ("Capacity", capacity.ToString(CultureInfo.InvariantCulture)));
        }

        var copy = (PlannedConversation[])conversations.Clone();
        copy[index] = moved;
        return CyclePlanResult.Accepted(new CyclePlan(this, copy));
    }

    /// <summary>Gets every reminder of the plan, in date order.</summary>
    /// <returns>The reminders.</returns>
    public IReadOnlyList<Reminder> Reminders()
    {
        var list = new List<Reminder>(conversations.Length * 8);
        foreach (var c in conversations)
        {
            list.Add(new Reminder(ReminderKind.Announcement, c.EmployeeId, c.EmployeeId, c.ManagerId, c.AnnounceOn));
            Both(list, ReminderKind.TalkingPoints, c, c.TalkingPointsDue);
            Both(list, ReminderKind.DayBefore, c, Policy.Calendar.OnOrBefore(c.Date.PlusDays(-1)));
            Both(list, ReminderKind.FollowUp, c, c.FollowUpOn);
            foreach (var check in c.InterimChecksOn)
            {
                Both(list, ReminderKind.InterimCheck, c, check);
            }
        }

        list.Sort((a, b) => a.DueOn.CompareTo(b.DueOn));
        return list;
    }

    /// <summary>Gets the reminders due on one day.</summary>
    /// <param name="date">The day.</param>
    /// <returns>The reminders due that day.</returns>
    public IReadOnlyList<Reminder> RemindersDueOn(LocalDate date) => Reminders().Where(r => r.DueOn == date).ToArray();

    /// <summary>
    /// CYCLE-R08 under <see cref="CyclePolicy.ManagersFirst"/> when moving <paramref name="employeeId"/>'s
    /// conversation to <paramref name="newDate"/> would put a manager's own conversation on or after
    /// a day on which they hold one: the manager's, if their own comes on or after the new date; the
    /// employee's own, if they hold conversations on or before it.
    /// </summary>
    private RuleRejection? OwnConversationFirst(string employeeId, string managerId, LocalDate newDate)
    {
        if (roster.ConversationOf(managerId) is int own and >= 0)
        {
            var manager = roster.Participant(managerId)!;
            var ownDate = conversations[own].Start.ToInstant().InZone(manager.TimeZone ?? Policy.Zone).Date;
            if (newDate <= ownDate)
            {
                return Reject("CYCLE-R08", ("Manager", managerId), ("OwnConversation", Iso(ownDate)), ("FirstHeld", Iso(newDate)));
            }
        }

        if (byManager.TryGetValue(employeeId, out var held) && held.Length > 0)
        {
            var first = held.Select(i => conversations[i].Date).Min();
            if (newDate >= first)
            {
                return Reject("CYCLE-R08", ("Manager", employeeId), ("OwnConversation", Iso(newDate)), ("FirstHeld", Iso(first)));
            }
        }

        return null;
    }

    /// <summary>The busy time the plan was made around for <paramref name="person"/>, merged and in order.</summary>
    private Interval[] BusyOf(string person) => busyOf?.Of(person) ?? Array.Empty<Interval>();

    /// <summary>The conversations <paramref name="person"/> takes part in: the ones they hold and their own.</summary>
    private IEnumerable<int> ConversationsOf(string person)
    {
        if (byManager.TryGetValue(person, out var held))
        {
            foreach (int i in held)
            {
                yield return i;
            }
        }

        if (roster.ConversationOf(person) is int own and >= 0)
        {
            yield return own;
        }
    }

    /// <summary>
    /// CYCLE-R06 when the conversation on <paramref name="newDate"/> can no longer be announced on a
    /// working day at least <see cref="CyclePolicy.AnnounceDaysBefore"/> days ahead, counted from
    /// <paramref name="today"/>. Kept on its own so that a lead-time policy can replace it.
    /// </summary>
    /// <summary>CYCLE-R06 from <see cref="CyclePolicy.LeadTimes"/>, the rule <see cref="Conversations.Conversation.Schedule"/> applies too; only <see cref="RuleEnforcement.Refuse"/> refuses (the cycle's result carries no warnings).</summary>
    private RuleRejection? LeadTime(LocalDate newDate, LocalDate today)
    {
        var leadTimes = Policy.LeadTimes;
        return leadTimes.Enforcement == RuleEnforcement.Refuse && !leadTimes.IsInTime(newDate, today)
            ? Reject("CYCLE-R06", ("Date", Iso(newDate)), ("Days", leadTimes.AnnounceDaysBefore.ToString(CultureInfo.InvariantCulture)), ("AnnounceBy", Iso(leadTimes.AnnounceBy(newDate))), ("Today", Iso(today)))
            : null;
    }

    private static RuleRejection Reject(string code, params (string Name, string Value)[] arguments)
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (name, value) in arguments)
        {
            values[name] = value;
        }

        return new RuleRejection(code, values);
    }

    private static string Iso(LocalDate date) => date.ToString("uuuu'-'MM'-'dd", CultureInfo.InvariantCulture);

    private CyclePlanResult Rejected(string code, params (string Name, string Value)[] arguments) =>
        CyclePlanResult.Rejected(this, Reject(code, arguments));

    private static void Both(List<Reminder> list, ReminderKind kind, PlannedConversation c, LocalDate due)
    {
        list.Add(new Reminder(kind, c.EmployeeId, c.EmployeeId, c.ManagerId, due));
        list.Add(new Reminder(kind, c.ManagerId, c.EmployeeId, c.ManagerId, due));
    }
}
