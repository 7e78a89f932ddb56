namespace Pop.Core.Smart;

/// <summary>The outcome of one SMART criterion.</summary>
public enum CriterionVerdict
{
    /// <summary>What was given does not allow a judgement (for example acceptance of a bare text).</summary>
    CannotTell = 0,

    /// <summary>The criterion is met.</summary>
    Met = 1,

    /// <summary>The criterion is not met.</summary>
    NotMet = 2,
}
