namespace Pop.Core.Tests.Conversations;

using Pop.Core.Conversations;
using Xunit;

/// <summary>Assertions on conversation command results: accepted with the new conversation, or refused with a code and the conversation untouched.</summary>
internal static class ConversationResults
{
    /// <summary>Asserts the command was accepted and returns the new conversation.</summary>
    public static Conversation Ok(this ConversationResult result)
    {
        Assert.True(result.IsAccepted, result.Rejection?.ToString());
        return result.Conversation;
    }

    /// <summary>Asserts the command was refused with <paramref name="code"/>, produced no event and left <paramref name="before"/> as the result's conversation.</summary>
    public static void Refused(this ConversationResult result, Conversation before, string code)
    {
        Assert.False(result.IsAccepted);
        Assert.Equal(code, result.Rejection!.Code);
        Assert.Same(before, result.Conversation);
        Assert.Empty(result.Events);
    }
}
