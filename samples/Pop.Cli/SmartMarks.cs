namespace Pop.Cli;

using System.Linq;
using Pop.Core.Smart;

/// <summary>A report's five criteria as letters with marks: "S✓ M✗ A? R✓ T✓".</summary>
internal static class SmartMarks
{
    public static string Of(SmartReport report) =>
        string.Join(" ", report.Criteria.Select(c => c.Criterion.ToString().Substring(0, 1) + (c.Verdict switch
        {
            CriterionVerdict.Met => "✓",
            CriterionVerdict.NotMet => "✗",
            _ => "?",
        })));
}
