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

    internal CyclePlan(CyclePolicy policy, DateInterval window, DateInterval usableWindow, PlannedConversation[] conversations, IReadOnlyList<Excusal> excused, CycleRoster roster, Dictionary<string, int[]> byManager)
    {
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
    /// <returns>A new plan; this one is unchanged.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="employeeId"/> is null.</exception>
    /// <exception cref="RescheduleRejectedException">A rule forbids the move; its code says which.</exception>
    public CyclePlan Reschedule(string employeeId, LocalDate newDate, string reason, LocalDate today)
    {
        Guard.Against.Null(employeeId, nameof(employeeId));
        if (string.IsNullOrWhiteSpace(reason))
        {
            throw new RescheduleRejectedException("CYCLE-R01", $"The conversation of '{employeeId}' holds its date except in emergencies: give the reason for moving it.");
        }

        if (roster.ConversationOf(employeeId) is not int index || index < 0)
        {
            throw new RescheduleRejectedException("CYCLE-R07", $"Employee '{employeeId}' has no conversation in this plan.");
        }

        string day = newDate.ToString("uuuu'-'MM'-'dd", CultureInfo.InvariantCulture);
        var current = conversations[index];
        var employee = roster.Participant(employeeId)!;
        if (!Window.Contains(newDate))
        {
            throw new RescheduleRejectedException("CYCLE-R02", $"{day} lies outside the cycle's window {Window.Start:uuuu'-'MM'-'dd}..{Window.End:uuuu'-'MM'-'dd}.");
        }

        if (!Policy.Calendar.IsWorkingDay(newDate))
        {
            throw new RescheduleRejectedException("CYCLE-R03", $"{day} is not a working day.");
        }

        var manager = roster.Participant(current.ManagerId);
        if (employee.IsAwayOn(newDate) || (manager?.IsAwayOn(newDate) ?? false))
        {
            throw new RescheduleRejectedException("CYCLE-R04", $"{(employee.IsAwayOn(newDate) ? "Employee '" + employeeId + "'" : "Manager '" + current.ManagerId + "'")} is away on {day}.");
        }

        if (Policy.Calendar.OnOrBefore(newDate.PlusDays(-Policy.AnnounceDaysBefore)) < today)
        {
            throw new RescheduleRejectedException("CYCLE-R06", $"{day} is too soon: the conversation must be announced at least {Policy.AnnounceDaysBefore} days ahead, on a working day from {today:uuuu'-'MM'-'dd}.");
        }

        // People, not roles: both sides are busy in every other conversation they take part in, as
        // employee or as manager, and each counts them all against the capacity of the day.
        int capacity = Math.Min(Policy.ManagerCapacityPerDay, Policy.SlotsPerDay);
        var busy = new List<Instant>();
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

            if (onDay >= capacity)
            {
                throw new RescheduleRejectedException("CYCLE-R05", $"'{person}' already takes part in {onDay} conversations on {day}, the most for one day.");
            }
        }

        var newDay = CycleDay.Create(Policy, manager?.TimeZone ?? Policy.Zone, newDate);
        PlannedConversation? moved = null;
        for (int slot = 0; slot < Policy.SlotsPerDay && moved is null; slot++)
        {
            var candidate = PlannedConversation.Create(Policy, employee, newDay, slot, reason);
            var start = candidate.Start.ToInstant();
            if (!busy.Exists(b => b < start + Policy.SlotLength && start < b + Policy.SlotLength))
            {
                moved = candidate;
            }
        }

        if (moved is null)
        {
            throw new RescheduleRejectedException("CYCLE-R05", $"'{current.ManagerId}' and '{employeeId}' have no free slot in common on {day}.");
        }

        var copy = (PlannedConversation[])conversations.Clone();
        copy[index] = moved;
        return new CyclePlan(this, copy);
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

    private static void Both(List<Reminder> list, ReminderKind kind, PlannedConversation c, LocalDate due)
    {
        list.Add(new Reminder(kind, c.EmployeeId, c.EmployeeId, c.ManagerId, due));
        list.Add(new Reminder(kind, c.ManagerId, c.EmployeeId, c.ManagerId, due));
    }
}
