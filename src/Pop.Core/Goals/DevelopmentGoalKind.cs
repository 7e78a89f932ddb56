namespace Pop.Core.Goals;

/// <summary>What a development goal aims at (verbeteren, specialiseren, doorgroeien, switchen).</summary>
public enum DevelopmentGoalKind
{
    /// <summary>Get better at the current role, or keep up with it (verbeteren, bijblijven).</summary>
    Improve = 0,

    /// <summary>Go deeper into one part of the current field (specialiseren).</summary>
    Specialise = 1,

    /// <summary>Grow into another, usually larger, role (doorgroeien).</summary>
    GrowIntoRole = 2,

    /// <summary>Move to a different kind of work (switchen).</summary>
    Switch = 3,
}
