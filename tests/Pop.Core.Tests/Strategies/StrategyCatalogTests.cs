namespace Pop.Core.Tests.Strategies;

using System;
using System.Globalization;
using System.Linq;
using Pop.Core.Goals;
using Pop.Core.Strategies;
using Pop.Core.Texts;
using Xunit;

public sealed class StrategyCatalogTests
{
    private static readonly CultureInfo Nl = CultureInfo.GetCultureInfo("nl");
    private static readonly CultureInfo En = CultureInfo.GetCultureInfo("en");

    [Theory]
    [InlineData(Quadrant.NoFurtherAmbition, "Geen verdere ambitie", "No further ambition")]
    [InlineData(Quadrant.OverestimatesSelf, "Overschat zichzelf", "Overestimates themself")]
    [InlineData(Quadrant.UnderestimatesSelf, "Onderschat zichzelf", "Underestimates themself")]
    [InlineData(Quadrant.HighPotential, "Goudvink", "High potential (goudvink)")]
    public void Every_quadrant_has_a_full_strategy_in_both_languages(Quadrant quadrant, string dutch, string english)
    {
        foreach (var (culture, name) in new[] { (Nl, dutch), (En, english) })
        {
            var s = StrategyCatalog.Default.Describe(quadrant, culture);
            Assert.Equal(name, s.Name);
            Assert.False(string.IsNullOrWhiteSpace(s.Aim));
            Assert.NotEmpty(s.Instruments);
            Assert.NotEmpty(s.PhrasingTips);
            Assert.NotEmpty(s.Pitfalls);
            Assert.NotEmpty(s.FittingGoalKinds);
            Assert.All(s.Instruments.Concat(s.PhrasingTips).Concat(s.Pitfalls), t => Assert.DoesNotContain("STRATEGY.", t));
        }
    }

    [Fact]
    public void The_seed_specific_instruments_and_pitfalls_are_there()
    {
        Assert.Contains(StrategyCatalog.Default.Describe(Quadrant.UnderestimatesSelf, En).Instruments, i => i.Contains("360-degree"));
        Assert.Contains(StrategyCatalog.Default.Describe(Quadrant.OverestimatesSelf, En).Pitfalls, p => p.Contains("emotion"));
        Assert.Contains(StrategyCatalog.Default.Describe(Quadrant.HighPotential, Nl).Instruments, i => i.Contains("management development"));
        Assert.Contains(StrategyCatalog.Default.Describe(Quadrant.NoFurtherAmbition, En).Pitfalls, p => p.Contains("ambitious"));
    }

    [Theory]
    [InlineData(Quadrant.NoFurtherAmbition, new[] { DevelopmentGoalKind.Improve }, AmbitionVerdict.Fitting, "AMBITION-00")]
    [InlineData(Quadrant.NoFurtherAmbition, new DevelopmentGoalKind[0], AmbitionVerdict.TooThin, "AMBITION-01")]
    [InlineData(Quadrant.NoFurtherAmbition, new[] { DevelopmentGoalKind.Improve, DevelopmentGoalKind.GrowIntoRole }, AmbitionVerdict.TooAmbitious, "AMBITION-03")]
    [InlineData(Quadrant.NoFurtherAmbition, new[] { DevelopmentGoalKind.Improve, DevelopmentGoalKind.Improve, DevelopmentGoalKind.Improve }, AmbitionVerdict.TooAmbitious, "AMBITION-02")]
    [InlineData(Quadrant.OverestimatesSelf, new[] { DevelopmentGoalKind.Specialise }, AmbitionVerdict.Fitting, "AMBITION-00")]
    [InlineData(Quadrant.OverestimatesSelf, new[] { DevelopmentGoalKind.GrowIntoRole }, AmbitionVerdict.TooAmbitious, "AMBITION-03")]
    [InlineData(Quadrant.UnderestimatesSelf, new[] { DevelopmentGoalKind.Improve }, AmbitionVerdict.TooThin, "AMBITION-04")]
    [InlineData(Quadrant.UnderestimatesSelf, new[] { DevelopmentGoalKind.Improve, DevelopmentGoalKind.Specialise }, AmbitionVerdict.Fitting, "AMBITION-00")]
    [InlineData(Quadrant.HighPotential, new[] { DevelopmentGoalKind.GrowIntoRole }, AmbitionVerdict.TooThin, "AMBITION-01")]
    [InlineData(Quadrant.HighPotential, new[] { DevelopmentGoalKind.Improve, DevelopmentGoalKind.Improve }, AmbitionVerdict.TooThin, "AMBITION-04")]
    [InlineData(Quadrant.HighPotential, new[] { DevelopmentGoalKind.GrowIntoRole, DevelopmentGoalKind.Improve }, AmbitionVerdict.Fitting, "AMBITION-00")]
    public void The_ambition_check_per_quadrant(Quadrant quadrant, DevelopmentGoalKind[] goals, AmbitionVerdict verdict, string code)
    {
        var a = StrategyCatalog.Default.CheckAmbition(quadrant, goals, En);
        Assert.Equal(verdict, a.Verdict);
        Assert.Contains(code, a.Codes);
        Assert.Equal(a.Codes.Count, a.Reasons.Count);
        Assert.Equal(verdict == AmbitionVerdict.Fitting, a.Concern is null);
    }

