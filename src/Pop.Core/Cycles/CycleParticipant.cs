namespace Pop.Core.Cycles;

using System;
using System.Collections.Generic;
using System.Linq;
using Ardalis.GuardClauses;
using NodaTime;
using Pop.Core.Internal;

/// <summary>An employee in a conversation cycle: who, under which manager, where, and when not available.</summary>
/// <threadsafety>This type is immutable and thread-safe.</threadsafety>
public sealed class CycleParticipant
{
    private readonly IReadOnlyList<DateInterval> unavailable = ReadOnly.View(Array.Empty<DateInterval>());
    private readonly string? excusedReason;

    /// <summary>Initializes a new instance of the <see cref="CycleParticipant"/> class.</summary>
    /// <param name="employeeId">The employee's id, unique in the organisation.</param>
    /// <param name="managerId">The manager's id (who may be a participant too).</param>
    /// <exception cref="ArgumentNullException">An id is null.</exception>
    /// <exception cref="ArgumentException">An id is empty, or the employee is their own manager.</exception>
    public CycleParticipant(string employeeId, string managerId)
    {
        EmployeeId = Guard.Against.NullOrWhiteSpace(employeeId, nameof(employeeId));
        ManagerId = Guard.Against.NullOrWhiteSpace(managerId, nameof(managerId));
        if (string.Equals(employeeId, managerId, StringComparison.Ordinal))
        {
            throw new ArgumentException($"Employee '{employeeId}' cannot be their own manager.", nameof(managerId));
        }
    }

    /// <summary>Gets the employee's id.</summary>
    public string EmployeeId { get; }

    /// <summary>Gets the manager's id.</summary>
    public string ManagerId { get; }

    /// <summary>Gets the employee's name, if known.</summary>
    public string? Name { get; init; }

    /// <summary>Gets the employee's time zone; the policy's zone when null.</summary>
    public DateTimeZone? TimeZone { get; init; }

    /// <summary>Gets the hire date, if known.</summary>
    public LocalDate? HireDate { get; init; }

    /// <summary>Gets the periods the employee is away (leave), both ends included.</summary>
    /// <exception cref="ArgumentNullException">Set to null or with a null interval.</exception>
    public IReadOnlyList<DateInterval> Unavailable
    {
        get => unavailable;
        init
        {
            var list = Guard.Against.Null(value, nameof(Unavailable)).ToArray();
            foreach (var interval in list)
            {
                Guard.Against.Null(interval, nameof(Unavailable));
            }

            unavailable = ReadOnly.View(list);
        }
    }

    /// <summary>Gets why the employee is excused from this cycle (long-term leave, just hired, …), or null.</summary>
    /// <exception cref="ArgumentException">Set to an empty or white-space reason.</exception>
    public string? ExcusedReason
    {
        get => excusedReason;
        init => excusedReason = value is null ? null : Guard.Against.NullOrWhiteSpace(value, nameof(ExcusedReason));
    }

    /// <summary>Gets whether the employee is away on <paramref name="date"/>.</summary>
    /// <param name="date">The date.</param>
    /// <returns>True when a leave interval contains it.</returns>
    public bool IsAwayOn(LocalDate date)
    {
        foreach (var interval in unavailable)
        {
            if (interval.Contains(date))
            {
                return true;
            }
        }

        return false;
    }
}
