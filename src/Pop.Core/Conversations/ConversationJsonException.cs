namespace Pop.Core.Conversations;

using System;

/// <summary>JSON that is not a valid conversation: <see cref="Path"/> says where (<c>$.events[3].at</c>). Nothing half-built is returned.</summary>
public sealed class ConversationJsonException : Exception
{
    internal ConversationJsonException(string path, string message, Exception? inner = null)
        : base($"{path}: {message}", inner)
    {
        Path = path;
    }

    /// <summary>Gets the JSON path of the offending value.</summary>
    public string Path { get; }
}
