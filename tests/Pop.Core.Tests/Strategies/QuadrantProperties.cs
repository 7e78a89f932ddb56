namespace Pop.Core.Tests.Strategies;

using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Pop.Core.Strategies;

public static class ScoreArbitraries
{
    /// <summary>Scores on the default 1–5 scale, in quarter steps.</summary>
    public static Arbitrary<double> Scores() => Gen.Choose(4, 20).Select(q => q / 4.0).ToArbitrary();
}

[Properties(Arbitrary = new[] { typeof(ScoreArbitraries) })]
public sealed class QuadrantProperties
{
    private static readonly QuadrantClassifier Classifier = QuadrantClassifier.Default;

    private static bool HighInterest(Quadrant q) => q is Quadrant.OverestimatesSelf or Quadrant.HighPotential;

    private static bool HighPotential(Quadrant q) => q is Quadrant.UnderestimatesSelf or Quadrant.HighPotential;

    [Property]
    public bool The_mapping_is_total(double interest, double potential) =>
        System.Enum.IsDefined(typeof(Quadrant), Classifier.Place(new Interest(interest), new Potential(potential)).Quadrant);

    [Property]
    public bool Raising_interest_never_lowers_the_interest_side(double a, double b, double potential)
    {
        double low = System.Math.Min(a, b), high = System.Math.Max(a, b);
        var before = Classifier.Place(new Interest(low), new Potential(potential)).Quadrant;
        var after = Classifier.Place(new Interest(high), new Potential(potential)).Quadrant;
        return (!HighInterest(before) || HighInterest(after)) && HighPotential(before) == HighPotential(after);
    }

    [Property]
    public bool Raising_potential_never_lowers_the_potential_side(double a, double b, double interest)
    {
        double low = System.Math.Min(a, b), high = System.Math.Max(a, b);
        var before = Classifier.Place(new Interest(interest), new Potential(low)).Quadrant;
        var after = Classifier.Place(new Interest(interest), new Potential(high)).Quadrant;
        return (!HighPotential(before) || HighPotential(after)) && HighInterest(before) == HighInterest(after);
    }

    [Property]
    public bool Alternatives_are_other_quadrants_and_only_when_borderline(double interest, double potential)
    {
        var p = Classifier.Place(new Interest(interest), new Potential(potential));
        return !p.Alternatives.Contains(p.Quadrant)
            && p.Alternatives.Distinct().Count() == p.Alternatives.Count
            && (p.Alternatives.Count == 0) == !p.IsBorderline;
    }

    [Property]
    public bool The_gap_points_the_way_of_the_difference(double interest, double manager, double self)
    {
        var gap = Classifier.Place(new Interest(interest), new Potential(manager), new Potential(self)).SelfAssessmentGap!;
        return gap.Direction switch
        {
            GapDirection.EmployeeRatesHigher => self > manager,
            GapDirection.EmployeeRatesLower => self < manager,
            _ => System.Math.Abs(self - manager) <= 0.5,
        };
    }
}