    [Fact]
    public void Too_ambitious_wins_over_too_thin_and_every_reason_is_given()
    {
        var a = StrategyCatalog.Default.CheckAmbition(Quadrant.NoFurtherAmbition, new[] { DevelopmentGoalKind.Switch }, Nl);
        Assert.Equal(AmbitionVerdict.TooAmbitious, a.Verdict);
        Assert.Equal(new[] { "AMBITION-03", "AMBITION-04" }, a.Codes);
        Assert.Contains("'switchen'", a.Reasons[0]);
        Assert.Contains("Geen verdere ambitie", a.Concern);
    }

    [Fact]
    public void A_vendor_replaces_a_strategy_and_its_texts()
    {
        var texts = TextCatalog.Default
            .WithText(Nl, "ACME.gv.name", "Toptalent")
            .WithText(Nl, "ACME.gv.aim", "Binden en boeien.")
            .WithText(Nl, "ACME.gv.i1", "Het ACME-leiderschapsprogramma");
        var definition = new StrategyDefinition(
            Quadrant.HighPotential, "ACME.gv.name", "ACME.gv.aim", new[] { "ACME.gv.i1" }, Array.Empty<string>(), Array.Empty<string>(),
            new[] { DevelopmentGoalKind.GrowIntoRole }, new AmbitionBand(1, 5, Array.Empty<DevelopmentGoalKind>(), Array.Empty<DevelopmentGoalKind>()));

        var catalog = StrategyCatalog.Default.WithTexts(texts).WithStrategy(definition);
        var s = catalog.Describe(Quadrant.HighPotential, Nl);
        Assert.Equal("Toptalent", s.Name);
        Assert.Equal(new[] { "Het ACME-leiderschapsprogramma" }, s.Instruments);
        Assert.Equal("Goudvink", StrategyCatalog.Default.Describe(Quadrant.HighPotential, Nl).Name);
        Assert.Equal("Onderschat zichzelf", catalog.Describe(Quadrant.UnderestimatesSelf, Nl).Name);
    }

    [Fact]
    public void A_definition_with_unknown_text_codes_is_rejected_with_the_codes_named()
    {
        var definition = new StrategyDefinition(
            Quadrant.HighPotential, "NOPE.name", "NOPE.aim", Array.Empty<string>(), Array.Empty<string>(), Array.Empty<string>(),
            Array.Empty<DevelopmentGoalKind>(), new AmbitionBand(0, 1, Array.Empty<DevelopmentGoalKind>(), Array.Empty<DevelopmentGoalKind>()));
        var e = Assert.Throws<ArgumentException>(() => StrategyCatalog.Default.WithStrategy(definition));
        Assert.Contains("NOPE.name", e.Message);
        Assert.Contains("NOPE.aim", e.Message);
    }

    [Fact]
    public void Ambition_bands_check_their_arguments()
    {
        Assert.Equal("maximumGoals", Assert.Throws<ArgumentException>(() => new AmbitionBand(3, 2, Array.Empty<DevelopmentGoalKind>(), Array.Empty<DevelopmentGoalKind>())).ParamName);
        Assert.Equal("tooAmbitiousKinds", Assert.Throws<ArgumentException>(() => new AmbitionBand(1, 2, new[] { DevelopmentGoalKind.Switch }, new[] { DevelopmentGoalKind.Switch })).ParamName);
    }

    [Fact]
    public void The_ambition_concern_feeds_the_smart_realistic_check()
    {
        var concern = StrategyCatalog.Default.CheckAmbition(Quadrant.NoFurtherAmbition, new[] { DevelopmentGoalKind.GrowIntoRole }, Nl).Concern;
        var validator = new Pop.Core.Smart.SmartValidator(NodaTime.Testing.FakeClock.FromUtc(2027, 1, 15), NodaTime.DateTimeZone.Utc);
        var report = validator.Validate(new Pop.Core.Smart.SmartSubject("Binnen een jaar word ik teamleider van de afdeling Inkoop.") { AmbitionConcern = concern });
        Assert.Equal("SMART-R05", report[Pop.Core.Smart.SmartCriterion.Realistic].Findings.Single().Code);
    }
}
