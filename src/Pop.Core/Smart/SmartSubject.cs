namespace Pop.Core.Smart;

using System;
using Ardalis.GuardClauses;
using NodaTime;

/// <summary>
/// A goal or agreement to validate: its text, and whatever structured data the host has about it.
/// Each piece of data left out makes the matching check "cannot tell" rather than a failure.
/// </summary>
/// <threadsafety>This type is immutable and thread-safe.</threadsafety>
public sealed class SmartSubject
{
    private readonly int otherActiveGoals;
    private readonly string? who;

    /// <summary>Initializes a new instance of the <see cref="SmartSubject"/> class.</summary>
    /// <param name="text">The text of the goal or agreement (the "what").</param>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    public SmartSubject([SmartGoalText] string text)
    {
        Text = Guard.Against.Null(text, nameof(text));
    }

    /// <summary>Gets the text (the "what").</summary>
    public string Text { get; }

    /// <summary>Gets whether this is a goal or an agreement; agreements must also say who.</summary>
    public SmartSubjectKind Kind { get; init; }

    /// <summary>Gets the deadline as recorded in structured data; it takes precedence over a deadline in the text.</summary>
    public LocalDate? Deadline { get; init; }

    /// <summary>Gets who carries the agreement out, or null when not recorded.</summary>
    /// <exception cref="ArgumentException">Set to an empty or white-space string.</exception>
    public string? Who
    {
        get => who;
        init => who = value is null ? null : Guard.Against.NullOrWhiteSpace(value, nameof(Who));
    }

    /// <summary>Gets whether the employee has accepted it, or null when not recorded.</summary>
    public bool? AcceptedByEmployee { get; init; }

    /// <summary>Gets whether the manager has accepted it, or null when not recorded.</summary>
    public bool? AcceptedByManager { get; init; }

    /// <summary>Gets how many other goals of the same person run at the same time.</summary>
    /// <exception cref="ArgumentException">Set to a negative number.</exception>
    public int OtherActiveGoals
    {
        get => otherActiveGoals;
        init => otherActiveGoals = Guard.Against.Negative(value, nameof(OtherActiveGoals));
    }

    /// <summary>Gets the last day of the conversation cycle the goal belongs to, or null when not known.</summary>
    public LocalDate? CycleEnd { get; init; }

    /// <summary>Gets a concern about the plan's ambition for this person (from the quadrant strategy's ambition check), or null.</summary>
    public string? AmbitionConcern { get; init; }
}
