namespace Pop.Core.Strategies;

/// <summary>Which way the employee's view of themselves differs from the manager's: of their potential (<see cref="SelfAssessmentGap"/>) or of their development stage (<see cref="Pop.Core.Conversations.StageComparison"/>).</summary>
public enum GapDirection
{
    /// <summary>The two views agree (for potential, within the scale's borderline margin; for the stage, the same stage).</summary>
    Aligned = 0,

    /// <summary>The employee rates their potential higher, or places themselves in a later stage, than the manager does.</summary>
    EmployeeRatesHigher = 1,

    /// <summary>The employee rates their potential lower, or places themselves in an earlier stage, than the manager does.</summary>
    EmployeeRatesLower = 2,
}
