namespace Pop.Core.Goals;

using System;
using Ardalis.GuardClauses;
using NodaTime;

/// <summary>
/// What the employee does to reach a goal (ontwikkelactiviteit), with cost and time estimates
/// where they are known.
/// </summary>
/// <threadsafety>This type is immutable and thread-safe.</threadsafety>
public sealed class DevelopmentActivity
{
    /// <summary>Initializes a new instance of the <see cref="DevelopmentActivity"/> class.</summary>
    /// <param name="id">The activity's id, unique within its plan.</param>
    /// <param name="goalId">The goal it serves.</param>
    /// <param name="kind">The kind of activity; there is no default.</param>
    /// <param name="description">What is done, for example the course or the colleague to shadow.</param>
    /// <param name="estimatedCost">The estimated cost in the organisation's currency, or null when not known.</param>
    /// <param name="estimatedTime">The estimated time the employee spends on it, or null when not known.</param>
    /// <exception cref="ArgumentNullException">A required text is null.</exception>
    /// <exception cref="ArgumentException">A required text is empty or white space, or an estimate is negative.</exception>
    /// <exception cref="System.ComponentModel.InvalidEnumArgumentException"><paramref name="kind"/> is not a defined kind (including <c>default</c>).</exception>
    public DevelopmentActivity(string id, string goalId, DevelopmentActivityKind kind, string description, decimal? estimatedCost, Duration? estimatedTime)
    {
        Id = Guard.Against.NullOrWhiteSpace(id, nameof(id));
        GoalId = Guard.Against.NullOrWhiteSpace(goalId, nameof(goalId));
        Kind = Guard.Against.EnumOutOfRange(kind, nameof(kind));
        Description = Guard.Against.NullOrWhiteSpace(description, nameof(description));
        if (estimatedCost < 0)
        {
            throw new ArgumentException($"The estimated cost cannot be negative ({estimatedCost}).", nameof(estimatedCost));
        }

        if (estimatedTime < Duration.Zero)
        {
            throw new ArgumentException($"The estimated time cannot be negative ({estimatedTime}).", nameof(estimatedTime));
        }

        EstimatedCost = estimatedCost;
        EstimatedTime = estimatedTime;
    }

    /// <summary>Gets the activity's id, unique within its plan.</summary>
    public string Id { get; }

    /// <summary>Gets the goal the activity serves.</summary>
    public string GoalId { get; }

    /// <summary>Gets the kind of activity.</summary>
    public DevelopmentActivityKind Kind { get; }

    /// <summary>Gets what is done.</summary>
    public string Description { get; }

    /// <summary>Gets the estimated cost in the organisation's currency, or null when not known.</summary>
    public decimal? EstimatedCost { get; }

    /// <summary>Gets the estimated time the employee spends on it, or null when not known.</summary>
    public Duration? EstimatedTime { get; }

    /// <inheritdoc />
    public override string ToString() => $"{Id}: {Kind} — {Description}";
}
