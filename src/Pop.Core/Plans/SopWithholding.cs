namespace Pop.Core.Plans;

/// <summary>Why a figure of the strategic training plan is withheld, or <see cref="None"/> when it is published.</summary>
public enum SopWithholding
{
    /// <summary>The figure is published.</summary>
    None = 0,

    /// <summary>
    /// Fewer people than the minimum group size stand behind the figure (for a cost total: fewer
    /// employees with a cost estimate; for a gap report's supply and gap: fewer employees with a plan
    /// in the department), so it could reveal one person's figure.
    /// </summary>
    TooFewPeople = 1,

    /// <summary>The total does not fit the figure's type (it passes <see cref="decimal.MaxValue"/>).</summary>
    TooLarge = 2,
}
