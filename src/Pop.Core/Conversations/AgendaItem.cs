namespace Pop.Core.Conversations;

/// <summary>An agenda item, proposed by either side or joint, with its priority (1 is highest).</summary>
/// <threadsafety>This type is immutable and thread-safe.</threadsafety>
public sealed class AgendaItem
{
    internal AgendaItem(string id, ConversationRole proposedBy, bool isJoint, string text, int priority)
    {
        Id = id;
        ProposedBy = proposedBy;
        IsJoint = isJoint;
        Text = text;
        Priority = priority;
    }

    /// <summary>Gets the item's id.</summary>
    public string Id { get; }

    /// <summary>Gets who first proposed it.</summary>
    public ConversationRole ProposedBy { get; }

    /// <summary>Gets a value indicating whether both sides brought it (merged).</summary>
    public bool IsJoint { get; }

    /// <summary>Gets what it is about.</summary>
    public string Text { get; }

    /// <summary>Gets the priority (1 is highest).</summary>
    public int Priority { get; }

    internal AgendaItem With(int? priority = null, bool? joint = null, string? text = null) =>
        new(Id, ProposedBy, joint ?? IsJoint, text ?? Text, priority ?? Priority);
}
