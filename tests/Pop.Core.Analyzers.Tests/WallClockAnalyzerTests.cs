namespace Pop.Core.Analyzers.Tests;

using System.Threading.Tasks;
using Pop.Core.CodeFixes;
using Xunit;
using VerifyClock = Verify<Pop.Core.Analyzers.WallClockAnalyzer, Pop.Core.CodeFixes.UseInjectedClockCodeFix>;

public sealed class WallClockAnalyzerTests
{
    private const string Usings = """
        using System;
        using NodaTime;
        using Pop.Core.Smart;

        """;

    [Fact]
    public Task SystemClock_into_a_Pop_Core_constructor_is_reported() => VerifyClock.Analyzer(Usings + """
        class Host
        {
            SmartValidator Create() => new SmartValidator({|POP0003:SystemClock.Instance|}, DateTimeZone.Utc);
        }
        """);

    [Fact]
    public Task DateTime_Now_flowing_into_a_Pop_Core_method_is_reported() => VerifyClock.Analyzer(Usings + """
        class Host
        {
            GoalTextAnalysis Check(string goal) =>
                SmartTextAnalyzer.Default.Analyze(goal, LocalDate.FromDateTime({|POP0003:DateTime.Now|}));

            GoalTextAnalysis CheckUtc(string goal) =>
                SmartTextAnalyzer.Default.Analyze(goal, LocalDate.FromDateTime({|POP0003:DateTime.UtcNow|}));

            GoalTextAnalysis CheckOffset(string goal) =>
                SmartTextAnalyzer.Default.Analyze(goal, LocalDate.FromDateTime({|POP0003:DateTimeOffset.Now|}.DateTime));
        }
        """);

    [Fact]
    public Task An_injected_clock_and_wall_clock_outside_Pop_Core_are_fine() => VerifyClock.Analyzer(Usings + """
        class Host
        {
            private readonly IClock clock;
            Host(IClock clock) { this.clock = clock; }
            SmartValidator Create() => new SmartValidator(clock, DateTimeZone.Utc);
            string Log() => DateTime.Now.ToString();
            Instant Now() => SystemClock.Instance.GetCurrentInstant();
        }
        """);

    [Fact]
    public Task Partial_code_with_errors_does_not_crash_nor_guess() => VerifyClock.Analyzer(Usings + """
        class Host
        {
            // The call does not bind, so there is no Pop.Core parameter to blame: no report, no crash.
            SmartValidator Create() => new SmartValidator(SystemClock.Instance, {|CS0103:Missing|});
        }
        """);

    [Fact]
    public Task The_fix_uses_the_clock_in_scope() => VerifyClock.Fix(
        Usings + """
        class Host
        {
            private readonly IClock clock;
            Host(IClock clock) { this.clock = clock; }
            SmartValidator Create() => new SmartValidator({|POP0003:SystemClock.Instance|}, DateTimeZone.Utc);
            SmartValidator Other() => new SmartValidator({|POP0003:SystemClock.Instance|}, DateTimeZone.Utc);
        }
        """,
        Usings + """
        class Host
        {
            private readonly IClock clock;
            Host(IClock clock) { this.clock = clock; }
            SmartValidator Create() => new SmartValidator(clock, DateTimeZone.Utc);
            SmartValidator Other() => new SmartValidator(clock, DateTimeZone.Utc);
        }
        """);

    [Fact]
    public Task The_fix_prefers_a_parameter_and_offers_nothing_without_a_clock() => VerifyClock.Fix(
        Usings + """
        class Host
        {
            SmartValidator Create(IClock injected) => new SmartValidator({|POP0003:SystemClock.Instance|}, DateTimeZone.Utc);
        }
        """,
        Usings + """
        class Host
        {
            SmartValidator Create(IClock injected) => new SmartValidator(injected, DateTimeZone.Utc);
        }
        """);
}
