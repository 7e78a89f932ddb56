namespace Pop.Core.Tests.Plans;

using System;
using System.Globalization;
using System.Linq;
using NodaTime;
using Pop.Core.Conversations;
using Pop.Core.Plans;
using Xunit;

public sealed class VisibilityAndConsentTests
{
    private static readonly string[] Markers = { "GOAL-BENEFIT", "ACTIVITY-MARKER", "AGREEMENT-MARKER", "PROPOSAL-MARKER", "CHECK-MARKER", "ASSESSMENT-MARKER", "NOTE-MARKER" };

    public static TheoryData<ConversationRole, PlanSection> ContractSections() =>
        new()
        {
            { ConversationRole.Employee, PlanSection.Goals }, { ConversationRole.Employee, PlanSection.Activities }, { ConversationRole.Employee, PlanSection.Agreements },
            { ConversationRole.Employee, PlanSection.InterimChecks }, { ConversationRole.Employee, PlanSection.Proposals },
            { ConversationRole.Manager, PlanSection.Goals }, { ConversationRole.Manager, PlanSection.Activities }, { ConversationRole.Manager, PlanSection.Agreements },
            { ConversationRole.Manager, PlanSection.InterimChecks }, { ConversationRole.Manager, PlanSection.Proposals },
            { ConversationRole.HR, PlanSection.Goals }, { ConversationRole.Coach, PlanSection.Agreements },
        };

    [Theory]
    [MemberData(nameof(ContractSections))]
    public void The_contract_is_visible_to_both_parties_by_default(ConversationRole role, PlanSection section) =>
        Assert.True(PlanSamples.Full().Access(role, section).IsAllowed);

    [Fact]
    public void The_employee_always_sees_their_own_assessment_results()
    {
        var access = PlanSamples.Full().Access(ConversationRole.Employee, PlanSection.AssessmentResults);
        Assert.True(access.IsAllowed);
        Assert.Equal(SectionAccess.AllowedCode, access.Code);
    }

    [Fact]
    public void Manager_notes_are_never_shown_to_the_employee()
    {
        var access = PlanSamples.Full().Access(ConversationRole.Employee, PlanSection.ManagerNotes);
        Assert.False(access.IsAllowed);
        Assert.Equal("PLAN-V02", access.Code);
        Assert.Throws<ArgumentException>(() => PlanVisibility.Default.With(PlanSection.ManagerNotes, new[] { ConversationRole.Manager, ConversationRole.Employee }));
    }

    [Fact]
    public void Manager_notes_are_for_the_manager_and_others_only_when_configured()
    {
        var plan = PlanSamples.Full();
        Assert.True(plan.Access(ConversationRole.Manager, PlanSection.ManagerNotes).IsAllowed);
        Assert.Equal("PLAN-V01", plan.Access(ConversationRole.HR, PlanSection.ManagerNotes).Code);
        Assert.Equal("PLAN-V01", plan.Access(ConversationRole.Coach, PlanSection.ManagerNotes).Code);
        var shared = PlanSamples.Full(visibility: PlanVisibility.Default.With(PlanSection.ManagerNotes, new[] { ConversationRole.Manager, ConversationRole.HR }));
        Assert.True(shared.Access(ConversationRole.HR, PlanSection.ManagerNotes).IsAllowed);
        Assert.Throws<ArgumentException>(() => PlanVisibility.Default.With(PlanSection.ManagerNotes, new[] { ConversationRole.HR }));
    }

    [Theory]
    [InlineData(ConversationRole.Manager)]
    [InlineData(ConversationRole.HR)]
    public void Assessment_results_need_consent_which_can_be_withdrawn_and_given_again(ConversationRole role)
    {
        var clock = PlanSamples.Clock();
        var plan = PlanSamples.Full(clock);
        Assert.Equal("PLAN-V03", plan.Access(role, PlanSection.AssessmentResults).Code);

        var consented = plan.GrantAssessmentConsent(role, clock).Ok();
        Assert.True(consented.Access(role, PlanSection.AssessmentResults).IsAllowed);
        Assert.Equal("PLAN-V03", plan.Access(role, PlanSection.AssessmentResults).Code); // the original is unchanged

        var withdrawn = consented.WithdrawAssessmentConsent(role, clock).Ok();
        Assert.Equal("PLAN-V04", withdrawn.Access(role, PlanSection.AssessmentResults).Code);
        var record = Assert.Single(withdrawn.Consents);
        Assert.Equal(role, record.GrantedTo);
        Assert.False(record.IsActive);
        Assert.True(record.WithdrawnAt > record.GrantedAt);

        var again = withdrawn.GrantAssessmentConsent(role, clock).Ok();
        Assert.True(again.Access(role, PlanSection.AssessmentResults).IsAllowed);
        Assert.Equal(2, again.Consents.Count);
    }

