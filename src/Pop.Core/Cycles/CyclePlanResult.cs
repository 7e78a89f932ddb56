namespace Pop.Core.Cycles;

/// <summary>
/// The outcome of a change to a cycle plan: the new plan, or a rejection that names the broken rule
/// (<c>CYCLE-R01</c> … <c>CYCLE-R09</c>) — in which case <see cref="Plan"/> is the unchanged original.
/// </summary>
/// <threadsafety>This type is immutable and thread-safe.</threadsafety>
public sealed class CyclePlanResult
{
    private CyclePlanResult(CyclePlan plan, RuleRejection? rejection)
    {
        Plan = plan;
        Rejection = rejection;
    }

    /// <summary>Gets the plan: the new one, or the unchanged one when rejected.</summary>
    public CyclePlan Plan { get; }

    /// <summary>Gets why the change was refused, or null when it was accepted.</summary>
    public RuleRejection? Rejection { get; }

    /// <summary>Gets a value indicating whether the change was accepted.</summary>
    public bool IsAccepted => Rejection is null;

    /// <inheritdoc />
    public override string ToString() => Rejection is { } r ? "Rejected " + r : "Accepted";

    internal static CyclePlanResult Accepted(CyclePlan plan) => new(plan, null);

    internal static CyclePlanResult Rejected(CyclePlan unchanged, RuleRejection rejection) => new(unchanged, rejection);
}
