namespace Pop.Core.Cycles;

/// <summary>How far a window falls short for one manager's team.</summary>
/// <threadsafety>This type is immutable and thread-safe.</threadsafety>
public sealed class ManagerShortfall
{
    internal ManagerShortfall(string managerId, int teamSize, int placeable, int workingDays, int capacityPerDay)
    {
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

    /// <summary>Gets the working days in the usable window on which the manager is available.</summary>
    public int WorkingDays { get; }

    /// <summary>Gets the manager's capacity per day.</summary>
    public int CapacityPerDay { get; }

    /// <inheritdoc />
    public override string ToString() => $"{ManagerId}: {TeamSize} conversations, room for {Placeable} ({WorkingDays} days × {CapacityPerDay}), {Shortfall} short";
}
