namespace Pop.Cli;

using System;
using System.Globalization;
using NodaTime;
using NodaTime.Text;
using Pop.Core.Smart;

/// <summary>Options every command reads the same way.</summary>
internal static class CommonOptions
{
    public static CultureInfo? Culture(CliArguments args, bool allowAuto)
    {
        string value = args.Text("--culture") ?? (allowAuto ? "auto" : "nl");
        switch (value)
        {
            case "auto" when allowAuto:
                return null;
            case "nl":
            case "nl-NL":
            case "nl-BE":
            case "en":
            case "en-GB":
            case "en-US":
                return CultureInfo.GetCultureInfo(value);
            default:
                throw new CliException($"--culture must be nl, en, en-GB, en-US{(allowAuto ? " or auto" : string.Empty)}; got '{value}'.");
        }
    }

    /// <summary>
    /// How goal texts are read: <c>--text-language nl|en|auto</c> (default auto: detected per text)
    /// and, where <paramref name="dateOrder"/> allows it, <c>--date-order day-first|month-first</c>
    /// (default day-first). Independent of <c>--culture</c>, which only chooses the messages' language.
    /// </summary>
    public static GoalTextReading Reading(CliArguments args, bool dateOrder)
    {
        GoalLanguage? language = args.Choice("--text-language", "auto", "nl", "en", "auto") switch
        {
            "nl" => GoalLanguage.Dutch,
            "en" => GoalLanguage.English,
            _ => null,
        };
        bool monthFirst = dateOrder && args.Choice("--date-order", "day-first", "day-first", "month-first") == "month-first";
        return new GoalTextReading(language, monthFirst ? NumericDateOrder.MonthFirst : NumericDateOrder.DayFirst);
    }

    public static LocalDate Date(CliArguments args, string name, LocalDate fallback)
    {
        string? value = args.Text(name);
        if (value is null)
        {
            return fallback;
        }

        var parsed = LocalDatePattern.Iso.Parse(value);
        return parsed.Success ? parsed.Value : throw new CliException($"{name} must be a date as YYYY-MM-DD; got '{value}'.");
    }

    public static DateTimeZone Zone(CliArguments args)
    {
        string id = args.Text("--zone") ?? "Europe/Amsterdam";
        return DateTimeZoneProviders.Tzdb.GetZoneOrNull(id) ?? throw new CliException($"--zone must be an IANA time zone such as Europe/Amsterdam; got '{id}'.");
    }

    public static LocalDate Today(IClock clock, DateTimeZone zone) => clock.GetCurrentInstant().InZone(zone).Date;
}
