namespace Pop.Core.Conversations;

/// <summary>
/// The size limits of one conversation. The same limits hold for commands (a rejection with code
/// <c>CONV-R14</c> or <c>CONV-R15</c>, or an <see cref="System.ArgumentException"/> for a too long
/// argument), for <see cref="Conversation.Replay"/> (a <see cref="ConversationReplayException"/>
/// with the same code) and for <see cref="ConversationJson"/> (a <see cref="ConversationJsonException"/>
/// naming the path), so every conversation the commands can build can be written and read back.
/// </summary>
/// <remarks>
/// A conversation at every limit writes at most about 60 MB of JSON: 100,000 events of at most
/// ~350 bytes besides their texts, and 4,000,000 characters of text of at most 6 bytes each
/// (a control character escaped as <c>\uXXXX</c>); <see cref="MaxJsonBytes"/> leaves room above that.
/// </remarks>
public static class ConversationLimits
{
    /// <summary>The most events one conversation holds (its scheduling included): 100,000.</summary>
    public const int MaxEvents = 100_000;

    /// <summary>The longest text of one field (an id, a talking point, an agreement's what, a reason …): 10,000 characters.</summary>
    public const int MaxTextLength = 10_000;

    /// <summary>The most characters of text one conversation holds, summed over every text of every event (each event's conversation id included): 4,000,000.</summary>
    public const int MaxTotalTextLength = 4_000_000;

    /// <summary>The largest JSON document <see cref="ConversationJson"/> reads, in UTF-8 bytes: 64 MiB; a larger one is refused before it is parsed.</summary>
    public const int MaxJsonBytes = 64 * 1024 * 1024;

    /// <summary>The deepest nesting <see cref="ConversationJson"/> reads: 8 (a document needs 4).</summary>
    public const int MaxJsonDepth = 8;
}
