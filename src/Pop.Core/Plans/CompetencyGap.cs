namespace Pop.Core.Plans;

using System;
using System.Collections.Generic;
using System.Globalization;
using Ardalis.GuardClauses;
using Pop.Core.Texts;

/// <summary>
/// One line of the SOP gap report: what a department needs of a competency (the demand, the
/// organisation's own figure), how many of its employees plan to develop it (the supply, protected),
/// and the gap between them (demand − supply, withheld whenever the supply is).
/// </summary>
/// <threadsafety>This type is immutable and thread-safe.</threadsafety>
public sealed class CompetencyGap
{
    private readonly int minimumGroupSize;

    internal CompetencyGap(CompetencyDemand demand, SopFigure<int> supply, int minimumGroupSize)
    {
        Department = demand.Department;
        Competency = demand.Competency;
        Demand = demand.People;
        Reason = demand.Reason;
        Supply = supply;
        Gap = supply.TryGetValue(out int planned) ? SopFigure<int>.Published(demand.People - planned) : SopFigure<int>.WithheldFor(supply.Withheld);
        this.minimumGroupSize = minimumGroupSize;
    }

    /// <summary>Gets the department, as the demand names it.</summary>
    public string Department { get; }

    /// <summary>Gets the competency, as the demand names it.</summary>
    public string Competency { get; }

    /// <summary>Gets how many people the organisation needs to develop the competency (as given; not protected, it is nobody's personal data).</summary>
    public int Demand { get; }

    /// <summary>Gets the demand's reason, or null.</summary>
    public string? Reason { get; }

    /// <summary>
    /// Gets how many employees of the department plan an activity for the competency (goals not
    /// dropped): published, zero included, when the department has at least the minimum group size
    /// of employees with a plan; withheld (<see cref="SopWithholding.TooFewPeople"/>) otherwise. With
    /// noise (<see cref="CompetencyGapReport.IsPerturbed"/>) it is moved by the department's cell key.
    /// </summary>
    public SopFigure<int> Supply { get; }

    /// <summary>
    /// Gets <see cref="Demand"/> minus the published <see cref="Supply"/>: positive is a shortage,
    /// zero is covered, negative is more planned than needed. Withheld, for the same reason, whenever
    /// the supply is withheld (demand is public, so a gap would give the supply away).
    /// </summary>
    public SopFigure<int> Gap { get; }

    /// <summary>Gets a value indicating whether the supply is published as zero: a need nobody plans for.</summary>
    public bool IsUnmet => Supply.TryGetValue(out int planned) && planned == 0;

    /// <summary>Renders the line for people, e.g. "Logistiek · Planningssysteem: nodig 8, gepland 6 — tekort 2".</summary>
    /// <param name="culture">The culture (nl, en, or a host-added one).</param>
    /// <param name="texts">The catalogue; null for <see cref="TextCatalog.Default"/>.</param>
    /// <returns>The text.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="culture"/> is null.</exception>
    public string Describe(CultureInfo culture, TextCatalog? texts = null)
    {
        Guard.Against.Null(culture, nameof(culture));
        texts ??= TextCatalog.Default;
        var arguments = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["Department"] = Department,
            ["Competency"] = Competency,
            ["Demand"] = Demand.ToString(culture),
            ["Minimum"] = minimumGroupSize.ToString(culture),
        };
        if (!Supply.TryGetValue(out int planned) || !Gap.TryGetValue(out int gap))
        {
            return texts.Format("SOP.Gap.LineWithheld", culture, arguments);
        }

        arguments["Supply"] = planned.ToString(culture);
        arguments["Gap"] = Math.Abs(gap).ToString(culture);
        string code = gap < 0 ? "SOP.Gap.Over" : gap == 0 ? "SOP.Gap.Met" : planned == 0 ? "SOP.Gap.Unmet" : "SOP.Gap.Short";
        arguments["Verdict"] = texts.Format(code, culture, arguments);
        return texts.Format("SOP.Gap.Line", culture, arguments);
    }

    /// <inheritdoc />
    public override string ToString() => $"{Department} / {Competency}: demand {Demand}, supply {Supply}, gap {Gap}";
}
