namespace Pop.Core.Plans;

using Pop.Core.Goals;

/// <summary>
/// One row of the strategic training plan: how many employees of a department work on a
/// competency through one kind of activity, with the summed estimates. Each figure rests on at
/// least the plan's minimum group size of people or is withheld; with cell key noise
/// (<see cref="StrategicTrainingPlan.IsPerturbed"/>) every figure is moved by a small, bounded amount.
/// </summary>
/// <threadsafety>This type is immutable and thread-safe.</threadsafety>
public sealed class TrainingNeed
{
    internal TrainingNeed(string? department, string competency, DevelopmentActivityKind activityKind, int employees, int activities, SopFigure<decimal> estimatedCost, SopFigure<int> activitiesWithoutCost, SopFigure<decimal> estimatedHours, SopFigure<int> activitiesWithoutTime)
    {
        Department = department;
        Competency = competency;
        ActivityKind = activityKind;
        Employees = employees;
        Activities = activities;
        EstimatedCost = estimatedCost;
        ActivitiesWithoutCost = activitiesWithoutCost;
        EstimatedHours = estimatedHours;
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

    /// <summary>
    /// Gets the number of distinct employees in the row; never below the plan's minimum group size
    /// (with noise, the true number is within the count noise of it and also never below the minimum).
    /// </summary>
    public int Employees { get; }

    /// <summary>Gets the number of activities (with noise, within the count noise of the true number).</summary>
    public int Activities { get; }

    /// <summary>
    /// Gets the summed cost of the activities with a cost estimate; withheld when fewer employees than
    /// the minimum gave one, or when the sum passes <see cref="decimal.MaxValue"/>.
    /// </summary>
    public SopFigure<decimal> EstimatedCost { get; }

    /// <summary>
    /// Gets how many activities have no cost estimate (not in <see cref="EstimatedCost"/>): zero, or a
    /// count over at least the minimum of employees without one; withheld otherwise.
    /// </summary>
    public SopFigure<int> ActivitiesWithoutCost { get; }

    /// <summary>
    /// Gets the summed time of the activities with a time estimate, in hours; withheld when fewer
    /// employees than the minimum gave one, or when the sum passes <see cref="decimal.MaxValue"/>.
    /// </summary>
    public SopFigure<decimal> EstimatedHours { get; }

    /// <summary>
    /// Gets how many activities have no time estimate (not in <see cref="EstimatedHours"/>): zero, or
    /// a count over at least the minimum of employees without one; withheld otherwise.
    /// </summary>
    public SopFigure<int> ActivitiesWithoutTime { get; }

    /// <inheritdoc />
    public override string ToString() => $"{Department ?? "*"} / {Competency} / {ActivityKind}: {Employees} employees, {Activities} activities, cost {EstimatedCost}, hours {EstimatedHours}";
}
