namespace Pop.Core.Tests.Cycles;

using System;
using System.Linq;
using Pop.Core.Cycles;
using Xunit;

/// <summary>Assertions on cycle plan changes: accepted with the new plan, or refused with a code and the plan untouched.</summary>
internal static class CycleResults
{
    /// <summary>Asserts the change was accepted and returns the new plan.</summary>
    public static CyclePlan Ok(this CyclePlanResult result)
    {
        Assert.True(result.IsAccepted, "expected the change to be accepted, got " + result.Rejection);
        Assert.Null(result.Rejection);
        return result.Plan;
    }

    /// <summary>
    /// Runs <paramref name="change"/> on <paramref name="plan"/>, asserts it was refused and that the
    /// result holds the very same plan with the same conversations, and returns the rejection's code.
    /// </summary>
    public static string Refused(CyclePlan plan, Func<CyclePlan, CyclePlanResult> change)
    {
        var before = plan.Conversations.ToArray();
        var result = change(plan);
        Assert.False(result.IsAccepted);
        Assert.NotNull(result.Rejection);
        Assert.Same(plan, result.Plan);
        Assert.Equal(before, plan.Conversations);
        return result.Rejection!.Code;
    }
}
