namespace Pop.Core.Smart;

using System;
using System.Collections.Generic;
using System.Globalization;
using NodaTime;
using Pop.Core.Internal;

/// <summary>The verdict on all five SMART criteria for one goal or agreement.</summary>
/// <threadsafety>This type is immutable and thread-safe.</threadsafety>
public sealed class SmartReport
{
    private readonly CriterionResult[] criteria;

    internal SmartReport(SmartSubject subject, LocalDate referenceDate, GoalTextAnalysis textAnalysis, LocalDate? deadline, CriterionResult[] criteria)
    {
        Subject = subject;
        ReferenceDate = referenceDate;
        TextAnalysis = textAnalysis;
        Deadline = deadline;
        this.criteria = criteria;
        int count = 0;
        foreach (var c in criteria)
        {
            count += c.Findings.Count;
        }

        var all = count == 0 ? Array.Empty<SmartFinding>() : new SmartFinding[count];
        int k = 0;
        foreach (var c in criteria)
        {
            foreach (var f in c.Findings)
            {
                all[k++] = f;
            }
        }

        Findings = ReadOnly.Of(all);
    }

    /// <summary>Gets what was validated.</summary>
    public SmartSubject Subject { get; }

    /// <summary>Gets the date the validation was made against.</summary>
    public LocalDate ReferenceDate { get; }

    /// <summary>Gets the language the text was read in (given or detected); see <see cref="GoalTextAnalysis.Language"/>.</summary>
    public GoalLanguage Language => TextAnalysis.Language;

    /// <summary>Gets the culture of every finding's message; see <see cref="GoalTextAnalysis.MessageCulture"/>.</summary>
    public CultureInfo MessageCulture => TextAnalysis.MessageCulture;

    /// <summary>Gets the free-text analysis behind Specific, Measurable and Time-bound.</summary>
    public GoalTextAnalysis TextAnalysis { get; }

    /// <summary>Gets the effective deadline: the structured one when given, else the one in the text.</summary>
    public LocalDate? Deadline { get; }

    /// <summary>Gets the five results in SMART order.</summary>
    public IReadOnlyList<CriterionResult> Criteria => ReadOnly.View(criteria);

    /// <summary>Gets every finding, in SMART order.</summary>
    public IReadOnlyList<SmartFinding> Findings { get; }

    /// <summary>Gets a value indicating whether all five criteria are met.</summary>
    public bool IsSmart => Array.TrueForAll(criteria, c => c.Verdict == CriterionVerdict.Met);

    /// <summary>Gets the result for one criterion.</summary>
    /// <param name="criterion">The criterion.</param>
    /// <returns>Its result.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="criterion"/> is not a defined criterion.</exception>
    public CriterionResult this[SmartCriterion criterion] =>
        (int)criterion >= 0 && (int)criterion < criteria.Length
            ? criteria[(int)criterion]
            : throw new ArgumentOutOfRangeException(nameof(criterion), criterion, "Not a SMART criterion.");
}
