namespace Pop.Core.Plans;

using NodaTime;

/// <summary>A private note of the manager on the plan; never shown to the employee.</summary>
/// <threadsafety>This type is immutable and thread-safe.</threadsafety>
public sealed class ManagerNote
{
    internal ManagerNote(string text, Instant at)
    {
        Text = text;
        At = at;
    }

    /// <summary>Gets the note.</summary>
    public string Text { get; }

    /// <summary>Gets when it was written.</summary>
    public Instant At { get; }
}
