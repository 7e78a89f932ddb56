namespace Pop.Core.Plans;

/// <summary>
/// The outcome of a plan command: the new plan, or a rejection that names the broken rule
/// (<c>PLAN-R01</c> … <c>PLAN-R12</c>) — in which case <see cref="Plan"/> is the unchanged original.
/// </summary>
/// <remarks>
/// A broken domain rule is an answer for the person at the screen, not an error in the host: show
/// <see cref="RuleRejection.Message"/> and keep working with <see cref="Plan"/>. Bad arguments (null,
/// blank ids, out-of-range values) still throw, as they are mistakes in the calling code.
/// </remarks>
/// <threadsafety>This type is immutable and thread-safe.</threadsafety>
public sealed class PlanResult
{
    private PlanResult(DevelopmentPlan plan, RuleRejection? rejection)
    {
        Plan = plan;
        Rejection = rejection;
    }

    /// <summary>Gets the plan: the new version of it, or the unchanged one when rejected.</summary>
    public DevelopmentPlan Plan { get; }

    /// <summary>Gets why the command was refused, or null when it was accepted.</summary>
    public RuleRejection? Rejection { get; }

    /// <summary>Gets a value indicating whether the command was accepted.</summary>
    public bool IsAccepted => Rejection is null;

    /// <inheritdoc />
    public override string ToString() => Rejection is { } r ? "Rejected " + r : "Accepted " + Plan;

    internal static PlanResult Accepted(DevelopmentPlan plan) => new(plan, null);

    internal static PlanResult Rejected(DevelopmentPlan unchanged, RuleRejection rejection) => new(unchanged, rejection);
}
