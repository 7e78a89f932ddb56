namespace Pop.Core.Conversations;

/// <summary>Where the employee stands in the role (ontwikkelfase).</summary>
public enum DevelopmentStage
{
    /// <summary>Still learning the role.</summary>
    Junior = 0,

    /// <summary>Fully competent (vakvolwassen).</summary>
    Competent = 1,

    /// <summary>Senior: an example and a sparring partner for others.</summary>
    Senior = 2,
}
