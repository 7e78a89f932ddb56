namespace Pop.Core.Strategies;

using System;
using System.Collections.Generic;
using Ardalis.GuardClauses;

/// <summary>Places employees on the interest × potential grid, each axis on its declared scale.</summary>
/// <threadsafety>This type is immutable and thread-safe.</threadsafety>
public sealed class QuadrantClassifier
{
    /// <summary>Initializes a new instance of the <see cref="QuadrantClassifier"/> class.</summary>
    /// <param name="interestScale">The scale interest is rated on; <see cref="AssessmentScale.Default"/> when null.</param>
    /// <param name="potentialScale">The scale potential is rated on; <see cref="AssessmentScale.Default"/> when null.</param>
    public QuadrantClassifier(AssessmentScale? interestScale = null, AssessmentScale? potentialScale = null)
    {
        InterestScale = interestScale ?? AssessmentScale.Default;
        PotentialScale = potentialScale ?? AssessmentScale.Default;
    }

    /// <summary>Gets a classifier on the default 1–5 scales.</summary>
    public static QuadrantClassifier Default { get; } = new();

    /// <summary>Gets the interest scale.</summary>
    public AssessmentScale InterestScale { get; }

    /// <summary>Gets the potential scale.</summary>
    public AssessmentScale PotentialScale { get; }

    /// <summary>The quadrant of a high/low pair.</summary>
    /// <param name="highInterest">Whether interest is high.</param>
    /// <param name="highPotential">Whether potential is high.</param>
    /// <returns>The quadrant.</returns>
    public static Quadrant QuadrantOf(bool highInterest, bool highPotential) =>
        (highInterest, highPotential) switch
        {
            (false, false) => Quadrant.NoFurtherAmbition,
            (true, false) => Quadrant.OverestimatesSelf,
            (false, true) => Quadrant.UnderestimatesSelf,
            _ => Quadrant.HighPotential,
        };

    /// <summary>Places one employee.</summary>
    /// <param name="interest">The employee's stated interest.</param>
    /// <param name="potential">The manager's estimate of potential.</param>
    /// <param name="selfAssessedPotential">The employee's own rating of their potential, when asked.</param>
    /// <returns>The placement.</returns>
    /// <exception cref="ArgumentOutOfRangeException">A score lies outside its scale.</exception>
    public QuadrantPlacement Place(Interest interest, Potential potential, Potential? selfAssessedPotential = null)
    {
        InterestScale.Check(interest.Score, nameof(interest));
        PotentialScale.Check(potential.Score, nameof(potential));
        bool highInterest = InterestScale.IsHigh(interest.Score);
        bool highPotential = PotentialScale.IsHigh(potential.Score);
        bool interestBorderline = InterestScale.IsBorderline(interest.Score);
        bool potentialBorderline = PotentialScale.IsBorderline(potential.Score);
        var quadrant = QuadrantOf(highInterest, highPotential);

        var alternatives = new List<Quadrant>(3);
        if (interestBorderline)
        {
            alternatives.Add(QuadrantOf(!highInterest, highPotential));
        }

        if (potentialBorderline)
        {
            alternatives.Add(QuadrantOf(highInterest, !highPotential));
        }

        if (interestBorderline && potentialBorderline)
        {
            alternatives.Add(QuadrantOf(!highInterest, !highPotential));
        }

        SelfAssessmentGap? gap = null;
        if (selfAssessedPotential is { } self)
        {
            PotentialScale.Check(self.Score, nameof(selfAssessedPotential));
            double size = self.Score - potential.Score;
            var direction = Math.Abs(size) <= PotentialScale.BorderlineMargin ? GapDirection.Aligned
                : size > 0 ? GapDirection.EmployeeRatesHigher
                : GapDirection.EmployeeRatesLower;
            gap = new SelfAssessmentGap(self, potential, direction);
        }

        return new QuadrantPlacement(interest, potential, quadrant, interestBorderline, potentialBorderline, alternatives.ToArray(), gap);
    }
}
