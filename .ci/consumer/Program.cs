using System;
using NodaTime;
using Pop.Core.Smart;

internal static class Program
{
    private static int Main()
    {
        var zone = DateTimeZoneProviders.Tzdb["Europe/Amsterdam"];
        IClock injected = new FixedClock();
        var good = new SmartValidator(injected, zone);                  // fine: an injected clock
        var bad = new SmartValidator(SystemClock.Instance, zone);       // EXPECT POP0003
        Console.WriteLine(DateTime.Now);                                // fine: not into Pop.Core
        var vague = new SmartSubject("Beter communiceren");              // EXPECT POP0001
        var concrete = new SmartSubject("Uiterlijk 1 juni 2030 rond ik de cursus Excel Gevorderd af.");
        _ = bad.Validate(vague).IsSmart || bad.Validate(concrete).IsSmart;
        var report = good.Validate(new SmartSubject("Binnen drie maanden rond ik de cursus Excel Gevorderd af."));
        return report.TextAnalysis.IsTimeBound && bad is not null ? 0 : 1;
    }

    private sealed class FixedClock : IClock
    {
        public Instant GetCurrentInstant() => Instant.FromUtc(2027, 1, 15, 9, 0);
    }
}
