namespace Pop.Core.Conversations;

using System;

/// <summary>A list of events does not form a valid conversation: <see cref="EventIndex"/> says which event, <see cref="Code"/> which rule.</summary>
public sealed class ConversationReplayException : Exception
{
    internal ConversationReplayException(int eventIndex, string code, string message)
        : base(message)
    {
        EventIndex = eventIndex;
        Code = code;
    }

    /// <summary>Gets the index of the event that broke a rule.</summary>
    public int EventIndex { get; }

    /// <summary>Gets the rule's code.</summary>
    public string Code { get; }
}
