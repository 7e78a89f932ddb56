namespace Pop.Core.Strategies;

/// <summary>
/// Where an employee stands on the employee's interest in development × the manager's estimate of
/// their growth potential; it decides the approach of the conversation.
/// </summary>
public enum Quadrant
{
    /// <summary>Low interest, low potential: content where they are; keep them current.</summary>
    NoFurtherAmbition = 0,

    /// <summary>High interest, low potential: wants more than the manager sees room for yet.</summary>
    OverestimatesSelf = 1,

    /// <summary>Low interest, high potential: the manager sees more than the employee does.</summary>
    UnderestimatesSelf = 2,

    /// <summary>High interest, high potential (goudvink): invest and retain.</summary>
    HighPotential = 3,
}
