namespace Pop.Core.Conversations;

using NodaTime;

/// <summary>Guidance that was not followed — recorded, not blocked (<c>CONV-G01</c>: the manager reacted in substance while listening).</summary>
/// <threadsafety>This type is immutable and thread-safe.</threadsafety>
public sealed class GuidanceWarning
{
    internal GuidanceWarning(string code, string phaseId, Instant at)
    {
        Code = code;
        PhaseId = phaseId;
        At = at;
    }

    /// <summary>Gets the guidance's code.</summary>
    public string Code { get; }

    /// <summary>Gets the phase it happened in.</summary>
    public string PhaseId { get; }

    /// <summary>Gets when.</summary>
    public Instant At { get; }
}
