namespace Pop.Core.Benchmarks.Plans;

using System;
using Pop.Core.Plans;

/// <summary>Builds benchmark data through the plan commands; a refused step is a bug in the set-up, so it stops the run.</summary>
internal static class PlanSetup
{
    public static DevelopmentPlan Accepted(this PlanResult result) =>
        result.Rejection is { } rejection ? throw new InvalidOperationException("The benchmark's plan broke a rule: " + rejection) : result.Plan;
}
