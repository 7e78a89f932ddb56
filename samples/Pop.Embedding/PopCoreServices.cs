namespace Pop.Embedding;

using System;
using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using NodaTime;
using Pop.Core.Cycles;
using Pop.Core.Smart;
using Pop.Core.Strategies;
using Pop.Core.Texts;

/// <summary>
/// How a vendor registers Pop.Core in its container. Pop.Core has no dependency on a DI framework:
/// its services are immutable and thread-safe, so each is one singleton.
/// </summary>
internal static class PopCoreServices
{
    /// <summary>Registers the clock, the zone, the text catalogue, the SMART validator, the cycle planner and the strategy catalogue.</summary>
    /// <param name="services">The container.</param>
    /// <param name="zoneId">The organisation's time zone (IANA id).</param>
    /// <param name="texts">The vendor's changes to the built-in texts, or null to keep them.</param>
    /// <returns>The container, for chaining.</returns>
    public static IServiceCollection AddPopCore(this IServiceCollection services, string zoneId, Func<TextCatalog, TextCatalog>? texts = null)
    {
        // TryAdd: a test or another host registers its own clock (for example a FakeClock) first.
        services.TryAddSingleton<IClock>(SystemClock.Instance);
        services.TryAddSingleton(DateTimeZoneProviders.Tzdb[zoneId]);
        services.TryAddSingleton(texts is null ? TextCatalog.Default : texts(TextCatalog.Default));
        services.TryAddSingleton(sp => new SmartTextAnalyzer(SmartLexicon.Default, sp.GetRequiredService<TextCatalog>()));
        services.TryAddSingleton(sp => new SmartValidator(sp.GetRequiredService<IClock>(), sp.GetRequiredService<DateTimeZone>(), sp.GetRequiredService<SmartTextAnalyzer>()));
        services.TryAddSingleton(sp => new CyclePolicy { Zone = sp.GetRequiredService<DateTimeZone>(), ManagerCapacityPerDay = 4 });
        services.TryAddSingleton(sp => new CyclePlanner(sp.GetRequiredService<CyclePolicy>(), sp.GetRequiredService<IClock>()));
        services.TryAddSingleton(StrategyCatalog.Default);
        return services;
    }

    /// <summary>The vendor's own wording of two messages; everything else stays as shipped.</summary>
    /// <param name="texts">The built-in catalogue.</param>
    /// <returns>The catalogue with the vendor's texts.</returns>
    public static TextCatalog VendorTexts(TextCatalog texts) => texts
        .WithText(CultureInfo.GetCultureInfo("nl"), "CONV-R08", "HR-Suite: in de stap '{Phase}' kun je dit nog niet vastleggen; ga eerst verder in het gesprek.")
        .WithText(CultureInfo.GetCultureInfo("nl"), "SMART-T01", "HR-Suite: vul bij elk doel een einddatum in (verplicht veld).");
}
