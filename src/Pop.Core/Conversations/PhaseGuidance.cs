namespace Pop.Core.Conversations;

using System.Collections.Generic;
using Pop.Core.Internal;

/// <summary>A phase's guidance in one language: name, purpose, who speaks first, questions, what to avoid.</summary>
/// <threadsafety>This type is immutable and thread-safe.</threadsafety>
public sealed class PhaseGuidance
{
    internal PhaseGuidance(ConversationPhase phase, string name, string purpose, IReadOnlyList<string> questions, IReadOnlyList<string> avoid)
    {
        Phase = phase;
        Name = name;
        Purpose = purpose;
        Questions = ReadOnly.Of(questions);
        Avoid = ReadOnly.Of(avoid);
    }

    /// <summary>Gets the phase.</summary>
    public ConversationPhase Phase { get; }

    /// <summary>Gets the phase's name.</summary>
    public string Name { get; }

    /// <summary>Gets the purpose.</summary>
    public string Purpose { get; }

    /// <summary>Gets who speaks first.</summary>
    public ConversationRole SpeaksFirst => Phase.SpeaksFirst;

    /// <summary>Gets the questions to ask.</summary>
    public IReadOnlyList<string> Questions { get; }

    /// <summary>Gets what to avoid.</summary>
    public IReadOnlyList<string> Avoid { get; }
}
