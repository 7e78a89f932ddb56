namespace Pop.Core.Tests.Plans;

using NodaTime;
using NodaTime.Testing;
using Pop.Core.Conversations;
using Pop.Core.Goals;
using Pop.Core.Plans;

/// <summary>Plans with every section filled; each section carries a marker string that must not leak into redacted JSON.</summary>
internal static class PlanSamples
{
    public static readonly DateInterval Year2027 = new(new LocalDate(2027, 1, 1), new LocalDate(2027, 12, 31));

    public static FakeClock Clock() => new(Instant.FromUtc(2027, 1, 25, 9, 0), Duration.FromMinutes(1));

    public static DevelopmentGoal Goal(string id = "g1", string competency = "Presenteren") =>
        new(id, "Ik geef voor 1 juni 2027 twee presentaties van 20 minuten aan het MT.", DevelopmentGoalKind.Improve, DevelopmentFocus.Skills, competency, "GOAL-BENEFIT-EMPLOYEE", "GOAL-BENEFIT-ORG", "c-2027");

    public static DevelopmentPlan Empty(PlanVisibility? visibility = null) =>
        DevelopmentPlan.Start("plan-e1", "e1", "m1", "Sales", Year2027, "c-2027", visibility);

    public static DevelopmentPlan Full(IClock? clock = null, PlanVisibility? visibility = null)
    {
        clock ??= Clock();
        return Empty(visibility)
            .AddGoal(Goal()).Ok()
            .AddActivity(new DevelopmentActivity("a1", "g1", DevelopmentActivityKind.Shadowing, "ACTIVITY-MARKER meelopen met Petra", null, Duration.FromHours(8))).Ok()
            .AddActivity(new DevelopmentActivity("a2", "g1", DevelopmentActivityKind.Training, "Presentatietraining", 950m, Duration.FromHours(16))).Ok()
            .AddAgreement(new Agreement("w1", "Sanne", "AGREEMENT-MARKER presentatie 1 geven", new LocalDate(2027, 3, 31), false)).Ok()
            .AddAgreement(new Agreement("s1", "Marco", "Plek op de MT-agenda regelen", new LocalDate(2027, 2, 28), true)).Ok()
            .ProposeSolution(new SolutionProposal("p1", "g1", "PROPOSAL-MARKER training", ConversationRole.Employee, 8, 6, ScoreScale.Default)).Ok()
            .ProposeSolution(new SolutionProposal("p2", "g1", "Meelopen", ConversationRole.Employee, 6, 9, ScoreScale.Default)).Ok()
            .Schedule(new LocalDate(2027, 2, 8), new[] { new LocalDate(2027, 5, 3), new LocalDate(2027, 9, 6) }).Ok()
            .RecordInterimCheck(new LocalDate(2027, 5, 3), new[] { new AgreementProgress("w1", 100, "CHECK-MARKER"), new AgreementProgress("s1", 50, null) }, null).Ok()
            .RecordAssessment(new AssessmentResult("r1", "360° feedback", "ASSESSMENT-MARKER sterk in structuur", new LocalDate(2027, 1, 10))).Ok()
            .AddManagerNote("NOTE-MARKER twijfel over ambitie", clock).Ok();
    }
}
