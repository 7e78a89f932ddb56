namespace Pop.Core.Plans;

using System;
using Ardalis.GuardClauses;
using Pop.Core.Conversations;

/// <summary>
/// A proposed solution for one development point (a goal of the plan), scored E = K × A: its effect is its quality times
/// its acceptance, each on a declared <see cref="ScoreScale"/>. A solution that is excellent on
/// paper but not accepted by the employee has little effect.
/// </summary>
/// <threadsafety>This type is immutable and thread-safe.</threadsafety>
public sealed class SolutionProposal
{
    /// <summary>Initializes a new instance of the <see cref="SolutionProposal"/> class.</summary>
    /// <param name="id">The proposal's id, unique within its plan.</param>
    /// <param name="goalId">The development point it solves: the id of one of the plan's goals.</param>
    /// <param name="description">The solution.</param>
    /// <param name="proposedBy">Who proposed it; in the eight-step model the employee proposes first.</param>
    /// <param name="quality">Its quality (K) on <paramref name="scale"/>.</param>
    /// <param name="acceptance">Its acceptance (A) on <paramref name="scale"/>.</param>
    /// <param name="scale">The declared scale of both scores.</param>
    /// <exception cref="ArgumentNullException">A text or <paramref name="scale"/> is null.</exception>
    /// <exception cref="ArgumentException">A text is empty or white space.</exception>
    /// <exception cref="System.ComponentModel.InvalidEnumArgumentException"><paramref name="proposedBy"/> is not a defined role.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A score lies outside the scale.</exception>
    public SolutionProposal(string id, string goalId, string description, ConversationRole proposedBy, int quality, int acceptance, ScoreScale scale)
    {
        Id = Guard.Against.NullOrWhiteSpace(id, nameof(id));
        GoalId = Guard.Against.NullOrWhiteSpace(goalId, nameof(goalId));
        Description = Guard.Against.NullOrWhiteSpace(description, nameof(description));
        ProposedBy = Guard.Against.EnumOutOfRange(proposedBy, nameof(proposedBy));
        Scale = Guard.Against.Null(scale, nameof(scale));
        Quality = Guard.Against.OutOfRange(quality, nameof(quality), scale.Minimum, scale.Maximum);
        Acceptance = Guard.Against.OutOfRange(acceptance, nameof(acceptance), scale.Minimum, scale.Maximum);
    }

    /// <summary>Gets the proposal's id.</summary>
    public string Id { get; }

    /// <summary>Gets the id of the goal (the development point) it solves; proposals compare only with others for the same goal.</summary>
    public string GoalId { get; }

    /// <summary>Gets the solution.</summary>
    public string Description { get; }

    /// <summary>Gets who proposed it.</summary>
    public ConversationRole ProposedBy { get; }

    /// <summary>Gets its quality (K).</summary>
    public int Quality { get; }

    /// <summary>Gets its acceptance (A).</summary>
    public int Acceptance { get; }

    /// <summary>Gets the scale of both scores.</summary>
    public ScoreScale Scale { get; }

    /// <summary>Gets its effect: E = K × A.</summary>
    public int Effect => Quality * Acceptance;

    /// <inheritdoc />
    public override string ToString() => $"{Description} (E = {Quality} × {Acceptance} = {Effect})";
}
