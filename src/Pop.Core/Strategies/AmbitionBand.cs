namespace Pop.Core.Strategies;

using System;
using System.Collections.Generic;
using System.Linq;
using Ardalis.GuardClauses;
using Pop.Core.Goals;
using Pop.Core.Internal;

/// <summary>How ambitious a plan should be for one quadrant: how many goals, which kinds it needs and which are too much.</summary>
/// <threadsafety>This type is immutable and thread-safe.</threadsafety>
public sealed class AmbitionBand
{
    /// <summary>Initializes a new instance of the <see cref="AmbitionBand"/> class.</summary>
    /// <param name="minimumGoals">The fewest goals a plan should have (zero or more).</param>
    /// <param name="maximumGoals">The most goals that stay achievable (at least <paramref name="minimumGoals"/> and at least 1).</param>
    /// <param name="requiredKinds">At least one goal should be of one of these kinds (empty: no such demand).</param>
    /// <param name="tooAmbitiousKinds">Goal kinds that are too much for this quadrant.</param>
    /// <exception cref="ArgumentNullException">A collection is null.</exception>
    /// <exception cref="ArgumentException">The counts are negative or out of order, or a kind is both required and too ambitious.</exception>
    public AmbitionBand(int minimumGoals, int maximumGoals, IEnumerable<DevelopmentGoalKind> requiredKinds, IEnumerable<DevelopmentGoalKind> tooAmbitiousKinds)
    {
        Guard.Against.Negative(minimumGoals, nameof(minimumGoals));
        Guard.Against.NegativeOrZero(maximumGoals, nameof(maximumGoals));
        if (maximumGoals < minimumGoals)
        {
            throw new ArgumentException($"The maximum ({maximumGoals}) cannot be below the minimum ({minimumGoals}).", nameof(maximumGoals));
        }

        var required = Guard.Against.Null(requiredKinds, nameof(requiredKinds)).Distinct().ToArray();
        var tooMuch = Guard.Against.Null(tooAmbitiousKinds, nameof(tooAmbitiousKinds)).Distinct().ToArray();
        foreach (var kind in required.Concat(tooMuch))
        {
            Guard.Against.EnumOutOfRange(kind, nameof(requiredKinds));
        }

        var both = required.Intersect(tooMuch).ToArray();
        if (both.Length > 0)
        {
            throw new ArgumentException($"A goal kind cannot be both required and too ambitious: {string.Join(", ", both)}.", nameof(tooAmbitiousKinds));
        }

        MinimumGoals = minimumGoals;
        MaximumGoals = maximumGoals;
        RequiredKinds = ReadOnly.Of(required);
        TooAmbitiousKinds = ReadOnly.Of(tooMuch);
    }

    /// <summary>Gets the fewest goals a plan should have.</summary>
    public int MinimumGoals { get; }

    /// <summary>Gets the most goals that stay achievable.</summary>
    public int MaximumGoals { get; }

    /// <summary>Gets the kinds of which at least one goal should be in the plan (empty: no such demand).</summary>
    public IReadOnlyList<DevelopmentGoalKind> RequiredKinds { get; }

    /// <summary>Gets the kinds that are too much for this quadrant.</summary>
    public IReadOnlyList<DevelopmentGoalKind> TooAmbitiousKinds { get; }
}
