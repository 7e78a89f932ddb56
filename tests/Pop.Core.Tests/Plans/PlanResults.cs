namespace Pop.Core.Tests.Plans;

using System;
using System.Globalization;
using Pop.Core.Plans;
using Xunit;

/// <summary>Assertions on plan command results: accepted with the new plan, or refused with a code and the plan untouched.</summary>
internal static class PlanResults
{
    /// <summary>Asserts the command was accepted and returns the new plan.</summary>
    public static DevelopmentPlan Ok(this PlanResult result)
    {
        Assert.True(result.IsAccepted, "expected the command to be accepted, got " + result.Rejection);
        Assert.Null(result.Rejection);
        return result.Plan;
    }

    /// <summary>
    /// Runs <paramref name="command"/> on <paramref name="plan"/>, asserts it was refused and that the
    /// result holds the very same plan with the same content, and returns the rejection's code.
    /// </summary>
    public static string Refused(DevelopmentPlan plan, Func<DevelopmentPlan, PlanResult> command)
    {
        string before = DevelopmentPlanJson.Serialize(plan);
        var result = command(plan);
        Assert.False(result.IsAccepted);
        Assert.NotNull(result.Rejection);
        Assert.Same(plan, result.Plan);
        Assert.Equal(before, DevelopmentPlanJson.Serialize(plan));
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
