namespace Pop.Core.Goals;

/// <summary>Where a development goal stands.</summary>
public enum GoalStatus
{
    /// <summary>Agreed but not started.</summary>
    Planned = 0,

    /// <summary>Work on it has started.</summary>
    InProgress = 1,

    /// <summary>Reached.</summary>
    Achieved = 2,

    /// <summary>Given up, for example because the role changed; kept for the evaluation.</summary>
    Dropped = 3,
}
