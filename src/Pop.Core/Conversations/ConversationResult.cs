namespace Pop.Core.Conversations;

using System;
using System.Collections.Generic;
using Pop.Core.Internal;

/// <summary>
/// The outcome of a command: the new conversation and the event it produced, or a rejection that
/// names the rule — in which case <see cref="Conversation"/> is the unchanged original.
/// </summary>
/// <threadsafety>This type is immutable and thread-safe.</threadsafety>
public sealed class ConversationResult
{
    private readonly Conversation? conversation;

    internal ConversationResult(Conversation? conversation, IReadOnlyList<ConversationEvent> events, RuleRejection? rejection, IReadOnlyList<GuidanceWarning> warnings)
    {
        this.conversation = conversation;
        Events = ReadOnly.Of(events);
        Rejection = rejection;
        Warnings = ReadOnly.Of(warnings);
    }

    /// <summary>Gets the conversation: the new state, or the unchanged one when rejected.</summary>
    /// <exception cref="InvalidOperationException">The result is a refused <see cref="Conversations.Conversation.Schedule"/>: no conversation was created (check <see cref="IsAccepted"/> first).</exception>
    public Conversation Conversation => conversation
        ?? throw new InvalidOperationException($"No conversation was scheduled: {Rejection}. Check {nameof(IsAccepted)} before reading {nameof(Conversation)}.");

    /// <summary>Gets the events the command produced (empty when rejected).</summary>
    public IReadOnlyList<ConversationEvent> Events { get; }

    /// <summary>Gets why the command was refused, or null when it was accepted.</summary>
    public RuleRejection? Rejection { get; }

    /// <summary>Gets a value indicating whether the command was accepted.</summary>
    public bool IsAccepted => Rejection is null;

    /// <summary>Gets guidance warnings the command raised (accepted commands only).</summary>
    public IReadOnlyList<GuidanceWarning> Warnings { get; }

    /// <inheritdoc />
    public override string ToString() => Rejection is { } r ? "Rejected " + r : $"Accepted {conversation!.Id} ({conversation.Status}, {Events.Count} event(s), {Warnings.Count} warning(s))";

    internal ConversationResult WithWarnings(IReadOnlyList<GuidanceWarning> more) =>
        new(conversation, Events, Rejection, System.Linq.Enumerable.ToArray(System.Linq.Enumerable.Concat(Warnings, more)));

    internal static ConversationResult NotScheduled(RuleRejection rejection) =>
        new(null, Array.Empty<ConversationEvent>(), rejection, Array.Empty<GuidanceWarning>());

    internal static ConversationResult Rejected(Conversation unchanged, RuleRejection rejection) =>
        new(unchanged, Array.Empty<ConversationEvent>(), rejection, Array.Empty<GuidanceWarning>());
}
