namespace Pop.Core.Benchmarks.Smart;

using System.Text;
using BenchmarkDotNet.Attributes;
using NodaTime;
using Pop.Core.Smart;

/// <summary>
/// Full free-text analysis (Specific, Measurable, Time-bound and the deadline) of one goal, as
/// SmartTextAnalyzer.Analyze does it for every goal a host validates. Target: ≤ 2 µs mean for a
/// typical goal, allocating only the result.
/// </summary>
[MemoryDiagnoser]
public class SmartTextBenchmarks
{
    private static readonly LocalDate Reference = new(2027, 1, 15);
    private static readonly GoalTextReading Dutch = new(GoalLanguage.Dutch);
    private readonly SmartTextAnalyzer analyzer = SmartTextAnalyzer.Default;
    private readonly SmartValidator validator = new(NodaTime.Testing.FakeClock.FromUtc(2027, 1, 15), DateTimeZone.Utc);
    private string megabyte = string.Empty;

    [GlobalSetup]
    public void Setup()
    {
        var builder = new StringBuilder(1 << 20);
        while (builder.Length < 1 << 20)
        {
            builder.Append("Binnen drie maanden rond ik de cursus Excel Gevorderd af en elke week bespreek ik de voortgang met de teamleider. ");
        }

        megabyte = builder.ToString(0, 1 << 20);
    }

    /// <summary>A typical SMART goal in Dutch, language detected.</summary>
    [Benchmark(Baseline = true)]
    public GoalTextAnalysis TypicalDutchGoal() =>
        analyzer.Analyze("Vóór 1 mei 2027 heb ik de training Motiverende Gespreksvoering gevolgd en pas ik de technieken toe in drie cliëntgesprekken.", Reference);

    /// <summary>A typical SMART goal in English, language detected.</summary>
    [Benchmark]
    public GoalTextAnalysis TypicalEnglishGoal() =>
        analyzer.Analyze("Within six months, cut quote turnaround time from ten to five working days.", Reference);

    /// <summary>A vague goal: every criterion fails, so localised findings are built.</summary>
    [Benchmark]
    public GoalTextAnalysis VagueGoalWithFindings() =>
        analyzer.Analyze("Ik wil beter worden in mijn werk.", Reference);

    /// <summary>A typical goal with the language given (no detection).</summary>
    [Benchmark]
    public GoalTextAnalysis TypicalGoalLanguageGiven() =>
        analyzer.Analyze("Binnen twee maanden loop ik drie diensten mee op de spoedeisende hulp.", Reference, Dutch);

    /// <summary>All five criteria through SmartValidator (text analysis plus the structured checks and the report).</summary>
    [Benchmark]
    public SmartReport FullValidation() =>
        validator.ValidateAsOf(new SmartSubject("Binnen twee maanden loop ik drie diensten mee op de spoedeisende hulp.") { AcceptedByEmployee = true, AcceptedByManager = true }, Reference, Dutch);

    /// <summary>One megabyte of goal-like text: must stay linear (≤ 50 ms).</summary>
    [Benchmark]
    public GoalTextAnalysis OneMegabyte() => analyzer.Analyze(megabyte, Reference);
}
