namespace Pop.Core.Analyzers.Tests;

using System.Threading.Tasks;
using Xunit;
using VerifyClock = Verify<Pop.Core.Analyzers.WallClockAnalyzer, Pop.Core.CodeFixes.UseInjectedClockCodeFix>;

/// <summary>The POP0003 fix only offers a clock the code can reach at that point: the fixed code compiles.</summary>
public sealed class UseInjectedClockFixScopeTests
{
    private const string Usings = "using System;\nusing NodaTime;\nusing Pop.Core.Smart;\n";

    [Fact]
    public Task A_static_method_is_not_given_an_instance_clock() => VerifyClock.Fix(
        Usings + """
        class Host
        {
            private readonly IClock clock = SystemClock.Instance;
            private static readonly IClock shared = SystemClock.Instance;
            static SmartValidator Create() => new SmartValidator({|POP0003:SystemClock.Instance|}, DateTimeZone.Utc);
        }
        """,
        Usings + """
        class Host
        {
            private readonly IClock clock = SystemClock.Instance;
            private static readonly IClock shared = SystemClock.Instance;
            static SmartValidator Create() => new SmartValidator(shared, DateTimeZone.Utc);
        }
        """);

    [Fact]
    public Task A_local_declared_further_down_is_not_used_before_it_exists() => VerifyClock.Fix(
        Usings + """
        class Host
        {
            SmartValidator Create(IClock injected)
            {
                var v = new SmartValidator({|POP0003:SystemClock.Instance|}, DateTimeZone.Utc);
                IClock a = injected;
                return v;
            }
        }
        """,
        Usings + """
        class Host
        {
            SmartValidator Create(IClock injected)
            {
                var v = new SmartValidator(injected, DateTimeZone.Utc);
                IClock a = injected;
                return v;
            }
        }
        """);
}
