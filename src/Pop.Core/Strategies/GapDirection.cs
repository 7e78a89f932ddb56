namespace Pop.Core.Strategies;

/// <summary>Which way the employee's view of their own potential differs from the manager's.</summary>
public enum GapDirection
{
    /// <summary>The two views agree (within the scale's borderline margin).</summary>
    Aligned = 0,

    /// <summary>The employee rates their potential higher than the manager does.</summary>
    EmployeeRatesHigher = 1,

    /// <summary>The employee rates their potential lower than the manager does.</summary>
    EmployeeRatesLower = 2,
}
