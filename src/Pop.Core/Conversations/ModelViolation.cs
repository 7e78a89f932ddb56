namespace Pop.Core.Conversations;

/// <summary>One cross-model rule a conversation model breaks, with its stable code.</summary>
/// <threadsafety>This type is immutable and thread-safe.</threadsafety>
public sealed class ModelViolation
{
    internal ModelViolation(string code, string message)
    {
        Code = code;
        Message = message;
    }

    /// <summary>Gets the rule's code (<c>MODEL-04</c>).</summary>
    public string Code { get; }

    /// <summary>Gets what is wrong, for developers.</summary>
    public string Message { get; }

    /// <inheritdoc />
    public override string ToString() => $"{Code}: {Message}";
}