    [Fact]
    public void Consent_for_one_role_does_not_open_the_results_to_another()
    {
        var clock = PlanSamples.Clock();
        var plan = PlanSamples.Full(clock).GrantAssessmentConsent(ConversationRole.HR, clock).Ok();
        Assert.True(plan.Access(ConversationRole.HR, PlanSection.AssessmentResults).IsAllowed);
        Assert.Equal("PLAN-V03", plan.Access(ConversationRole.Manager, PlanSection.AssessmentResults).Code);
    }

    [Fact]
    public void The_coach_needs_both_visibility_and_consent_for_assessment_results()
    {
        var clock = PlanSamples.Clock();
        var consented = PlanSamples.Full(clock).GrantAssessmentConsent(ConversationRole.Coach, clock).Ok();
        Assert.Equal("PLAN-V01", consented.Access(ConversationRole.Coach, PlanSection.AssessmentResults).Code);

        var visibility = PlanVisibility.Default.With(PlanSection.AssessmentResults, new[] { ConversationRole.Employee, ConversationRole.Coach });
        var visible = PlanSamples.Full(clock, visibility);
        Assert.Equal("PLAN-V03", visible.Access(ConversationRole.Coach, PlanSection.AssessmentResults).Code);
        Assert.True(visible.GrantAssessmentConsent(ConversationRole.Coach, clock).Ok().Access(ConversationRole.Coach, PlanSection.AssessmentResults).IsAllowed);
        Assert.Equal("PLAN-V01", visible.GrantAssessmentConsent(ConversationRole.Manager, clock).Ok().Access(ConversationRole.Manager, PlanSection.AssessmentResults).Code);
    }

    [Fact]
    public void Consent_rules_are_typed()
    {
        var clock = PlanSamples.Clock();
        var plan = PlanSamples.Full(clock);
        Assert.Throws<ArgumentException>(() => plan.GrantAssessmentConsent(ConversationRole.Employee, clock));
        Assert.Equal("PLAN-R06", PlanResults.Refused(plan.GrantAssessmentConsent(ConversationRole.HR, clock).Ok(), p => p.GrantAssessmentConsent(ConversationRole.HR, clock)));
        Assert.Equal("PLAN-R11", PlanResults.Refused(plan, p => p.WithdrawAssessmentConsent(ConversationRole.Manager, clock)));
    }

    [Fact]
    public void A_section_that_depends_on_a_hidden_one_is_hidden_too()
    {
        var visibility = PlanVisibility.Default
            .With(PlanSection.Goals, new[] { ConversationRole.Employee, ConversationRole.Manager })
            .With(PlanSection.Agreements, new[] { ConversationRole.Employee, ConversationRole.Manager, ConversationRole.HR });
        var plan = PlanSamples.Full(visibility: visibility);
        Assert.Equal("PLAN-V01", plan.Access(ConversationRole.Coach, PlanSection.Goals).Code);
        Assert.Equal("PLAN-V05", plan.Access(ConversationRole.Coach, PlanSection.Activities).Code);
        Assert.Equal("PLAN-V05", plan.Access(ConversationRole.Coach, PlanSection.InterimChecks).Code);
        Assert.True(plan.Access(ConversationRole.HR, PlanSection.InterimChecks).IsAllowed);
    }

    [Theory]
    [InlineData(PlanSection.Goals, ConversationRole.Manager)]
    [InlineData(PlanSection.Agreements, ConversationRole.Employee)]
    [InlineData(PlanSection.InterimChecks, ConversationRole.Employee)]
    [InlineData(PlanSection.Proposals, ConversationRole.Manager)]
    [InlineData(PlanSection.AssessmentResults, ConversationRole.Employee)]
    public void Visibility_cannot_hide_what_the_domain_fixes(PlanSection section, ConversationRole missing)
    {
        var roles = new[] { ConversationRole.Employee, ConversationRole.Manager, ConversationRole.HR }.Where(r => r != missing);
        var e = Assert.Throws<ArgumentException>(() => PlanVisibility.Default.With(section, roles));
        Assert.Equal("roles", e.ParamName);
    }

    [Fact]
    public void Demand_throws_the_typed_denial()
    {
        var e = Assert.Throws<PlanAccessDeniedException>(() => PlanSamples.Full().Demand(ConversationRole.Employee, PlanSection.ManagerNotes));
        Assert.Equal("PLAN-V02", e.Access.Code);
        Assert.Equal(ConversationRole.Employee, e.Access.Role);
        PlanSamples.Full().Demand(ConversationRole.Manager, PlanSection.ManagerNotes);
    }

