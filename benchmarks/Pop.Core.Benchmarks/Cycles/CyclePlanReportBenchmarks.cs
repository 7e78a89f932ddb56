namespace Pop.Core.Benchmarks.Cycles;

using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Text.Json;
using BenchmarkDotNet.Attributes;
using NodaTime;
using NodaTime.Testing;
using Pop.Core.Cycles;

/// <summary>
/// The plan report of a whole organisation, next to planning it: 100,000 employees under 10,000
/// managers who report to 100 directors (so every manager's own conversation counts in a day's
/// load), in the January–February season. <see cref="Plan"/> is the baseline; building the report
/// and writing it as text and as JSON must each take a small fraction of it.
/// </summary>
[MemoryDiagnoser]
public class CyclePlanReportBenchmarks
{
    private static readonly CultureInfo Dutch = CultureInfo.GetCultureInfo("nl");
    private readonly List<CycleParticipant> people = new();
    private CyclePlanner planner = null!;
    private DateInterval window = null!;
    private CyclePlan plan = null!;
    private CyclePlanReport report = null!;

    [Params(100_000)]
    public int Employees { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        planner = new CyclePlanner(CyclePolicy.Default, new FakeClock(Instant.FromUtc(2026, 12, 1, 9, 0)));
        window = CyclePolicy.SeasonWindow(2027);
        for (int i = 0; i < Employees; i++)
        {
            people.Add(new CycleParticipant("e" + i, "m" + (i / 10)));
        }

        for (int m = 0; m < Employees / 10; m++)
        {
            people.Add(new CycleParticipant("m" + m, "d" + (m / 100)));
        }

        plan = planner.Plan(people, window);
        report = CyclePlanReport.For(plan);
    }

    [Benchmark(Baseline = true)]
    public CyclePlan Plan() => planner.Plan(people, window);

    [Benchmark]
    public CyclePlanReport BuildReport() => CyclePlanReport.For(plan);

    [Benchmark]
    public void WriteText() => report.WriteText(TextWriter.Null, Dutch);

    [Benchmark]
    public void WriteJson()
    {
        using var json = new Utf8JsonWriter(Stream.Null);
        report.WriteJson(json);
    }
}
