namespace Pop.Core.Plans;

using System;
using System.Globalization;

/// <summary>
/// A role asked for a plan section it may not see: thrown by <see cref="DevelopmentPlan.Demand"/>
/// and by a redacted copy's properties for the sections that were withheld, so hidden data never
/// looks like empty data.
/// </summary>
public sealed class PlanAccessDeniedException : InvalidOperationException
{
    internal PlanAccessDeniedException(SectionAccess access)
        : base(access.Message(CultureInfo.GetCultureInfo("en")) + $" ({access.Code})")
    {
        Access = access;
    }

    /// <summary>Gets the denial: role, section and code.</summary>
    public SectionAccess Access { get; }
}
