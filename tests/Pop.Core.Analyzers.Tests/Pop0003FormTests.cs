namespace Pop.Core.Analyzers.Tests;

using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Testing;
using Xunit;
using VerifyClock = Verify<Pop.Core.Analyzers.WallClockAnalyzer, Pop.Core.CodeFixes.UseInjectedClockCodeFix>;

/// <summary>POP0003 over the syntactic forms listed in docs/rules/POP0003.md ("Forms").</summary>
public sealed class Pop0003FormTests
{
    private const string Usings = """
        using System;
        using NodaTime;
        using Pop.Core.Cycles;
        using Pop.Core.Smart;

        """;

    private static DiagnosticResult Wall(int location, string read, string target) =>
        new DiagnosticResult("POP0003", DiagnosticSeverity.Warning).WithLocation(location).WithArguments(read, target);

    [Fact]
    public Task A_read_inside_nested_Pop_Core_calls_is_reported_once_naming_the_innermost_call() => VerifyClock.Analyzer(Usings + """
        class Host
        {
            LocalDate Due(HireAnniversaryPolicy policy, LocalDate hired) =>
                policy.NextDue(hired, policy.NextDue(hired, LocalDate.FromDateTime({|#0:DateTime.Now|})));
        }
        """,
        Wall(0, "DateTime.Now", "HireAnniversaryPolicy.NextDue"));

    [Fact]
    public Task A_wall_clock_value_formatted_as_text_is_not_a_clock() => VerifyClock.Analyzer(Usings + """
        class Host
        {
            GoalTextAnalysis Note(LocalDate today) =>
                SmartTextAnalyzer.Default.Analyze($"Genoteerd op {DateTime.Now:d}", today);

            GoalTextAnalysis Concat(LocalDate today) =>
                SmartTextAnalyzer.Default.Analyze("Genoteerd op " + DateTime.Now, today);

            GoalTextAnalysis Formatted(LocalDate today) =>
                SmartTextAnalyzer.Default.Analyze(DateTime.Today.ToString("d") + " verbeteren", today);

            GoalTextAnalysis ViaLocal(LocalDate today)
            {
                var stamp = $"{DateTimeOffset.UtcNow:O}";
                return SmartTextAnalyzer.Default.Analyze(stamp, today);
            }

            GoalTextAnalysis TextAndClock() =>
                SmartTextAnalyzer.Default.Analyze($"Genoteerd op {DateTime.Now:d}", LocalDate.FromDateTime({|#0:DateTime.Now|}));
        }
        """,
        Wall(0, "DateTime.Now", "SmartTextAnalyzer.Analyze"));

    [Fact]
    public Task A_wall_clock_value_reaching_Pop_Core_through_locals_is_reported_at_the_read() => VerifyClock.Analyzer(Usings + """
        class Host
        {
            GoalTextAnalysis Check(string goal)
            {
                var now = {|#0:DateTime.Now|};
                var today = LocalDate.FromDateTime(now);
                return SmartTextAnalyzer.Default.Analyze(goal, today);
            }

            SmartValidator Assigned(DateTimeZone zone)
            {
                IClock clock;
                clock = {|#1:SystemClock.Instance|};
                return new SmartValidator(clock, zone);
            }

            GoalTextAnalysis TwoUses(string goal)
            {
                DateTime now = {|#2:DateTime.UtcNow|};
                SmartTextAnalyzer.Default.Analyze(goal, LocalDate.FromDateTime(now));
                return SmartTextAnalyzer.Default.Analyze(goal, LocalDate.FromDateTime(now));
            }

            GoalTextAnalysis ChainAndLocalFunction(string goal)
            {
                var first = {|#3:DateTimeOffset.Now|};
                var second = first;
                return Inner();
                GoalTextAnalysis Inner() => SmartTextAnalyzer.Default.Analyze(goal, LocalDate.FromDateTime(second.DateTime));
            }

            string NotIntoPopCore()
            {
                var now = DateTime.Now;
                var text = now.ToString("d");
                return text;
            }
        }
        """,
        Wall(0, "DateTime.Now", "SmartTextAnalyzer.Analyze"),
        Wall(1, "SystemClock.Instance", "SmartValidator"),
        Wall(2, "DateTime.UtcNow", "SmartTextAnalyzer.Analyze"),
        Wall(3, "DateTimeOffset.Now", "SmartTextAnalyzer.Analyze"));

    [Fact]
    public Task A_local_used_only_as_text_and_a_helper_method_are_not_reported() => VerifyClock.Analyzer(Usings + """
        class Host
        {
            GoalTextAnalysis Note(LocalDate today)
            {
                var now = DateTime.Now;
                return SmartTextAnalyzer.Default.Analyze($"Genoteerd op {now:d}", today);
            }

            // Not covered: the analysis stays within one method (see the Forms table).
            static DateTime Now() => DateTime.Now;
            GoalTextAnalysis ViaHelper(string goal) => SmartTextAnalyzer.Default.Analyze(goal, LocalDate.FromDateTime(Now()));
        }
        """);

    [Fact]
    public Task The_fix_replaces_a_clock_read_into_a_local() => VerifyClock.Fix(
        Usings + """
        class Host
        {
            SmartValidator Create(IClock injected, DateTimeZone zone)
            {
                var clock = {|POP0003:SystemClock.Instance|};
                return new SmartValidator(clock, zone);
            }
        }
        """,
        Usings + """
        class Host
        {
            SmartValidator Create(IClock injected, DateTimeZone zone)
            {
                var clock = injected;
                return new SmartValidator(clock, zone);
            }
        }
        """);
}
