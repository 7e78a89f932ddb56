namespace Pop.Core.Goals;

using System;
using Ardalis.GuardClauses;

/// <summary>
/// A development goal (ontwikkeldoel, leerdoel) of a plan: what the employee develops, in which
/// direction, what it brings both parties, and how far it has come.
/// </summary>
/// <remarks>
/// Check the <see cref="Text"/> with <see cref="Smart.SmartValidator"/> before adding the goal to a
/// plan; the plan itself does not judge wording. <see cref="Competency"/> is the name the
/// organisation uses for the knowledge, skill or competency (for example "presenteren"); the
/// strategic training plan groups by it.
/// </remarks>
/// <threadsafety>This type is immutable and thread-safe.</threadsafety>
public sealed class DevelopmentGoal
{
    /// <summary>Initializes a new instance of the <see cref="DevelopmentGoal"/> class, planned and at 0% progress.</summary>
    /// <param name="id">The goal's id, unique within its plan.</param>
    /// <param name="text">The goal as written down.</param>
    /// <param name="kind">The direction: improve, specialise, grow into a role, switch.</param>
    /// <param name="focus">What is developed: knowledge, skills or competencies.</param>
    /// <param name="competency">The organisation's name for what is developed (for the strategic training plan).</param>
    /// <param name="benefitToEmployee">What reaching it brings the employee.</param>
    /// <param name="benefitToOrganisation">What reaching it brings the organisation.</param>
    /// <param name="conversationId">The conversation it came from, or null.</param>
    /// <exception cref="ArgumentNullException">A required text is null.</exception>
    /// <exception cref="ArgumentException">A required text is empty or white space, or <paramref name="conversationId"/> is given but blank.</exception>
    /// <exception cref="System.ComponentModel.InvalidEnumArgumentException"><paramref name="kind"/> or <paramref name="focus"/> is not a defined value.</exception>
    public DevelopmentGoal(string id, [SmartGoalText] string text, DevelopmentGoalKind kind, DevelopmentFocus focus, string competency, string benefitToEmployee, string benefitToOrganisation, string? conversationId)
        : this(
            Guard.Against.NullOrWhiteSpace(id, nameof(id)),
            Guard.Against.NullOrWhiteSpace(text, nameof(text)),
            Guard.Against.EnumOutOfRange(kind, nameof(kind)),
            Guard.Against.EnumOutOfRange(focus, nameof(focus)),
            Guard.Against.NullOrWhiteSpace(competency, nameof(competency)),
            Guard.Against.NullOrWhiteSpace(benefitToEmployee, nameof(benefitToEmployee)),
            Guard.Against.NullOrWhiteSpace(benefitToOrganisation, nameof(benefitToOrganisation)),
            conversationId is null ? null : Guard.Against.NullOrWhiteSpace(conversationId, nameof(conversationId)),
            GoalStatus.Planned,
            0)
    {
    }

    private DevelopmentGoal(string id, string text, DevelopmentGoalKind kind, DevelopmentFocus focus, string competency, string benefitToEmployee, string benefitToOrganisation, string? conversationId, GoalStatus status, int progressPercent)
    {
        Id = id;
        Text = text;
        Kind = kind;
        Focus = focus;
        Competency = competency;
        BenefitToEmployee = benefitToEmployee;
        BenefitToOrganisation = benefitToOrganisation;
        ConversationId = conversationId;
        Status = status;
        ProgressPercent = progressPercent;
    }

    /// <summary>Gets the goal's id, unique within its plan.</summary>
    public string Id { get; }

    /// <summary>Gets the goal as written down.</summary>
    public string Text { get; }

    /// <summary>Gets the direction of development.</summary>
    public DevelopmentGoalKind Kind { get; }

    /// <summary>Gets what is developed.</summary>
    public DevelopmentFocus Focus { get; }

    /// <summary>Gets the organisation's name for what is developed.</summary>
    public string Competency { get; }

    /// <summary>Gets what reaching the goal brings the employee.</summary>
    public string BenefitToEmployee { get; }

    /// <summary>Gets what reaching the goal brings the organisation.</summary>
    public string BenefitToOrganisation { get; }

    /// <summary>Gets the conversation the goal came from, or null.</summary>
    public string? ConversationId { get; }

    /// <summary>Gets where the goal stands.</summary>
    public GoalStatus Status { get; }

    /// <summary>Gets how far the goal has come, 0 to 100.</summary>
    public int ProgressPercent { get; }

    /// <summary>Returns a copy with a new status and progress.</summary>
    /// <param name="status">The new status.</param>
    /// <param name="progressPercent">The progress, 0 to 100; an achieved goal is at 100.</param>
    /// <returns>The updated goal.</returns>
    /// <exception cref="System.ComponentModel.InvalidEnumArgumentException"><paramref name="status"/> is not a defined value.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="progressPercent"/> is outside 0–100, or the goal is achieved below 100.</exception>
    public DevelopmentGoal WithProgress(GoalStatus status, int progressPercent)
    {
        Guard.Against.EnumOutOfRange(status, nameof(status));
        Guard.Against.OutOfRange(progressPercent, nameof(progressPercent), 0, 100);
        if (status == GoalStatus.Achieved && progressPercent != 100)
        {
            throw new ArgumentOutOfRangeException(nameof(progressPercent), progressPercent, "An achieved goal is at 100% progress.");
        }

        return new DevelopmentGoal(Id, Text, Kind, Focus, Competency, BenefitToEmployee, BenefitToOrganisation, ConversationId, status, progressPercent);
    }

    /// <inheritdoc />
    public override string ToString() => $"{Id}: {Text} ({Status}, {ProgressPercent}%)";
}
