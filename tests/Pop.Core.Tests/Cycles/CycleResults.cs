namespace Pop.Core.Tests.Cycles;

using System;
using System.Globalization;
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
        TextsAreFilled(result.Rejection!);
        return result.Rejection!.Code;
    }

    /// <summary>The rejection reads in Dutch and English with every placeholder filled by its arguments.</summary>
    public static void TextsAreFilled(RuleRejection rejection)
    {
        foreach (var culture in new[] { "nl", "en" })
        {
            string message = rejection.Message(CultureInfo.GetCultureInfo(culture));
            Assert.DoesNotContain("{", message, StringComparison.Ordinal);
            Assert.NotEqual(rejection.Code, message);
        }

        Assert.NotEqual(
            rejection.Message(CultureInfo.GetCultureInfo("nl")),
            rejection.Message(CultureInfo.GetCultureInfo("en")));
    }
}
