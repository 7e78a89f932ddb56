namespace Pop.Core.Strategies;

using System.Collections.Generic;
using System.Globalization;
using Pop.Core.Goals;
using Pop.Core.Internal;

/// <summary>The approach for one conversation, in one language: aim, instruments, phrasing tips, pitfalls and ambition.</summary>
/// <threadsafety>This type is immutable and thread-safe.</threadsafety>
public sealed class ConversationStrategy
{
    internal ConversationStrategy(Quadrant quadrant, CultureInfo culture, string name, string aim, IReadOnlyList<string> instruments, IReadOnlyList<string> phrasingTips, IReadOnlyList<string> pitfalls, IReadOnlyList<DevelopmentGoalKind> fittingGoalKinds, AmbitionBand ambition)
    {
        Quadrant = quadrant;
        Culture = culture;
        Name = name;
        Aim = aim;
        Instruments = ReadOnly.Of(instruments);
        PhrasingTips = ReadOnly.Of(phrasingTips);
        Pitfalls = ReadOnly.Of(pitfalls);
        FittingGoalKinds = ReadOnly.Of(fittingGoalKinds);
        Ambition = ambition;
    }

    /// <summary>Gets the quadrant.</summary>
    public Quadrant Quadrant { get; }

    /// <summary>Gets the culture of the texts.</summary>
    public CultureInfo Culture { get; }

    /// <summary>Gets the quadrant's name for people ("Goudvink").</summary>
    public string Name { get; }

    /// <summary>Gets the aim of the conversation.</summary>
    public string Aim { get; }

    /// <summary>Gets the recommended instruments.</summary>
    public IReadOnlyList<string> Instruments { get; }

    /// <summary>Gets tips on how to phrase things.</summary>
    public IReadOnlyList<string> PhrasingTips { get; }

    /// <summary>Gets what to avoid.</summary>
    public IReadOnlyList<string> Pitfalls { get; }

    /// <summary>Gets the development-goal kinds that fit.</summary>
    public IReadOnlyList<DevelopmentGoalKind> FittingGoalKinds { get; }

    /// <summary>Gets how ambitious the plan should be.</summary>
    public AmbitionBand Ambition { get; }

    /// <inheritdoc />
    public override string ToString() => $"{Name}: {Aim}";
}
