namespace Pop.Core.Benchmarks.Plans;

using System;
using BenchmarkDotNet.Attributes;
using NodaTime;
using NodaTime.Testing;
using Pop.Core.Conversations;
using Pop.Core.Goals;
using Pop.Core.Plans;

/// <summary>
/// Aggregating an organisation's plans into the strategic training plan (SOP), and the JSON
/// round-trip of one full plan. The organisation: N plans over 40 departments, 25 competencies and
/// all ten activity kinds; each plan has two goals and three activities, one in four without a cost
/// estimate, one goal in ten dropped.
/// </summary>
[MemoryDiagnoser]
public class StrategicTrainingPlanBenchmarks
{
    private static readonly SopProtection Protection = SopProtection.Perturbed(new byte[] { 3, 1, 4, 1, 5, 9, 2, 6, 5, 3, 5, 8, 9, 7, 9, 3, 2, 3, 8, 4, 6, 2, 6, 4, 3, 3, 8, 3, 2, 7, 9, 5 });
    private static readonly SopProtection Exact = SopProtection.Unperturbed();
    private DevelopmentPlan[] plans = Array.Empty<DevelopmentPlan>();
    private DevelopmentPlan full = null!;
    private string fullJson = string.Empty;
    private CompetencyDemand[] demand = Array.Empty<CompetencyDemand>();

    /// <summary>Gets or sets the number of plans.</summary>
    [Params(10_000, 100_000)]
    public int Plans { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var random = new Random(2027);
        var period = new DateInterval(new LocalDate(2027, 1, 1), new LocalDate(2027, 12, 31));
        plans = new DevelopmentPlan[Plans];
        for (int i = 0; i < Plans; i++)
        {
            var plan = DevelopmentPlan.Start("p" + i, "e" + i, "m" + (i / 10), "Afdeling " + (i % 40), period, null, null);
            for (int g = 0; g < 2; g++)
            {
                string goalId = "g" + g;
                plan = plan.AddGoal(new DevelopmentGoal(goalId, "Doel", DevelopmentGoalKind.Improve, DevelopmentFocus.Skills, "Competentie " + random.Next(25), "b", "b", null)).Accepted();
                if (random.Next(10) == 0)
                {
                    plan = plan.UpdateGoal(goalId, GoalStatus.Dropped, 0).Accepted();
                }
            }

            for (int a = 0; a < 3; a++)
            {
                decimal? cost = random.Next(4) == 0 ? null : random.Next(100, 2000);
                plan = plan.AddActivity(new DevelopmentActivity("a" + a, "g" + (a % 2), (DevelopmentActivityKind)(1 + random.Next(10)), "Activiteit", cost, Duration.FromHours(random.Next(1, 40)))).Accepted();
            }

            plans[i] = plan;
        }

        // Demand for every department and competency: 40 x 25 lines.
        demand = new CompetencyDemand[40 * 25];
        for (int d = 0; d < 40; d++)
        {
            for (int c = 0; c < 25; c++)
            {
                demand[(d * 25) + c] = new CompetencyDemand("Afdeling " + d, "Competentie " + c, 1 + random.Next(30));
            }
        }

        var clock = new FakeClock(Instant.FromUtc(2027, 1, 25, 9, 0), Duration.FromMinutes(1));
        full = plans[0]
            .AddAgreement(new Agreement("w1", "Sanne", "Twee presentaties geven aan het MT", new LocalDate(2027, 3, 31), false)).Accepted()
            .AddAgreement(new Agreement("s1", "Marco", "Plek op de agenda regelen", new LocalDate(2027, 2, 28), true)).Accepted()
            .AcceptAgreement("w1", ConversationRole.Employee, clock).Accepted().AcceptAgreement("w1", ConversationRole.Manager, clock).Accepted()
            .ProposeSolution(new SolutionProposal("p1", "g1", "Training", ConversationRole.Employee, 8, 6, ScoreScale.Default)).Accepted()
            .Schedule(new LocalDate(2027, 2, 8), new[] { new LocalDate(2027, 5, 3), new LocalDate(2027, 9, 6) }).Accepted()
            .RecordInterimCheck(new LocalDate(2027, 5, 3), new[] { new AgreementProgress("w1", 100, null) }, null).Accepted()
            .RecordAssessment(new AssessmentResult("r1", "360° feedback", "Sterk in structuur", new LocalDate(2027, 1, 10))).Accepted()
            .GrantAssessmentConsent(ConversationRole.Manager, clock).Accepted()
            .AddManagerNote("Let op werkdruk", clock).Accepted();
        fullJson = DevelopmentPlanJson.Serialize(full);
    }

    /// <summary>All plans into one SOP, minimum group size 5, small groups merged, cell key noise (one HMAC per person).</summary>
    [Benchmark]
    public StrategicTrainingPlan Aggregate() => StrategicTrainingPlan.Aggregate(plans, Protection);

    /// <summary>The same without noise (<see cref="SopProtection.Unperturbed"/>): the threshold rules alone.</summary>
    [Benchmark]
    public StrategicTrainingPlan AggregateUnperturbed() => StrategicTrainingPlan.Aggregate(plans, Exact);

    /// <summary>The demand side: 1,000 demand lines against all plans, with department-keyed noise (one HMAC per person, two per line).</summary>
    [Benchmark]
    public CompetencyGapReport Gap() => CompetencyGapReport.Aggregate(plans, demand, Protection);

    /// <summary>One full plan to JSON and back through every rule.</summary>
    [Benchmark]
    public DevelopmentPlan JsonRoundTrip() => DevelopmentPlanJson.Deserialize(DevelopmentPlanJson.Serialize(full));

    /// <summary>A copy of the full plan redacted for the employee.</summary>
    [Benchmark]
    public DevelopmentPlan RedactForEmployee() => full.RedactFor(ConversationRole.Employee);
}
