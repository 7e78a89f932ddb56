namespace Pop.Core.Conversations;

/// <summary>Where a conversation stands.</summary>
public enum ConversationStatus
{
    /// <summary>Planned, not yet started: preparation happens now.</summary>
    Scheduled = 0,

    /// <summary>Under way, in one of the model's phases.</summary>
    InProgress = 1,

    /// <summary>Closed: the plan is final.</summary>
    Closed = 2,

    /// <summary>Cancelled.</summary>
    Cancelled = 3,
}
