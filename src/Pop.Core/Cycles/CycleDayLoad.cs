namespace Pop.Core.Cycles;

using NodaTime;

/// <summary>One working day of one manager in a <see cref="CyclePlanReport"/>: how many conversations they hold that day and how full the day is.</summary>
/// <remarks>
/// The load counts both sides of the table, as the planner does: the conversations the manager
/// holds, plus their own conversation (with their manager) when it falls on the same day.
/// </remarks>
/// <threadsafety>This type is immutable and thread-safe.</threadsafety>
public sealed class CycleDayLoad
{
    internal CycleDayLoad(LocalDate date, int held, bool includesOwnConversation, int capacity, int firstIndex)
    {
        Date = date;
        Held = held;
        IncludesOwnConversation = includesOwnConversation;
        Capacity = capacity;
        FirstIndex = firstIndex;
    }

    /// <summary>Gets the day.</summary>
    public LocalDate Date { get; }

    /// <summary>Gets how many conversations the manager holds that day.</summary>
    public int Held { get; }

    /// <summary>Gets a value indicating whether the manager's own conversation (as an employee) falls on this day too.</summary>
    public bool IncludesOwnConversation { get; }

    /// <summary>Gets how many conversations the manager takes part in that day: <see cref="Held"/>, plus one for their own conversation.</summary>
    public int Load => Held + (IncludesOwnConversation ? 1 : 0);

    /// <summary>Gets the most conversations one person takes part in on one day: the smaller of <see cref="CyclePolicy.ManagerCapacityPerDay"/> and <see cref="CyclePolicy.SlotsPerDay"/>.</summary>
    public int Capacity { get; }

    /// <summary>Gets where the day's conversations start in <see cref="CycleManagerReport.Conversations"/>.</summary>
    internal int FirstIndex { get; }

    /// <inheritdoc />
    public override string ToString() => $"{Date:uuuu'-'MM'-'dd}: {Held} held, load {Load}/{Capacity}";
}
