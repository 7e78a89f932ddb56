namespace Pop.Core.Tests.Plans;

using System;
using NodaTime;
using Pop.Core.Conversations;
using Pop.Core.Plans;
using Xunit;

/// <summary>
/// What a plan carries from its conversation about the person — both sides' needs and both views of
/// the development stage, the manager's being a judgement of the employee — is its own section,
/// seen by the employee and the manager only unless the host widens it, and absent from the text of
/// a copy redacted for anyone else.
/// </summary>
public sealed class DevelopmentSectionPrivacyTests
{
    private static readonly DateInterval Year = new(new LocalDate(2027, 1, 1), new LocalDate(2027, 12, 31));

    private static DevelopmentPlan Made() => DevelopmentPlan.FromConversation("p1", PlanFromConversationTests.Closed(), "Planning", Year).Ok();

    [Theory]
    [InlineData(ConversationRole.HR)]
    [InlineData(ConversationRole.Coach)]
    public void Needs_and_stages_are_withheld_from_hr_and_the_coach_by_default(ConversationRole role)
    {
        var plan = Made();
        Assert.Equal(DevelopmentStage.Senior, plan.ManagerStage);
        Assert.False(plan.Access(role, PlanSection.Development).IsAllowed);

        var copy = plan.RedactFor(role);
        Assert.Throws<PlanAccessDeniedException>(() => copy.EmployeeNeeds);
        Assert.Throws<PlanAccessDeniedException>(() => copy.OrganisationNeeds);
        Assert.Throws<PlanAccessDeniedException>(() => copy.ManagerStage);
        Assert.Throws<PlanAccessDeniedException>(() => copy.EmployeeStage);

        string json = DevelopmentPlanJson.Serialize(copy);
        Assert.DoesNotContain("Plannen met het nieuwe systeem", json, StringComparison.Ordinal);
        Assert.DoesNotContain("Senior", json, StringComparison.Ordinal);
        Assert.Equal(json, DevelopmentPlanJson.Serialize(DevelopmentPlanJson.Deserialize(json)));
    }

    [Theory]
    [InlineData(ConversationRole.Employee)]
    [InlineData(ConversationRole.Manager)]
    public void The_two_parties_see_what_they_said(ConversationRole role)
    {
        var copy = Made().RedactFor(role);
        Assert.Equal("Plannen met het nieuwe systeem", Assert.Single(copy.EmployeeNeeds));
        Assert.Equal(DevelopmentStage.Competent, copy.EmployeeStage);
        Assert.Contains("Plannen met het nieuwe systeem", DevelopmentPlanJson.Serialize(copy), StringComparison.Ordinal);
    }

    [Fact]
    public void A_host_may_show_the_section_to_hr_but_never_hide_it_from_a_party()
    {
        var wider = PlanVisibility.Default.With(PlanSection.Development, new[] { ConversationRole.Employee, ConversationRole.Manager, ConversationRole.HR });
        var plan = DevelopmentPlan.FromConversation("p1", PlanFromConversationTests.Closed(), "Planning", Year, wider).Ok();
        Assert.Equal(DevelopmentStage.Senior, plan.RedactFor(ConversationRole.HR).ManagerStage);
        Assert.Throws<ArgumentException>(() => PlanVisibility.Default.With(PlanSection.Development, new[] { ConversationRole.Manager }));
    }

    [Fact]
    public void A_redacted_document_that_still_holds_the_section_is_refused_at_the_field()
    {
        string json = DevelopmentPlanJson.Serialize(Made().RedactFor(ConversationRole.HR));
        string smuggled = json.Replace("\"viewer\":", "\"managerStage\":\"Senior\",\"viewer\":", StringComparison.Ordinal);
        Assert.NotEqual(json, smuggled);
        var error = Assert.Throws<DevelopmentPlanJsonException>(() => DevelopmentPlanJson.Deserialize(smuggled));
        Assert.Equal("$.managerStage", error.Path);
    }
}
