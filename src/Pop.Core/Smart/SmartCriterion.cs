namespace Pop.Core.Smart;

/// <summary>The five SMART criteria, in their usual order.</summary>
public enum SmartCriterion
{
    /// <summary>Specific: it is clear what exactly will be done or reached.</summary>
    Specific = 0,

    /// <summary>Measurable: someone else could check afterwards whether it happened.</summary>
    Measurable = 1,

    /// <summary>Acceptable: both the employee and the manager stand behind it.</summary>
    Acceptable = 2,

    /// <summary>Realistic: feasible for this person in this cycle.</summary>
    Realistic = 3,

    /// <summary>Time-bound: it states when it must be finished.</summary>
    TimeBound = 4,
}