    [Theory]
    [InlineData(ConversationRole.Employee, "NOTE-MARKER")]
    [InlineData(ConversationRole.Manager, "ASSESSMENT-MARKER")]
    [InlineData(ConversationRole.HR, "NOTE-MARKER")]
    [InlineData(ConversationRole.HR, "ASSESSMENT-MARKER")]
    [InlineData(ConversationRole.Coach, "NOTE-MARKER")]
    [InlineData(ConversationRole.Coach, "ASSESSMENT-MARKER")]
    public void A_redacted_copy_holds_none_of_the_hidden_data_in_its_json(ConversationRole role, string hiddenMarker)
    {
        var redacted = PlanSamples.Full().RedactFor(role);
        string json = DevelopmentPlanJson.Serialize(redacted);
        Assert.DoesNotContain(hiddenMarker, json, StringComparison.Ordinal);
        Assert.Contains("\"viewer\": \"" + role + "\"", json, StringComparison.Ordinal);
        foreach (var visible in Markers.Where(m => m is not ("NOTE-MARKER" or "ASSESSMENT-MARKER")))
        {
            Assert.Contains(visible, json, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void The_manager_copy_follows_consent_and_its_withdrawal()
    {
        var clock = PlanSamples.Clock();
        var consented = PlanSamples.Full(clock).GrantAssessmentConsent(ConversationRole.Manager, clock).Ok();
        Assert.Contains("ASSESSMENT-MARKER", DevelopmentPlanJson.Serialize(consented.RedactFor(ConversationRole.Manager)), StringComparison.Ordinal);
        var withdrawn = consented.WithdrawAssessmentConsent(ConversationRole.Manager, clock).Ok();
        string json = DevelopmentPlanJson.Serialize(withdrawn.RedactFor(ConversationRole.Manager));
        Assert.DoesNotContain("ASSESSMENT-MARKER", json, StringComparison.Ordinal);
        Assert.Contains("PLAN-V04", json, StringComparison.Ordinal);
    }

    [Fact]
    public void Reading_a_withheld_section_of_a_copy_throws_instead_of_returning_nothing()
    {
        var copy = PlanSamples.Full().RedactFor(ConversationRole.Employee);
        Assert.True(copy.IsRedacted);
        Assert.Equal(ConversationRole.Employee, copy.Viewer);
        var denial = Assert.Single(copy.Redactions);
        Assert.Equal(PlanSection.ManagerNotes, denial.Section);
        var e = Assert.Throws<PlanAccessDeniedException>(() => copy.ManagerNotes);
        Assert.Equal("PLAN-V02", e.Access.Code);
        Assert.Single(copy.AssessmentResults);
        Assert.Equal(2, copy.Agreements.Count);
    }

    [Fact]
    public void A_redacted_copy_is_read_only()
    {
        var clock = PlanSamples.Clock();
        var copy = PlanSamples.Full(clock).RedactFor(ConversationRole.Coach);
        Assert.Equal("PLAN-R08", PlanResults.Refused(copy, p => p.AddManagerNote("x", clock)));
        Assert.Equal("PLAN-R08", PlanResults.Refused(copy, p => p.AcceptAgreement("w1", ConversationRole.Employee, clock)));
        Assert.Equal("PLAN-R08", PlanResults.Refused(copy, p => p.GrantAssessmentConsent(ConversationRole.Coach, clock)));

        // Redacting a copy again is a mistake of the host (IsRedacted tells), not an answer for a person.
        Assert.StartsWith("PLAN-R08", Assert.Throws<InvalidOperationException>(() => copy.RedactFor(ConversationRole.HR)).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Earlier_versions_are_redacted_too()
    {
        var clock = PlanSamples.Clock();
        var next = PlanSamples.Full(clock).Revise(new DateInterval(new LocalDate(2028, 1, 1), new LocalDate(2028, 12, 31)), null).Ok().AddManagerNote("NEW-NOTE", clock).Ok();
        var copy = next.RedactFor(ConversationRole.Employee);
        Assert.True(copy.PreviousVersion!.IsRedacted);
        string json = DevelopmentPlanJson.Serialize(copy);
        Assert.DoesNotContain("NOTE-MARKER", json, StringComparison.Ordinal);
        Assert.DoesNotContain("NEW-NOTE", json, StringComparison.Ordinal);
        Assert.Contains("AGREEMENT-MARKER", json, StringComparison.Ordinal);
    }

    [Fact]
    public void Denials_render_in_dutch_and_english()
    {
        var access = PlanSamples.Full().Access(ConversationRole.HR, PlanSection.AssessmentResults);
        Assert.Equal("Assessmentuitslagen zijn alleen met toestemming van de medewerker zichtbaar voor HR, en die is er niet.", access.Message(CultureInfo.GetCultureInfo("nl")));
        Assert.Equal("Assessment results are visible to HR only with the employee's consent, and there is none.", access.Message(CultureInfo.GetCultureInfo("en")));
        var texts = Pop.Core.Texts.TextCatalog.Default.WithText(CultureInfo.GetCultureInfo("nl"), "PLAN-V03", "Vraag eerst toestemming aan de medewerker.");
        Assert.Equal("Vraag eerst toestemming aan de medewerker.", access.Message(CultureInfo.GetCultureInfo("nl"), texts));
    }
}
