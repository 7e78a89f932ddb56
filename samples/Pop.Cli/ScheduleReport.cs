namespace Pop.Cli;

using System;
using System.Globalization;
using System.IO;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using NodaTime;
using Pop.Core.Cycles;

/// <summary>
/// <c>pop schedule --report FILE</c>: the plan report for people (<see cref="CyclePlanReport"/>),
/// written beside the plan, and also when the window cannot hold a team (then with the shortfalls).
/// JSON when FILE ends in <c>.json</c>, text in the <c>--culture</c> (default nl) otherwise;
/// <c>-</c> writes the text to standard error, so standard output keeps only the plan.
/// </summary>
internal sealed class ScheduleReport
{
    /// <summary>The day lines shown per manager in the text; the rest is counted in one line.</summary>
    private const int DayLines = 60;

    private readonly string path;
    private readonly CultureInfo culture;

    private ScheduleReport(string path, CultureInfo culture)
    {
        this.path = path;
        this.culture = culture;
    }

    /// <summary>Reads <c>--report</c> and <c>--culture</c>; null when no report is asked for.</summary>
    public static ScheduleReport? From(CliArguments args)
    {
        string? path = args.Text("--report");
        var culture = CommonOptions.Culture(args, allowAuto: false)!;
        if (path is null)
        {
            return null;
        }

        return string.IsNullOrWhiteSpace(path)
            ? throw new CliException("--report needs a file name (.json for JSON, text otherwise) or - for standard error.")
            : new ScheduleReport(path, culture);
    }

    /// <summary>Writes the report of a plan.</summary>
    public void Write(CyclePlan plan) => Write(CyclePlanReport.For(plan));

    /// <summary>Writes the report of a window that cannot hold every team.</summary>
    public void Write(InfeasibleCycleException error, DateInterval window) => Write(CyclePlanReport.For(error, window));

    private void Write(CyclePlanReport report)
    {
        if (path == "-")
        {
            Console.Error.Write(report.ToText(culture, maxDayLines: DayLines));
            Console.Error.Flush();
            return;
        }

        using var output = File.Create(path);
        if (path.EndsWith(".json", StringComparison.OrdinalIgnoreCase))
        {
            using (var json = new Utf8JsonWriter(output, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
            {
                report.WriteJson(json);
            }

            output.WriteByte((byte)'\n');
            return;
        }

        using var writer = new StreamWriter(output, new UTF8Encoding(false), 1 << 16) { NewLine = "\n" };
        report.WriteText(writer, culture, maxDayLines: DayLines);
    }
}
