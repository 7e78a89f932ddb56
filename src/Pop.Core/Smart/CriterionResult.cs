namespace Pop.Core.Smart;

using System.Collections.Generic;
using Pop.Core.Internal;

/// <summary>The verdict on one criterion and the findings behind it.</summary>
/// <threadsafety>This type is immutable and thread-safe.</threadsafety>
public sealed class CriterionResult
{
    internal CriterionResult(SmartCriterion criterion, CriterionVerdict verdict, IReadOnlyList<SmartFinding> findings)
    {
        Criterion = criterion;
        Verdict = verdict;
        Findings = ReadOnly.Of(findings);
    }

    /// <summary>Gets the criterion.</summary>
    public SmartCriterion Criterion { get; }

    /// <summary>Gets the verdict.</summary>
    public CriterionVerdict Verdict { get; }

    /// <summary>Gets a value indicating whether the criterion is met: true, false, or null when it cannot be told.</summary>
    public bool? IsMet => Verdict == CriterionVerdict.CannotTell ? null : Verdict == CriterionVerdict.Met;

    /// <summary>Gets the findings about this criterion.</summary>
    public IReadOnlyList<SmartFinding> Findings { get; }

    /// <inheritdoc />
    public override string ToString() => $"{Criterion}: {Verdict}";
}
