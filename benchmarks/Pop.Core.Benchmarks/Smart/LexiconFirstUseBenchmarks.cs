namespace Pop.Core.Benchmarks.Smart;

using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;
using BenchmarkDotNet.Jobs;
using Pop.Core.Smart.Text;

/// <summary>
/// What the first SMART analysis in a process pays for the built-in lexicon before it reads a word:
/// before, parsing the word lists of <see cref="LexiconData"/> and hashing every word into the table
/// (<see cref="ParseAndBuild"/>); now, loading the table generated at development time
/// (<see cref="BuiltIn"/>). The analyzers (POP0001) pay it once per compiler process. The short job
/// shows the steady cost and its allocations (the generated arrays are made once per process, so
/// they are not in it); the cold-start job runs each method once per process, so its figure
/// includes the JIT of the code it runs and, for <see cref="BuiltIn"/>, making the arrays.
/// </summary>
[MemoryDiagnoser]
[ShortRunJob]
[SimpleJob(RunStrategy.ColdStart, launchCount: 10, warmupCount: 0, iterationCount: 1, id: "ColdStart")]
public class LexiconFirstUseBenchmarks
{
    /// <summary>Parses the word lists and builds the table from them (the vendor path, and the default one before).</summary>
    [Benchmark(Baseline = true)]
    public int ParseAndBuild() => Lexicon.Build(LexiconData.Parse().Values).Count;

    /// <summary>Builds the default lexicon from the generated table (LexiconTable.g.cs).</summary>
    [Benchmark]
    public int BuiltIn() => Lexicon.BuiltIn().Count;
}
