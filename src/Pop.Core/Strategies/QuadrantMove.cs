namespace Pop.Core.Strategies;

using NodaTime;

/// <summary>A change of quadrant between two consecutive cycles.</summary>
/// <threadsafety>This type is immutable and thread-safe.</threadsafety>
public sealed class QuadrantMove
{
    internal QuadrantMove(LocalDate from, LocalDate to, Quadrant before, Quadrant after)
    {
        From = from;
        To = to;
        Before = before;
        After = after;
    }

    /// <summary>Gets the date of the earlier assessment.</summary>
    public LocalDate From { get; }

    /// <summary>Gets the date of the later assessment.</summary>
    public LocalDate To { get; }

    /// <summary>Gets the earlier quadrant.</summary>
    public Quadrant Before { get; }

    /// <summary>Gets the later quadrant.</summary>
    public Quadrant After { get; }

    /// <summary>Gets a value indicating whether interest went from low to high.</summary>
    public bool InterestRose => !IsHighInterest(Before) && IsHighInterest(After);

    /// <summary>Gets a value indicating whether the manager's estimate of potential went from low to high.</summary>
    public bool PotentialRose => !IsHighPotential(Before) && IsHighPotential(After);

    /// <inheritdoc />
    public override string ToString() => $"{Before} → {After} ({From:uuuu'-'MM'-'dd} → {To:uuuu'-'MM'-'dd})";

    internal static bool IsHighInterest(Quadrant q) => q is Quadrant.OverestimatesSelf or Quadrant.HighPotential;

    internal static bool IsHighPotential(Quadrant q) => q is Quadrant.UnderestimatesSelf or Quadrant.HighPotential;
}
