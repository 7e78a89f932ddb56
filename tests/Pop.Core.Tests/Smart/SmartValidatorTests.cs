namespace Pop.Core.Tests.Smart;

using System;
using System.Globalization;
using System.Linq;
using NodaTime;
using NodaTime.Testing;
using Pop.Core.Smart;
using Pop.Core.Texts;
using Xunit;

public sealed class SmartValidatorTests
{
    private static readonly DateTimeZone Amsterdam = DateTimeZoneProviders.Tzdb["Europe/Amsterdam"];

    // 2027-01-14T23:30Z is already 15 January in Amsterdam.
    private static readonly FakeClock Clock = new(Instant.FromUtc(2027, 1, 14, 23, 30));

    private static readonly SmartValidator Validator = new(Clock, Amsterdam);

    private const string Good = "Uiterlijk 1 juni 2027 rond ik de cursus Motiverende Gespreksvoering af.";

    [Fact]
    public void Today_is_read_from_the_clock_in_the_zone()
    {
        var report = Validator.Validate(new SmartSubject("Binnen een maand rond ik de cursus Excel Gevorderd af."));
        Assert.Equal(new LocalDate(2027, 1, 15), report.ReferenceDate);
        Assert.Equal(new LocalDate(2027, 2, 15), report.Deadline);
    }

    [Fact]
    public void A_bare_text_cannot_tell_acceptance()
    {
        var report = Validator.Validate(new SmartSubject(Good));
        Assert.Equal(CriterionVerdict.CannotTell, report[SmartCriterion.Acceptable].Verdict);
        Assert.Null(report[SmartCriterion.Acceptable].IsMet);
        Assert.Equal("SMART-A00", report[SmartCriterion.Acceptable].Findings.Single().Code);
        Assert.False(report.IsSmart);
    }

    [Theory]
    [InlineData(true, true, CriterionVerdict.Met, "")]
    [InlineData(true, false, CriterionVerdict.NotMet, "SMART-A02")]
    [InlineData(false, true, CriterionVerdict.NotMet, "SMART-A01")]
    [InlineData(false, false, CriterionVerdict.NotMet, "SMART-A01,SMART-A02")]
    public void Acceptable_needs_both_parties(bool employee, bool manager, CriterionVerdict verdict, string codes)
    {
        var report = Validator.Validate(new SmartSubject(Good) { AcceptedByEmployee = employee, AcceptedByManager = manager });
        Assert.Equal(verdict, report[SmartCriterion.Acceptable].Verdict);
        Assert.Equal(codes, string.Join(",", report[SmartCriterion.Acceptable].Findings.Select(f => f.Code)));
    }

    [Fact]
    public void A_fully_smart_accepted_goal_passes()
    {
        var report = Validator.Validate(new SmartSubject(Good) { AcceptedByEmployee = true, AcceptedByManager = true });
        Assert.True(report.IsSmart);
        Assert.Empty(report.Findings);
        Assert.All(report.Criteria, c => Assert.True(c.IsMet));
    }

    [Fact]
    public void A_deadline_in_the_past_is_not_realistic()
    {
        var report = Validator.Validate(new SmartSubject("Uiterlijk 1 juni 2026 rond ik de cursus Excel Gevorderd af."));
        var finding = report[SmartCriterion.Realistic].Findings.Single();
        Assert.Equal("SMART-R01", finding.Code);
        Assert.Contains("2026-06-01", finding.Message);
        Assert.Contains("2027-01-15", finding.Message);
    }

    [Fact]
    public void A_deadline_beyond_the_cycle_is_not_realistic()
    {
        var subject = new SmartSubject(Good) { CycleEnd = new LocalDate(2027, 3, 31) };
        Assert.Equal("SMART-R02", Validator.Validate(subject)[SmartCriterion.Realistic].Findings.Single().Code);

        var far = Validator.Validate(new SmartSubject("In 2029 rond ik de cursus Excel Gevorderd af."));
        Assert.Equal("SMART-R02", far[SmartCriterion.Realistic].Findings.Single().Code);
    }

    [Fact]
    public void Too_many_concurrent_goals_are_not_realistic()
    {
        var report = Validator.Validate(new SmartSubject(Good) { OtherActiveGoals = 5 });
        Assert.Equal("SMART-R03", report[SmartCriterion.Realistic].Findings.Single().Code);
        Assert.Equal(CriterionVerdict.Met, Validator.Validate(new SmartSubject(Good) { OtherActiveGoals = 4 })[SmartCriterion.Realistic].Verdict);
    }

