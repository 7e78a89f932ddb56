namespace Pop.Core.Benchmarks.Cycles;

using System.Collections.Generic;
using BenchmarkDotNet.Attributes;
using NodaTime;
using NodaTime.Testing;
using Pop.Core.Cycles;

/// <summary>
/// One team of N reports under one manager: 15-minute slots, 32 a day, a two-year window, one
/// in twenty on a week of leave. Target: linear in team size (10,000 ≈ 4 × 2,500). <see cref="PlanOneTeamThatDoesNotFit"/>:
/// the same team in a window of one month, so the repair search has to prove that N − 640 cannot be placed.
/// </summary>
[MemoryDiagnoser]
public class OneTeamBenchmarks
{
    private List<CycleParticipant> team = new();
    private CyclePlanner planner = null!;
    private DateInterval window = null!;
    private DateInterval month = null!;

    [Params(2_500, 5_000, 10_000)]
    public int TeamSize { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var policy = new CyclePolicy { SlotLength = Duration.FromMinutes(15), ManagerCapacityPerDay = 32 };
        planner = new CyclePlanner(policy, new FakeClock(Instant.FromUtc(2026, 12, 1, 9, 0)));
        window = new DateInterval(new LocalDate(2027, 1, 4), new LocalDate(2028, 12, 29));
        month = new DateInterval(new LocalDate(2027, 1, 4), new LocalDate(2027, 1, 29));
        team = new List<CycleParticipant>(TeamSize);
        for (int i = 0; i < TeamSize; i++)
        {
            var p = new CycleParticipant("e" + i, "boss");
            if (i % 20 == 0)
            {
                var from = window.Start.PlusDays(i % 700);
                p = new CycleParticipant(p.EmployeeId, p.ManagerId) { Unavailable = new[] { new DateInterval(from, from.PlusDays(6)) } };
            }

            team.Add(p);
        }
    }

    [Benchmark]
    public CyclePlan PlanOneTeam() => planner.Plan(team, window);

    [Benchmark]
    public int PlanOneTeamThatDoesNotFit()
    {
        try
        {
            return planner.Plan(team, month).Conversations.Count;
        }
        catch (InfeasibleCycleException e)
        {
            return e.Shortfalls[0].Placeable;
        }
    }
}
