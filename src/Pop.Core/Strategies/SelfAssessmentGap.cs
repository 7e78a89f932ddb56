namespace Pop.Core.Strategies;

using System.Globalization;

/// <summary>The difference between the employee's own rating of their potential and the manager's.</summary>
/// <threadsafety>This type is immutable and thread-safe.</threadsafety>
public sealed class SelfAssessmentGap
{
    internal SelfAssessmentGap(Potential selfAssessed, Potential managerAssessed, GapDirection direction)
    {
        SelfAssessed = selfAssessed;
        ManagerAssessed = managerAssessed;
        Direction = direction;
    }

    /// <summary>Gets the employee's own rating.</summary>
    public Potential SelfAssessed { get; }

    /// <summary>Gets the manager's rating.</summary>
    public Potential ManagerAssessed { get; }

    /// <summary>Gets the self rating minus the manager's: positive when the employee rates higher.</summary>
    public double Size => SelfAssessed.Score - ManagerAssessed.Score;

    /// <summary>Gets which way the gap points.</summary>
    public GapDirection Direction { get; }

    /// <inheritdoc />
    public override string ToString() => $"{Direction} ({Size.ToString("+0.##;-0.##;0", CultureInfo.InvariantCulture)})";
}
