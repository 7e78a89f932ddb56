namespace Pop.Embedding;

using System;
using NodaTime;
using Pop.Core.Conversations;

/// <summary>
/// What a vendor's request handler does with a conversation command: load the conversation from
/// its events, let Pop.Core decide, store the new events, and hand back the result (with the
/// rejection, if any, for the UI to show).
/// </summary>
internal sealed class ConversationWorkflow
{
    private readonly SqliteConversationStore store;
    private readonly IClock clock;

    public ConversationWorkflow(SqliteConversationStore store, IClock clock)
    {
        this.store = store;
        this.clock = clock;
    }

    public ConversationResult Schedule(string conversationId, string employeeId, string managerId, ZonedDateTime at)
    {
        var result = Conversation.Schedule(conversationId, ConversationModel.EightSteps, employeeId, managerId, at, previousAgreements: null, clock);
        store.Append(conversationId, 0, result.Events);
        return result;
    }

    public ConversationResult Execute(string conversationId, Func<Conversation, IClock, ConversationResult> command)
    {
        var conversation = store.Load(conversationId) ?? throw new InvalidOperationException($"No conversation '{conversationId}'.");
        var result = command(conversation, clock);
        if (result.IsAccepted)
        {
            store.Append(conversationId, conversation.History.Count, result.Events);
        }

        return result;
    }
}
