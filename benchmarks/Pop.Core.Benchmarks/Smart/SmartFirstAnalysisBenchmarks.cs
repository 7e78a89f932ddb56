namespace Pop.Core.Benchmarks.Smart;

using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;
using Pop.Core.Smart.Text;

/// <summary>
/// The first goal analysed in a fresh process, as the first POP0001 check in a compiler process
/// runs it: loading Pop.Core, the built-in lexicon and the JIT of the engine. Each launch measures
/// one call; <see cref="LoadOnly"/> is the floor (loading the assembly and one small type).
/// </summary>
[MemoryDiagnoser]
[SimpleJob(RunStrategy.ColdStart, launchCount: 10, warmupCount: 0, iterationCount: 1, id: "ColdStart")]
public class SmartFirstAnalysisBenchmarks
{
    private static readonly CalendarDay Reference = new(2027, 1, 15);

    /// <summary>Loads Pop.Core and makes one value of it.</summary>
    [Benchmark(Baseline = true)]
    public int LoadOnly() => new CalendarDay(2027, 1, 15).Day;

    /// <summary>The built-in lexicon and nothing else.</summary>
    [Benchmark]
    public int Lexicon() => GoalTextEngine.DefaultLexicon.Count;

    /// <summary>The first analysis of a typical Dutch goal, language detected.</summary>
    [Benchmark]
    public bool FirstAnalysis() =>
        GoalTextEngine.Analyze("Binnen drie maanden rond ik de cursus Excel Gevorderd af voor team 7.", Reference, null, false, GoalTextEngine.DefaultLexicon).Specific;
}
