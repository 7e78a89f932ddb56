namespace Pop.Core.Cycles;

using System;
using Ardalis.GuardClauses;
using NodaTime;

/// <summary>One stretch of time in which a person is already busy (an appointment, or busy time from a free/busy answer).</summary>
/// <threadsafety>This type is immutable and thread-safe.</threadsafety>
public sealed class BusyTime
{
    /// <summary>Initializes a new instance of the <see cref="BusyTime"/> class.</summary>
    /// <param name="personId">Who is busy: an employee's or a manager's id.</param>
    /// <param name="interval">When: an interval with a start and an end.</param>
    /// <exception cref="ArgumentNullException"><paramref name="personId"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="personId"/> is empty or white space, or <paramref name="interval"/> has no start, no end or no length.</exception>
    public BusyTime(string personId, Interval interval)
    {
        PersonId = Guard.Against.NullOrWhiteSpace(personId, nameof(personId));
        if (!interval.HasStart || !interval.HasEnd)
        {
            throw new ArgumentException($"Busy time of '{personId}' needs a start and an end; got {interval}.", nameof(interval));
        }

        if (interval.Duration <= Duration.Zero)
        {
            throw new ArgumentException($"Busy time of '{personId}' must last longer than zero; got {interval}.", nameof(interval));
        }

        Interval = interval;
    }

    /// <summary>Gets who is busy.</summary>
    public string PersonId { get; }

    /// <summary>Gets when, start included, end excluded.</summary>
    public Interval Interval { get; }

    /// <inheritdoc />
    public override string ToString() => $"{PersonId} busy {Interval}";
}
