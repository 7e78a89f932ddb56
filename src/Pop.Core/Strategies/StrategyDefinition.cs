namespace Pop.Core.Strategies;

using System;
using System.Collections.Generic;
using System.Linq;
using Ardalis.GuardClauses;
using Pop.Core.Goals;
using Pop.Core.Internal;

/// <summary>
/// A conversation strategy as data: text codes (looked up in a <see cref="Texts.TextCatalog"/>),
/// the goal kinds that fit and the ambition band. Vendors build their own to replace a built-in one.
/// </summary>
/// <threadsafety>This type is immutable and thread-safe.</threadsafety>
public sealed class StrategyDefinition
{
    /// <summary>Initializes a new instance of the <see cref="StrategyDefinition"/> class.</summary>
    /// <param name="quadrant">The quadrant the strategy is for.</param>
    /// <param name="nameCode">The text code of its name.</param>
    /// <param name="aimCode">The text code of the conversation's aim.</param>
    /// <param name="instrumentCodes">The text codes of the recommended instruments.</param>
    /// <param name="tipCodes">The text codes of phrasing tips.</param>
    /// <param name="pitfallCodes">The text codes of pitfalls.</param>
    /// <param name="fittingGoalKinds">The goal kinds that fit this quadrant.</param>
    /// <param name="ambition">How ambitious the plan should be.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">A code is empty, or the quadrant is undefined.</exception>
    public StrategyDefinition(
        Quadrant quadrant,
        string nameCode,
        string aimCode,
        IEnumerable<string> instrumentCodes,
        IEnumerable<string> tipCodes,
        IEnumerable<string> pitfallCodes,
        IEnumerable<DevelopmentGoalKind> fittingGoalKinds,
        AmbitionBand ambition)
    {
        Quadrant = Guard.Against.EnumOutOfRange(quadrant, nameof(quadrant));
        NameCode = Guard.Against.NullOrWhiteSpace(nameCode, nameof(nameCode));
        AimCode = Guard.Against.NullOrWhiteSpace(aimCode, nameof(aimCode));
        InstrumentCodes = ReadOnly.Of(Codes(instrumentCodes, nameof(instrumentCodes)));
        TipCodes = ReadOnly.Of(Codes(tipCodes, nameof(tipCodes)));
        PitfallCodes = ReadOnly.Of(Codes(pitfallCodes, nameof(pitfallCodes)));
        FittingGoalKinds = ReadOnly.Of(Guard.Against.Null(fittingGoalKinds, nameof(fittingGoalKinds)).Distinct().ToArray());
        Ambition = Guard.Against.Null(ambition, nameof(ambition));
    }

    /// <summary>Gets the quadrant.</summary>
    public Quadrant Quadrant { get; }

    /// <summary>Gets the text code of the name.</summary>
    public string NameCode { get; }

    /// <summary>Gets the text code of the aim.</summary>
    public string AimCode { get; }

    /// <summary>Gets the text codes of the instruments.</summary>
    public IReadOnlyList<string> InstrumentCodes { get; }

    /// <summary>Gets the text codes of the phrasing tips.</summary>
    public IReadOnlyList<string> TipCodes { get; }

    /// <summary>Gets the text codes of the pitfalls.</summary>
    public IReadOnlyList<string> PitfallCodes { get; }

    /// <summary>Gets the goal kinds that fit.</summary>
    public IReadOnlyList<DevelopmentGoalKind> FittingGoalKinds { get; }

    /// <summary>Gets the ambition band.</summary>
    public AmbitionBand Ambition { get; }

    private static string[] Codes(IEnumerable<string> codes, string name)
    {
        var list = Guard.Against.Null(codes, name).ToArray();
        foreach (var code in list)
        {
            Guard.Against.NullOrWhiteSpace(code, name);
        }

        return list;
    }
}
