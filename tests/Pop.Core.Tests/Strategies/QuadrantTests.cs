namespace Pop.Core.Tests.Strategies;

using System;
using System.Globalization;
using System.Linq;
using NodaTime;
using Pop.Core.Goals;
using Pop.Core.Strategies;
using Xunit;

public sealed class QuadrantTests
{
    private static readonly QuadrantClassifier Classifier = QuadrantClassifier.Default;

    [Theory]
    [InlineData(1, 1, Quadrant.NoFurtherAmbition)]
    [InlineData(5, 1, Quadrant.OverestimatesSelf)]
    [InlineData(1, 5, Quadrant.UnderestimatesSelf)]
    [InlineData(5, 5, Quadrant.HighPotential)]
    [InlineData(4, 2, Quadrant.OverestimatesSelf)]
    [InlineData(2, 4, Quadrant.UnderestimatesSelf)]
    public void Each_corner_of_the_grid(double interest, double potential, Quadrant expected)
    {
        var placement = Classifier.Place(new Interest(interest), new Potential(potential));
        Assert.Equal(expected, placement.Quadrant);
        Assert.False(placement.IsBorderline);
        Assert.Empty(placement.Alternatives);
    }

    [Fact]
    public void The_threshold_itself_is_low_and_borderline()
    {
        var p = Classifier.Place(new Interest(3), new Potential(5));
        Assert.Equal(Quadrant.UnderestimatesSelf, p.Quadrant);
        Assert.True(p.IsInterestBorderline);
        Assert.False(p.IsPotentialBorderline);
        Assert.Equal(new[] { Quadrant.HighPotential }, p.Alternatives);
    }

    [Fact]
    public void Both_axes_borderline_lists_all_three_other_quadrants()
    {
        var p = Classifier.Place(new Interest(3.5), new Potential(2.5));
        Assert.Equal(Quadrant.OverestimatesSelf, p.Quadrant);
        Assert.Equal(
            new[] { Quadrant.NoFurtherAmbition, Quadrant.HighPotential, Quadrant.UnderestimatesSelf }.OrderBy(q => q),
            p.Alternatives.OrderBy(q => q));
    }

    [Fact]
    public void A_vendor_scale_moves_the_threshold()
    {
        var tenPoint = new AssessmentScale(0, 10, 6, 1);
        var classifier = new QuadrantClassifier(tenPoint, tenPoint);
        Assert.Equal(Quadrant.NoFurtherAmbition, classifier.Place(new Interest(6), new Potential(6)).Quadrant);
        Assert.Equal(Quadrant.HighPotential, classifier.Place(new Interest(8), new Potential(9)).Quadrant);
        Assert.True(classifier.Place(new Interest(7), new Potential(9)).IsInterestBorderline);
    }

    [Theory]
    [InlineData(5, 2, GapDirection.EmployeeRatesHigher, 3)]
    [InlineData(2, 5, GapDirection.EmployeeRatesLower, -3)]
    [InlineData(4, 4.5, GapDirection.Aligned, -0.5)]
    public void The_self_assessment_gap_shows_which_way(double self, double manager, GapDirection direction, double size)
    {
        var gap = Classifier.Place(new Interest(4), new Potential(manager), new Potential(self)).SelfAssessmentGap!;
        Assert.Equal(direction, gap.Direction);
        Assert.Equal(size, gap.Size, 6);
    }

    [Fact]
    public void Scores_off_the_scale_are_rejected_by_name()
    {
        Assert.Equal("interest", Assert.Throws<ArgumentOutOfRangeException>(() => Classifier.Place(new Interest(6), new Potential(3))).ParamName);
        Assert.Equal("potential", Assert.Throws<ArgumentOutOfRangeException>(() => Classifier.Place(new Interest(3), new Potential(0))).ParamName);
        Assert.Equal("selfAssessedPotential", Assert.Throws<ArgumentOutOfRangeException>(() => Classifier.Place(new Interest(3), new Potential(3), new Potential(9))).ParamName);
        Assert.Equal("score", Assert.Throws<ArgumentException>(() => new Interest(double.NaN)).ParamName);
        Assert.Equal("threshold", Assert.Throws<ArgumentException>(() => new AssessmentScale(1, 5, 5, 0.5)).ParamName);
        Assert.Equal("maximum", Assert.Throws<ArgumentException>(() => new AssessmentScale(5, 1, 3, 0.5)).ParamName);
        Assert.Equal("borderlineMargin", Assert.Throws<ArgumentException>(() => new AssessmentScale(1, 5, 3, -1)).ParamName);
    }

    [Fact]
    public void History_reports_moves_between_cycles()
    {
        var history = QuadrantHistory.Empty
            .With(new LocalDate(2027, 1, 20), Classifier.Place(new Interest(2), new Potential(4)))
            .With(new LocalDate(2028, 1, 18), Classifier.Place(new Interest(2), new Potential(5)))
            .With(new LocalDate(2026, 1, 22), Classifier.Place(new Interest(1), new Potential(2)))
            .With(new LocalDate(2029, 1, 16), Classifier.Place(new Interest(5), new Potential(5)));

        Assert.Equal(Quadrant.HighPotential, history.Current!.Quadrant);
        Assert.Equal(
            new[] { "NoFurtherAmbition→UnderestimatesSelf", "UnderestimatesSelf→HighPotential" },
            history.Moves.Select(m => $"{m.Before}→{m.After}"));
        var last = history.Moves.Last();
        Assert.True(last.InterestRose);
        Assert.False(last.PotentialRose);
        Assert.Equal(new LocalDate(2028, 1, 18), last.From);
        Assert.Throws<ArgumentException>(() => history.With(new LocalDate(2028, 1, 18), Classifier.Place(new Interest(1), new Potential(1))));
    }
}
