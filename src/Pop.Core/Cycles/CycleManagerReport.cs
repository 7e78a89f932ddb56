namespace Pop.Core.Cycles;

using System.Collections.Generic;
using NodaTime;
using Pop.Core.Internal;

/// <summary>
/// One manager in a <see cref="CyclePlanReport"/>: the conversations they hold, day by day with the
/// load of each day, the employees of their team who are excused, and the shortfall when the window
/// cannot hold their team.
/// </summary>
/// <threadsafety>This type is immutable and thread-safe.</threadsafety>
public sealed class CycleManagerReport
{
    internal CycleManagerReport(string managerId, int capacity, PlannedConversation[] conversations, CycleDayLoad[] days, PlannedConversation? ownConversation, List<Excusal>? excused, ManagerShortfall? shortfall)
    {
        ManagerId = managerId;
        Capacity = capacity;
        Conversations = ReadOnly.View(conversations);
        Days = ReadOnly.View(days);
        OwnConversation = ownConversation;
        Excused = excused is null ? ReadOnly.View(System.Array.Empty<Excusal>()) : ReadOnly.View(excused);
        Shortfall = shortfall;
        CycleDayLoad? busiest = null;
        foreach (var day in days)
        {
            busiest = busiest is null || day.Load > busiest.Load ? day : busiest;
        }

        BusiestDay = busiest;
    }

    /// <summary>Gets the manager's id.</summary>
    public string ManagerId { get; }

    /// <summary>Gets the most conversations the manager takes part in on one day: the smaller of <see cref="CyclePolicy.ManagerCapacityPerDay"/> and <see cref="CyclePolicy.SlotsPerDay"/> (from a plan), or <see cref="ManagerShortfall.CapacityPerDay"/> (from a shortfall).</summary>
    public int Capacity { get; }

    /// <summary>Gets the conversations the manager holds, in the order they take place; empty when nothing was planned.</summary>
    public IReadOnlyList<PlannedConversation> Conversations { get; }

    /// <summary>Gets the days on which the manager holds conversations, in date order, with the load of each.</summary>
    public IReadOnlyList<CycleDayLoad> Days { get; }

    /// <summary>Gets the day with the highest load (the earliest of equals), or null when the manager holds no conversation.</summary>
    public CycleDayLoad? BusiestDay { get; }

    /// <summary>Gets the first day on which the manager holds a conversation, or null when there is none.</summary>
    public LocalDate? FirstDay => Days.Count == 0 ? null : Days[0].Date;

    /// <summary>Gets the last day on which the manager holds a conversation, or null when there is none.</summary>
    public LocalDate? LastDay => Days.Count == 0 ? null : Days[Days.Count - 1].Date;

    /// <summary>Gets the manager's own conversation in the plan (with their own manager), or null when they have none in it.</summary>
    public PlannedConversation? OwnConversation { get; }

    /// <summary>Gets the employees of the manager's team who are excused from the cycle, in the plan's order.</summary>
    public IReadOnlyList<Excusal> Excused { get; }

    /// <summary>Gets how far the window falls short for the manager's team, or null when it holds the team.</summary>
    public ManagerShortfall? Shortfall { get; }

    /// <inheritdoc />
    public override string ToString() => $"{ManagerId}: {Conversations.Count} conversation(s) on {Days.Count} day(s)";
}
