namespace Pop.Core;

/// <summary>What a host wants done when a rule it may relax is broken.</summary>
public enum RuleEnforcement
{
    /// <summary>The rule is not checked.</summary>
    Off = 0,

    /// <summary>The command goes through, and its result carries a warning with the rule's code.</summary>
    Warn = 1,

    /// <summary>The command is refused with the rule's code, and nothing changes.</summary>
    Refuse = 2,
}
