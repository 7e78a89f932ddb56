namespace Pop.Core.Cycles;

/// <summary>What a reminder is about.</summary>
public enum ReminderKind
{
    /// <summary>The manager announces the conversation and asks the employee to prepare.</summary>
    Announcement = 0,

    /// <summary>Both exchange their list of talking points.</summary>
    TalkingPoints = 1,

    /// <summary>The conversation is tomorrow (the working day before).</summary>
    DayBefore = 2,

    /// <summary>The follow-up that finalises the agreements.</summary>
    FollowUp = 3,

    /// <summary>An interim check on progress.</summary>
    InterimCheck = 4,
}
