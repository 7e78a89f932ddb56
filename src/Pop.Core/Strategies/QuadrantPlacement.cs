namespace Pop.Core.Strategies;

using System.Collections.Generic;
using Pop.Core.Internal;

/// <summary>
/// Where one employee lands on the grid, with what is uncertain about it: a score near the
/// threshold is reported as borderline together with the quadrant it would otherwise fall in.
/// </summary>
/// <threadsafety>This type is immutable and thread-safe.</threadsafety>
public sealed class QuadrantPlacement
{
    internal QuadrantPlacement(Interest interest, Potential potential, Quadrant quadrant, bool interestBorderline, bool potentialBorderline, IReadOnlyList<Quadrant> alternatives, SelfAssessmentGap? gap)
    {
        Interest = interest;
        Potential = potential;
        Quadrant = quadrant;
        IsInterestBorderline = interestBorderline;
        IsPotentialBorderline = potentialBorderline;
        Alternatives = ReadOnly.Of(alternatives);
        SelfAssessmentGap = gap;
    }

    /// <summary>Gets the employee's interest.</summary>
    public Interest Interest { get; }

    /// <summary>Gets the manager's estimate of potential.</summary>
    public Potential Potential { get; }

    /// <summary>Gets the quadrant by the threshold.</summary>
    public Quadrant Quadrant { get; }

    /// <summary>Gets a value indicating whether the interest lies within the borderline margin.</summary>
    public bool IsInterestBorderline { get; }

    /// <summary>Gets a value indicating whether the potential lies within the borderline margin.</summary>
    public bool IsPotentialBorderline { get; }

    /// <summary>Gets a value indicating whether either score is borderline.</summary>
    public bool IsBorderline => IsInterestBorderline || IsPotentialBorderline;

    /// <summary>Gets the other quadrants a borderline score could place the employee in (empty when not borderline).</summary>
    public IReadOnlyList<Quadrant> Alternatives { get; }

    /// <summary>Gets the gap between the employee's own rating of their potential and the manager's, when both were given.</summary>
    public SelfAssessmentGap? SelfAssessmentGap { get; }

    /// <inheritdoc />
    public override string ToString() => IsBorderline ? $"{Quadrant} (borderline: {string.Join(", ", Alternatives)})" : Quadrant.ToString();
}
