namespace Pop.Core.Tests.Plans;

using System;
using System.Globalization;
using System.Linq;
using Pop.Core.Conversations;
using Pop.Core.Goals;
using Pop.Core.Plans;
using Pop.Core.Texts;
using Xunit;

/// <summary>Every code the plan area shows a person has a Dutch and an English text of its own.</summary>
public sealed class PlanTextTests
{
    private static readonly CultureInfo Nl = CultureInfo.GetCultureInfo("nl"), En = CultureInfo.GetCultureInfo("en");

    public static TheoryData<string> Codes()
    {
        var codes = new TheoryData<string>();
        foreach (var code in Enum.GetNames(typeof(DevelopmentActivityKind)).Select(n => "ACTIVITY." + n)
            .Concat(Enum.GetNames(typeof(DevelopmentFocus)).Select(n => "FOCUS." + n))
            .Concat(Enum.GetNames(typeof(GoalStatus)).Select(n => "GOALSTATUS." + n))
            .Concat(Enum.GetNames(typeof(ConversationRole)).Select(n => "ROLE." + n))
            .Concat(Enum.GetNames(typeof(PlanSection)).Select(n => "SECTION." + n))
            .Concat(Enumerable.Range(0, 6).Select(i => $"PLAN-V0{i}"))
            .Concat(Enumerable.Range(1, 11).Select(i => $"PLAN-R{i:D2}"))
            .Concat(new[] { "CYCLE-X01", "CYCLE-X02", "SOP.AllDepartments", "SOP.Perturbed" })
            .Concat(Enum.GetNames(typeof(SopWithholding)).Where(n => n != nameof(SopWithholding.None)).Select(n => "SOP.Withheld." + n)))
        {
            codes.Add(code);
        }

        return codes;
    }

    [Theory]
    [MemberData(nameof(Codes))]
    public void The_code_has_its_own_dutch_and_english_text(string code)
    {
        Assert.True(TextCatalog.Default.Contains(code), code);
        string nl = TextCatalog.Default.Template(code, Nl), en = TextCatalog.Default.Template(code, En);
        Assert.False(string.IsNullOrWhiteSpace(nl));
        Assert.False(string.IsNullOrWhiteSpace(en));
        if (!code.StartsWith("ROLE.HR", StringComparison.Ordinal) && code is not ("ACTIVITY.Project" or "ACTIVITY.Coaching" or "ACTIVITY.Assessment"))
        {
            Assert.NotEqual(nl, en); // a Dutch text, not the English one again
        }
    }
}
