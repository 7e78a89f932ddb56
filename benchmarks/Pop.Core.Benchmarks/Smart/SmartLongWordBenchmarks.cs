namespace Pop.Core.Benchmarks.Smart;

using System.Text;
using BenchmarkDotNet.Attributes;
using NodaTime;
using Pop.Core.Smart;

/// <summary>
/// Hostile input for the free-text analysis: one word of N characters with no space in it. The
/// cost must grow linearly (×4 per ×4 in size); it grew quadratically before the compound-head
/// search was bounded (64 KiB took about two seconds).
/// </summary>
[MemoryDiagnoser]
public class SmartLongWordBenchmarks
{
    private static readonly LocalDate Reference = new(2027, 1, 15);
    private readonly SmartTextAnalyzer analyzer = SmartTextAnalyzer.Default;
    private string letters = string.Empty;
    private string hyphens = string.Empty;

    /// <summary>Gets or sets the length of the word in characters.</summary>
    [Params(64 * 1024, 256 * 1024, 1024 * 1024)]
    public int Size { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        letters = new string('a', Size);
        var b = new StringBuilder(Size + 1);
        while (b.Length < Size)
        {
            b.Append("a-");
        }

        hyphens = b.Append('a').ToString();
    }

    /// <summary>One word of letters only ("aaaa…"), language detected (Dutch: the compound path).</summary>
    [Benchmark]
    public GoalTextAnalysis OneLongWord() => analyzer.Analyze(letters, Reference);

    /// <summary>A hyphen chain ("a-a-a-…"): one word token to the tokenizer.</summary>
    [Benchmark]
    public GoalTextAnalysis HyphenChain() => analyzer.Analyze(hyphens, Reference);
}