    [Fact]
    public void An_agreement_must_say_who_what_and_when()
    {
        var report = Validator.Validate(new SmartSubject("Ik rond de cursus Excel Gevorderd af.") { Kind = SmartSubjectKind.Agreement });
        var finding = report[SmartCriterion.Realistic].Findings.Single();
        Assert.Equal("SMART-R04", finding.Code);
        Assert.Contains("wie", finding.Message);
        Assert.Contains("wanneer", finding.Message);

        var complete = Validator.Validate(new SmartSubject("Ik rond de cursus Excel Gevorderd af.") { Kind = SmartSubjectKind.Agreement, Who = "Sanne", Deadline = new LocalDate(2027, 6, 1) });
        Assert.Equal(CriterionVerdict.Met, complete[SmartCriterion.Realistic].Verdict);
        Assert.Equal(CriterionVerdict.Met, complete[SmartCriterion.TimeBound].Verdict);
    }

    [Fact]
    public void A_structured_deadline_wins_over_the_text()
    {
        var report = Validator.Validate(new SmartSubject(Good) { Deadline = new LocalDate(2027, 9, 1) });
        Assert.Equal(new LocalDate(2027, 9, 1), report.Deadline);
        Assert.Equal(new LocalDate(2027, 6, 1), report.TextAnalysis.Deadline!.Date);
    }

    [Fact]
    public void An_ambition_concern_makes_the_goal_unrealistic_with_the_reason()
    {
        var report = Validator.Validate(new SmartSubject(Good) { AmbitionConcern = "Te veel voor iemand die tevreden is in de huidige rol." });
        Assert.Equal("Te veel voor iemand die tevreden is in de huidige rol.", report[SmartCriterion.Realistic].Findings.Single().Message);
    }

    [Fact]
    public void Without_a_deadline_realism_cannot_be_told()
    {
        var report = Validator.Validate(new SmartSubject("Ik wil beter samenwerken."));
        Assert.Equal(CriterionVerdict.CannotTell, report[SmartCriterion.Realistic].Verdict);
        Assert.Equal(CriterionVerdict.NotMet, report[SmartCriterion.TimeBound].Verdict);
    }

    [Fact]
    public void A_host_can_replace_a_text()
    {
        var texts = TextCatalog.Default.WithText(CultureInfo.GetCultureInfo("nl"), "SMART-T01", "Wanneer is het af? Zet er een datum bij.");
        var validator = new SmartValidator(Clock, Amsterdam, new SmartTextAnalyzer(texts: texts));
        var report = validator.Validate(new SmartSubject("Ik rond de cursus Excel Gevorderd af."));
        Assert.Equal("Wanneer is het af? Zet er een datum bij.", report[SmartCriterion.TimeBound].Findings.Single().Message);
        Assert.StartsWith("Er staat geen termijn", Validator.Validate(new SmartSubject("Ik rond de cursus Excel Gevorderd af."))[SmartCriterion.TimeBound].Findings.Single().Message);
    }

    [Fact]
    public void Every_finding_has_a_message_and_a_suggestion_in_both_languages()
    {
        foreach (var code in new[] { "SMART-S01", "SMART-S02", "SMART-S03", "SMART-S04", "SMART-M01", "SMART-M02", "SMART-T01", "SMART-T02", "SMART-T03", "SMART-A00", "SMART-A01", "SMART-A02", "SMART-R00", "SMART-R01", "SMART-R02", "SMART-R03", "SMART-R04", "SMART-R05" })
        {
            foreach (var culture in new[] { "nl", "en" })
            {
                var c = CultureInfo.GetCultureInfo(culture);
                Assert.False(string.IsNullOrWhiteSpace(TextCatalog.Default.Template(code, c)));
                Assert.False(string.IsNullOrWhiteSpace(TextCatalog.Default.Template(code + ".suggestion", c)));
            }
        }
    }

    [Fact]
    public void Bad_arguments_are_named()
    {
        Assert.Equal("clock", Assert.Throws<ArgumentNullException>(() => new SmartValidator(null!, Amsterdam)).ParamName);
        Assert.Equal("zone", Assert.Throws<ArgumentNullException>(() => new SmartValidator(Clock, null!)).ParamName);
        Assert.Equal("subject", Assert.Throws<ArgumentNullException>(() => Validator.Validate(null!)).ParamName);
        Assert.Equal("text", Assert.Throws<ArgumentNullException>(() => new SmartSubject(null!)).ParamName);
        Assert.Equal("OtherActiveGoals", Assert.Throws<ArgumentException>(() => new SmartSubject("x") { OtherActiveGoals = -1 }).ParamName);
        Assert.Equal("maxActiveGoals", Assert.Throws<ArgumentException>(() => new SmartPolicy(Period.FromMonths(12), 0)).ParamName);
        Assert.Equal("horizon", Assert.Throws<ArgumentException>(() => new SmartPolicy(Period.FromMonths(-1), 3)).ParamName);
    }
}
