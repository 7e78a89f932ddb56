namespace Pop.Core.Plans;

/// <summary>What the strategic training plan does with a group smaller than the minimum group size.</summary>
public enum SmallGroupHandling
{
    /// <summary>
    /// Merge it with the small groups of other departments that share its competency and activity
    /// kind into one organisation-wide row; suppress that row too if it is still below the minimum.
    /// </summary>
    Merge = 0,

    /// <summary>Leave it out; only the number of suppressed groups is reported.</summary>
    Suppress = 1,
}
