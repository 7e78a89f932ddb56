namespace Pop.Core.Smart;

/// <summary>How much a finding matters.</summary>
public enum FindingSeverity
{
    /// <summary>Worth knowing; the criterion is not failed by it.</summary>
    Info = 0,

    /// <summary>The criterion is not met because of it.</summary>
    Warning = 1,
}
