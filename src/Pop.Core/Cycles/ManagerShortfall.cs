namespace Pop.Core.Cycles;

using System.Collections.Generic;
using System.Linq;
using Pop.Core.Internal;

/// <summary>How far a window falls short for one manager's team.</summary>
/// <threadsafety>This type is immutable and thread-safe.</threadsafety>
public sealed class ManagerShortfall
{
    internal ManagerShortfall(string managerId, int teamSize, int placeable, int workingDays, int capacityPerDay, IReadOnlyList<string> unplaced)
    {
        Unplaced = ReadOnly.Of(unplaced);
        ManagerId = managerId;
        TeamSize = teamSize;
        Placeable = placeable;
        WorkingDays = workingDays;
        CapacityPerDay = capacityPerDay;
    }

    /// <summary>Gets the manager's id.</summary>
    public string ManagerId { get; }

    /// <summary>Gets how many conversations the team needs.</summary>
    public int TeamSize { get; }

    /// <summary>Gets how many of them the window can hold at most.</summary>
    public int Placeable { get; }

    /// <summary>Gets how many conversations do not fit.</summary>
    public int Shortfall => TeamSize - Placeable;

    /// <summary>
    /// Gets the employees left without a conversation by the best arrangement found (as many as
    /// <see cref="Shortfall"/>; another arrangement may leave others out instead). A member who
    /// holds conversations of their own is busy in those, so they can be among them although the
    /// manager has room.
    /// </summary>
    public IReadOnlyList<string> Unplaced { get; }

    /// <summary>Gets the working days in the usable window on which the manager is available.</summary>
    public int WorkingDays { get; }

    /// <summary>Gets the manager's capacity per day.</summary>
    public int CapacityPerDay { get; }

    /// <inheritdoc />
    public override string ToString()
    {
        string who = string.Join(", ", Unplaced.Take(5)) + (Unplaced.Count > 5 ? $" and {Unplaced.Count - 5} more" : string.Empty);
        return $"{ManagerId}: {TeamSize} conversations, room for {Placeable} ({WorkingDays} days × {CapacityPerDay}), {Shortfall} short: {who}";
    }
}
