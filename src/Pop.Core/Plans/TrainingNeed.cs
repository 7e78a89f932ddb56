namespace Pop.Core.Plans;

using NodaTime;
using Pop.Core.Goals;

/// <summary>
/// One row of the strategic training plan: how many employees of a department work on a
/// competency through one kind of activity, with the summed estimates.
/// </summary>
/// <threadsafety>This type is immutable and thread-safe.</threadsafety>
public sealed class TrainingNeed
{
    internal TrainingNeed(string? department, string competency, DevelopmentActivityKind activityKind, int employees, int activities, decimal estimatedCost, int activitiesWithoutCost, Duration estimatedTime, int activitiesWithoutTime)
    {
        Department = department;
        Competency = competency;
        ActivityKind = activityKind;
        Employees = employees;
        Activities = activities;
        EstimatedCost = estimatedCost;
        ActivitiesWithoutCost = activitiesWithoutCost;
        EstimatedTime = estimatedTime;
        ActivitiesWithoutTime = activitiesWithoutTime;
    }

    /// <summary>Gets the department, or null for a row that merges small groups across departments.</summary>
    public string? Department { get; }

    /// <summary>Gets a value indicating whether the row merges small groups of several departments.</summary>
    public bool IsMerged => Department is null;

    /// <summary>Gets the competency worked on, as the goals name it.</summary>
    public string Competency { get; }

    /// <summary>Gets the kind of activity.</summary>
    public DevelopmentActivityKind ActivityKind { get; }

    /// <summary>Gets the number of distinct employees in the row; never below the plan's minimum group size.</summary>
    public int Employees { get; }

    /// <summary>Gets the number of activities.</summary>
    public int Activities { get; }

    /// <summary>Gets the summed cost of the activities with a cost estimate.</summary>
    public decimal EstimatedCost { get; }

    /// <summary>Gets how many activities have no cost estimate (not in <see cref="EstimatedCost"/>).</summary>
    public int ActivitiesWithoutCost { get; }

    /// <summary>Gets the summed time of the activities with a time estimate.</summary>
    public Duration EstimatedTime { get; }

    /// <summary>Gets how many activities have no time estimate (not in <see cref="EstimatedTime"/>).</summary>
    public int ActivitiesWithoutTime { get; }

    /// <inheritdoc />
    public override string ToString() => $"{Department ?? "*"} / {Competency} / {ActivityKind}: {Employees} employees, {Activities} activities, {EstimatedCost}";
}
