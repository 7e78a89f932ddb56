namespace Pop.Core.Smart;

using System;
using Ardalis.GuardClauses;
using NodaTime;

/// <summary>The limits the Realistic check applies.</summary>
/// <threadsafety>This type is immutable and thread-safe.</threadsafety>
public sealed class SmartPolicy
{
    /// <summary>Initializes a new instance of the <see cref="SmartPolicy"/> class.</summary>
    /// <param name="horizon">How far ahead a deadline may lie when the cycle's end is not known.</param>
    /// <param name="maxActiveGoals">How many goals one person may reasonably pursue at once.</param>
    /// <exception cref="ArgumentNullException"><paramref name="horizon"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="horizon"/> is not positive, or <paramref name="maxActiveGoals"/> is less than 1.</exception>
    public SmartPolicy(Period horizon, int maxActiveGoals)
    {
        Guard.Against.Null(horizon, nameof(horizon));
        var probe = new LocalDate(2000, 1, 1);
        if (probe.Plus(horizon) <= probe)
        {
            throw new ArgumentException("The horizon must reach beyond the reference date.", nameof(horizon));
        }

        Horizon = horizon;
        MaxActiveGoals = Guard.Against.NegativeOrZero(maxActiveGoals, nameof(maxActiveGoals));
    }

    /// <summary>Gets the default policy: a 15-month horizon (one yearly cycle and its follow-up) and at most 5 goals at once.</summary>
    public static SmartPolicy Default { get; } = new(Period.FromMonths(15), 5);

    /// <summary>Gets how far ahead a deadline may lie when the cycle's end is not known.</summary>
    public Period Horizon { get; }

    /// <summary>Gets how many goals one person may reasonably pursue at once.</summary>
    public int MaxActiveGoals { get; }
}
