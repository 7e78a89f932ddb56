namespace Pop.Core.Tests.Strategies;

using System;
using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Pop.Core.Strategies;
using Xunit;

public static class ScoreArbitraries
{
    /// <summary>The threshold and the doubles either side of it: where a classifier goes wrong first.</summary>
    public static readonly double[] Threshold = { 3, Math.BitIncrement(3), Math.BitDecrement(3) };

    /// <summary>The borderline edges, the doubles either side of them, and the scale ends.</summary>
    public static readonly double[] Edges =
    {
        1, 5, 2.5, 3.5, Math.BitIncrement(3.5), Math.BitDecrement(3.5), Math.BitIncrement(2.5), Math.BitDecrement(2.5), Math.BitIncrement(1), Math.BitDecrement(5),
    };

    /// <summary>Scores on the default 1–5 scale: quarter steps, the threshold, the edges, and any double in between.</summary>
    public static Arbitrary<double> Scores() => ScoreGen.ToArbitrary();

    public static Gen<double> ScoreGen { get; } = Gen.Frequency(
        (3, Gen.Choose(4, 20).Select(q => q / 4.0)),
        (2, Gen.Elements(Threshold)),
        (2, Gen.Elements(Edges)),
        (2, Gen.Choose(0, int.MaxValue).Select(k => 1 + (4.0 * k / int.MaxValue))));
}

[Properties(Arbitrary = new[] { typeof(ScoreArbitraries) }, MaxTest = 500)]
public sealed class QuadrantProperties
{
    private static readonly QuadrantClassifier Classifier = QuadrantClassifier.Default;

    /// <summary>
    /// The grid as docs/DOMAIN.md ("Quadrants") and AssessmentScale.Default define it, written out
    /// independently of the classifier: on 1–5, low is [1, 3] and high is (3, 5].
    /// </summary>
    private static readonly (Quadrant Quadrant, Band Interest, Band Potential)[] Grid =
    {
        (Quadrant.NoFurtherAmbition, Band.Low, Band.Low),
        (Quadrant.OverestimatesSelf, Band.High, Band.Low),
        (Quadrant.UnderestimatesSelf, Band.Low, Band.High),
        (Quadrant.HighPotential, Band.High, Band.High),
    };

    private enum Band
    {
        Low,
        High,
    }

    private static bool HighInterest(Quadrant q) => q is Quadrant.OverestimatesSelf or Quadrant.HighPotential;

    private static bool HighPotential(Quadrant q) => q is Quadrant.UnderestimatesSelf or Quadrant.HighPotential;

    private static bool Contains(Band band, double score) => band == Band.Low ? score >= 1 && score <= 3 : score > 3 && score <= 5;

    [Property]
    public bool Every_score_pair_lands_in_the_one_quadrant_whose_bounds_contain_it(double interest, double potential)
    {
        var containing = Grid.Where(cell => Contains(cell.Interest, interest) && Contains(cell.Potential, potential)).ToArray();
        return containing.Length == 1
            && Classifier.Place(new Interest(interest), new Potential(potential)).Quadrant == containing[0].Quadrant;
    }

    [Property]
    public bool A_score_is_borderline_exactly_within_half_a_point_of_3(double interest, double potential)
    {
        var p = Classifier.Place(new Interest(interest), new Potential(potential));
        return p.IsInterestBorderline == (interest >= 2.5 && interest <= 3.5)
            && p.IsPotentialBorderline == (potential >= 2.5 && potential <= 3.5);
    }

    [Property]
    public bool A_score_off_the_scale_is_refused_with_the_parameter_named(double score, bool low, bool onInterest)
    {
        double off = low ? Math.BitDecrement(1) - (score - 1) : Math.BitIncrement(5) + (score - 1);
        var e = Record.Exception(() => onInterest
            ? Classifier.Place(new Interest(off), new Potential(score))
            : Classifier.Place(new Interest(score), new Potential(off)));
        return e is ArgumentOutOfRangeException a && a.ParamName == (onInterest ? "interest" : "potential");
    }

    [Theory]
    [InlineData(3.0, 3.0, Quadrant.NoFurtherAmbition)]
    [InlineData(1.0, 1.0, Quadrant.NoFurtherAmbition)]
    [InlineData(5.0, 1.0, Quadrant.OverestimatesSelf)]
    [InlineData(1.0, 5.0, Quadrant.UnderestimatesSelf)]
    [InlineData(5.0, 5.0, Quadrant.HighPotential)]
    public void The_corners_and_the_threshold_are_placed_by_the_table(double interest, double potential, Quadrant expected) =>
        Assert.Equal(expected, Classifier.Place(new Interest(interest), new Potential(potential)).Quadrant);

    [Fact]
    public void The_threshold_is_low_and_the_next_double_above_it_is_high()
    {
        double above = Math.BitIncrement(3.0);
        Assert.Equal(Quadrant.NoFurtherAmbition, Classifier.Place(new Interest(3.0), new Potential(3.0)).Quadrant);
        Assert.Equal(Quadrant.OverestimatesSelf, Classifier.Place(new Interest(above), new Potential(3.0)).Quadrant);
        Assert.Equal(Quadrant.UnderestimatesSelf, Classifier.Place(new Interest(3.0), new Potential(above)).Quadrant);
        Assert.Equal(Quadrant.HighPotential, Classifier.Place(new Interest(above), new Potential(above)).Quadrant);
    }

    [Fact]
    public void The_score_generator_reaches_the_threshold_and_its_neighbours()
    {
        double[] sample = Gen.Sample(ScoreArbitraries.ScoreGen, 2000, 2000);
        double Share(Func<double, bool> hit) => sample.Count(hit) / (double)sample.Length;

        Assert.True(Share(s => s == 3.0) >= 0.05, $"threshold: {Share(s => s == 3.0):P1}");
        Assert.True(Share(s => s == Math.BitIncrement(3.0)) >= 0.03, $"just above: {Share(s => s == Math.BitIncrement(3.0)):P1}");
        Assert.True(Share(s => s is 2.5 or 3.5) >= 0.05, $"borderline edges: {Share(s => s is 2.5 or 3.5):P1}");
        Assert.True(Share(s => s * 4 != Math.Floor(s * 4)) >= 0.05, $"off the quarter grid: {Share(s => s * 4 != Math.Floor(s * 4)):P1}");
    }

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
