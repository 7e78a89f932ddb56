namespace Pop.Core.Strategies;

using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using Ardalis.GuardClauses;
using Pop.Core.Goals;
using Pop.Core.Texts;

/// <summary>
/// The conversation strategies per quadrant. <see cref="Default"/> holds the built-in four; a vendor
/// replaces one with <see cref="WithStrategy"/> and its texts through the <see cref="TextCatalog"/>.
/// </summary>
/// <threadsafety>This type is immutable and thread-safe.</threadsafety>
public sealed class StrategyCatalog
{
    private readonly Dictionary<Quadrant, StrategyDefinition> definitions;

    private StrategyCatalog(Dictionary<Quadrant, StrategyDefinition> definitions, TextCatalog texts)
    {
        this.definitions = definitions;
        Texts = texts;
    }

    /// <summary>Gets the built-in catalogue with the built-in texts.</summary>
    public static StrategyCatalog Default { get; } = new(BuiltIn(), TextCatalog.Default);

    /// <summary>Gets the texts the strategies are described with.</summary>
    public TextCatalog Texts { get; }

    /// <summary>Gets the definition for a quadrant.</summary>
    /// <param name="quadrant">The quadrant.</param>
    /// <returns>Its definition.</returns>
    /// <exception cref="ArgumentException"><paramref name="quadrant"/> is undefined.</exception>
    public StrategyDefinition this[Quadrant quadrant] => definitions[Guard.Against.EnumOutOfRange(quadrant, nameof(quadrant))];

    /// <summary>Returns a catalogue in which <paramref name="definition"/> replaces the strategy for its quadrant.</summary>
    /// <param name="definition">The new definition; its text codes must exist in <see cref="Texts"/>.</param>
    /// <returns>A new catalogue; this one is unchanged.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="definition"/> is null.</exception>
    /// <exception cref="ArgumentException">A text code of the definition has no text in the catalogue.</exception>
    public StrategyCatalog WithStrategy(StrategyDefinition definition)
    {
        Guard.Against.Null(definition, nameof(definition));
        CheckCodes(definition, Texts, nameof(definition));
        var copy = new Dictionary<Quadrant, StrategyDefinition>(definitions) { [definition.Quadrant] = definition };
        return new StrategyCatalog(copy, Texts);
    }

    /// <summary>Returns a catalogue that describes its strategies with <paramref name="texts"/>.</summary>
    /// <param name="texts">The texts; every code of every strategy must exist in them.</param>
    /// <returns>A new catalogue; this one is unchanged.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="texts"/> is null.</exception>
    /// <exception cref="ArgumentException">A text code of some strategy has no text in <paramref name="texts"/>.</exception>
    public StrategyCatalog WithTexts(TextCatalog texts)
    {
        Guard.Against.Null(texts, nameof(texts));
        foreach (var definition in definitions.Values)
        {
            CheckCodes(definition, texts, nameof(texts));
        }

        return new StrategyCatalog(definitions, texts);
    }

    /// <summary>Describes the strategy for <paramref name="quadrant"/> in <paramref name="culture"/>.</summary>
    /// <param name="quadrant">The quadrant.</param>
    /// <param name="culture">The culture of the texts.</param>
    /// <returns>The strategy.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="culture"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="quadrant"/> is undefined.</exception>
    public ConversationStrategy Describe(Quadrant quadrant, CultureInfo culture)
    {
        Guard.Against.Null(culture, nameof(culture));
        var d = this[quadrant];
        string[] Texts(IReadOnlyList<string> codes) => codes.Select(c => this.Texts.Format(c, culture)).ToArray();
        return new ConversationStrategy(
            quadrant,
            culture,
            this.Texts.Format(d.NameCode, culture),
            this.Texts.Format(d.AimCode, culture),
            Texts(d.InstrumentCodes),
            Texts(d.TipCodes),
            Texts(d.PitfallCodes),
            d.FittingGoalKinds,
            d.Ambition);
    }

