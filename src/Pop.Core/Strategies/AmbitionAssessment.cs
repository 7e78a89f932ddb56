namespace Pop.Core.Strategies;

using System.Collections.Generic;
using Pop.Core.Internal;

/// <summary>The outcome of the ambition check: the verdict and every reason, each with its stable code.</summary>
/// <threadsafety>This type is immutable and thread-safe.</threadsafety>
public sealed class AmbitionAssessment
{
    internal AmbitionAssessment(Quadrant quadrant, AmbitionVerdict verdict, IReadOnlyList<string> codes, IReadOnlyList<string> reasons)
    {
        Quadrant = quadrant;
        Verdict = verdict;
        Codes = ReadOnly.Of(codes);
        Reasons = ReadOnly.Of(reasons);
    }

    /// <summary>Gets the quadrant the plan was checked for.</summary>
    public Quadrant Quadrant { get; }

    /// <summary>Gets the verdict.</summary>
    public AmbitionVerdict Verdict { get; }

    /// <summary>Gets the codes of the reasons (<c>AMBITION-01</c> … ; <c>AMBITION-00</c> when it fits).</summary>
    public IReadOnlyList<string> Codes { get; }

    /// <summary>Gets the localised reasons, one per code.</summary>
    public IReadOnlyList<string> Reasons { get; }

    /// <summary>Gets the reasons as one sentence for <see cref="Smart.SmartSubject.AmbitionConcern"/>, or null when the plan fits.</summary>
    public string? Concern => Verdict == AmbitionVerdict.Fitting ? null : string.Join(" ", Reasons);

    /// <inheritdoc />
    public override string ToString() => $"{Verdict}: {string.Join(" ", Reasons)}";
}
