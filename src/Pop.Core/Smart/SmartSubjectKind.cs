namespace Pop.Core.Smart;

/// <summary>What is being validated.</summary>
public enum SmartSubjectKind
{
    /// <summary>A development goal (ontwikkeldoel).</summary>
    Goal = 0,

    /// <summary>An agreement (afspraak): who does what by when.</summary>
    Agreement = 1,
}