    /// <summary>
    /// Checks whether a plan with goals of <paramref name="goalKinds"/> fits the ambition band of
    /// <paramref name="quadrant"/>: too few goals or none of a needed kind is too thin; too many, or a
    /// kind that is too much for this person, is too ambitious (which wins when both apply).
    /// </summary>
    /// <param name="quadrant">The employee's quadrant.</param>
    /// <param name="goalKinds">The kind of every goal in the plan.</param>
    /// <param name="culture">The culture of the reasons.</param>
    /// <returns>The assessment.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="quadrant"/> or a kind is undefined.</exception>
    public AmbitionAssessment CheckAmbition(Quadrant quadrant, IEnumerable<DevelopmentGoalKind> goalKinds, CultureInfo culture)
    {
        Guard.Against.Null(goalKinds, nameof(goalKinds));
        Guard.Against.Null(culture, nameof(culture));
        var kinds = goalKinds.ToArray();
        foreach (var kind in kinds)
        {
            Guard.Against.EnumOutOfRange(kind, nameof(goalKinds));
        }

        var band = this[quadrant].Ambition;
        string name = Texts.Format(this[quadrant].NameCode, culture);
        var codes = new List<string>();
        var reasons = new List<string>();
        bool tooMuch = false, tooThin = false;
        void Add(string code, params (string Key, string Value)[] args)
        {
            codes.Add(code);
            var map = args.ToDictionary(a => a.Key, a => a.Value, StringComparer.Ordinal);
            map["Quadrant"] = name;
            reasons.Add(Texts.Format(code, culture, map));
        }

        string count = kinds.Length.ToString(CultureInfo.InvariantCulture);
        if (kinds.Length > band.MaximumGoals)
        {
            tooMuch = true;
            Add("AMBITION-02", ("Count", count), ("Maximum", band.MaximumGoals.ToString(CultureInfo.InvariantCulture)));
        }

        foreach (var kind in kinds.Distinct().Where(k => band.TooAmbitiousKinds.Contains(k)))
        {
            tooMuch = true;
            Add("AMBITION-03", ("Kind", KindName(kind, culture)));
        }

        if (kinds.Length < band.MinimumGoals)
        {
            tooThin = true;
            Add("AMBITION-01", ("Count", count), ("Minimum", band.MinimumGoals.ToString(CultureInfo.InvariantCulture)));
        }

        if (band.RequiredKinds.Count > 0 && !kinds.Any(k => band.RequiredKinds.Contains(k)))
        {
            tooThin = true;
            string or = " " + Texts.Format("word.or", culture) + " ";
            Add("AMBITION-04", ("Kinds", string.Join(or, band.RequiredKinds.Select(k => "'" + KindName(k, culture) + "'"))));
        }

        var verdict = tooMuch ? AmbitionVerdict.TooAmbitious : tooThin ? AmbitionVerdict.TooThin : AmbitionVerdict.Fitting;
        if (verdict == AmbitionVerdict.Fitting)
        {
            Add("AMBITION-00");
        }

        return new AmbitionAssessment(quadrant, verdict, codes, reasons);
    }

    private string KindName(DevelopmentGoalKind kind, CultureInfo culture) => Texts.Format("GOALKIND." + kind, culture);

    private static void CheckCodes(StrategyDefinition d, TextCatalog texts, string parameterName)
    {
        var missing = new[] { d.NameCode, d.AimCode }.Concat(d.InstrumentCodes).Concat(d.TipCodes).Concat(d.PitfallCodes).Where(c => !texts.Contains(c)).ToArray();
        if (missing.Length > 0)
        {
            throw new ArgumentException($"The strategy for {d.Quadrant} uses text codes that have no text: {string.Join(", ", missing)}.", parameterName);
        }
    }

    private static Dictionary<Quadrant, StrategyDefinition> BuiltIn()
    {
        StrategyDefinition Make(Quadrant q, int instruments, int tips, int pitfalls, DevelopmentGoalKind[] fitting, AmbitionBand band)
        {
            string p = "STRATEGY." + q + ".";
            return new StrategyDefinition(
                q,
                p + "name",
                p + "aim",
                Enumerable.Range(1, instruments).Select(i => p + "instrument." + i),
                Enumerable.Range(1, tips).Select(i => p + "tip." + i),
                Enumerable.Range(1, pitfalls).Select(i => p + "pitfall." + i),
                fitting,
                band);
        }

        const DevelopmentGoalKind Improve = DevelopmentGoalKind.Improve, Specialise = DevelopmentGoalKind.Specialise, Grow = DevelopmentGoalKind.GrowIntoRole, Switch = DevelopmentGoalKind.Switch;
        var none = Array.Empty<DevelopmentGoalKind>();
        return new Dictionary<Quadrant, StrategyDefinition>
        {
            // Content and well-functioning: keep up, nothing grand.
            [Quadrant.NoFurtherAmbition] = Make(Quadrant.NoFurtherAmbition, 3, 2, 2, new[] { Improve }, new AmbitionBand(1, 2, new[] { Improve }, new[] { Grow, Switch })),
            // Experience first: deepen the present role; a bigger role is not the step now.
            [Quadrant.OverestimatesSelf] = Make(Quadrant.OverestimatesSelf, 3, 2, 3, new[] { Improve, Specialise }, new AmbitionBand(1, 2, none, new[] { Grow, Switch })),
            // Set them moving: at least one goal that stretches beyond the present role.
            [Quadrant.UnderestimatesSelf] = Make(Quadrant.UnderestimatesSelf, 3, 2, 2, new[] { Specialise, Grow, Improve }, new AmbitionBand(1, 3, new[] { Specialise, Grow }, none)),
            // Invest for the long term: a growth track, several goals.
            [Quadrant.HighPotential] = Make(Quadrant.HighPotential, 3, 2, 2, new[] { Grow, Specialise, Switch }, new AmbitionBand(2, 4, new[] { Grow, Specialise }, none)),
        };
    }
}
