namespace Pop.Core.Benchmarks.Cycles;

using System.Collections.Generic;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using NodaTime;
using NodaTime.Testing;
using Pop.Core.Cycles;

/// <summary>
/// Plans a whole organisation: N employees under N/10 managers (one in twenty with a leave
/// range) in the January–February season. Target: 100,000 employees in ≤ 200 ms, and linear:
/// 100k ≤ 12 × 10k. <see cref="PlanThreeLevels"/>: the same, with the managers as employees of
/// N/100 directors, so every manager's own conversation is planned around the ones they hold.
/// <see cref="PlanThreeLevelsAroundBusyTime"/>: the organisation — that tree, with about four
/// appointments a week in every manager's and director's calendar (target: 100k ≤ 200 ms, 100k ≤ 12 × 10k).
/// </summary>
[MemoryDiagnoser]
[Config(typeof(GcModes))]
public class CyclePlannerBenchmarks
{
    private List<CycleParticipant> people = new();
    private List<CycleParticipant> threeLevels = new();
    private CyclePlanner planner = null!;
    private CyclePlanner busyPlanner = null!;
    private DateInterval window = null!;

    [Params(10_000, 100_000)]
    public int Employees { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var policy = new CyclePolicy { ManagerCapacityPerDay = 4 };
        planner = new CyclePlanner(policy, new FakeClock(Instant.FromUtc(2026, 12, 1, 9, 0)));
        window = CyclePolicy.SeasonWindow(2027);
        people = new List<CycleParticipant>(Employees);
        for (int i = 0; i < Employees; i++)
        {
            var p = new CycleParticipant("e" + i, "m" + (i / 10));
            if (i % 20 == 0)
            {
                var from = new LocalDate(2027, 1, 4).PlusDays(i % 40);
                p = new CycleParticipant(p.EmployeeId, p.ManagerId) { Unavailable = new[] { new DateInterval(from, from.PlusDays(6)) } };
            }

            people.Add(p);
        }

        threeLevels = new List<CycleParticipant>(people);
        for (int m = 0; m < Employees / 10; m++)
        {
            threeLevels.Add(new CycleParticipant("m" + m, "d" + (m / 10)));
        }

        // About four appointments a week for every manager and director: 30 to 120 minutes, at a
        // random half hour of a working day, in the organisation's zone.
        var random = new System.Random(42);
        var busy = new List<BusyTime>();
        var zone = policy.Zone;
        var ids = new List<string>();
        for (int m = 0; m < Employees / 10; m++)
        {
            ids.Add("m" + m);
        }

        for (int d = 0; d < Employees / 100; d++)
        {
            ids.Add("d" + d);
        }

        foreach (var id in ids)
        {
            for (var day = window.Start; day <= window.End; day = day.PlusDays(1))
            {
                if (day.DayOfWeek is IsoDayOfWeek.Saturday or IsoDayOfWeek.Sunday || random.Next(5) == 0)
                {
                    continue;
                }

                var from = zone.AtLeniently(day.At(new LocalTime(9, 0)).PlusMinutes(30 * random.Next(0, 15))).ToInstant();
                busy.Add(new BusyTime(id, new Interval(from, from + Duration.FromMinutes(30 * random.Next(1, 5)))));
            }
        }

        busyPlanner = new CyclePlanner(policy, new FakeClock(Instant.FromUtc(2026, 12, 1, 9, 0)), new BusyTimeTable(busy));
    }

    [Benchmark]
    public CyclePlan PlanOrganisation() => planner.Plan(people, window);

    [Benchmark]
    public CyclePlan PlanThreeLevels() => planner.Plan(threeLevels, window);

    [Benchmark]
    public CyclePlan PlanThreeLevelsAroundBusyTime() => busyPlanner.Plan(threeLevels, window);

    /// <summary>Workstation GC (console hosts, the default) and server GC (ASP.NET hosts, their default).</summary>
    private sealed class GcModes : ManualConfig
    {
        public GcModes()
        {
            AddJob(Job.Default.WithGcServer(false).WithId("WorkstationGC"));
            AddJob(Job.Default.WithGcServer(true).WithId("ServerGC"));
        }
    }
}
