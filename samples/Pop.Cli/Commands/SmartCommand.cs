namespace Pop.Cli.Commands;

using System;
using System.Globalization;
using System.IO;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using NodaTime;
using NodaTime.Text;
using Pop.Core.Smart;

/// <summary><c>pop smart</c>: SMART-checks goals, one per input line.</summary>
internal static class SmartCommand
{
    public const string Help = """
        pop smart [FILE|-] [--culture nl|en|en-US|auto] [--reference-date YYYY-MM-DD] [--zone ZONE]
                  [--format text|json] [--out FILE] [--strict]

        Checks development goals against SMART, one goal per input line (FILE, or standard input
        when FILE is '-' or left out). Specific, Measurable and Time-bound are judged from the text;
        the deadline is resolved to a date against the reference date (default: today in --zone).

          --culture         language of the goals; auto (default) detects Dutch or English per line
          --reference-date  the date relative deadlines count from
          --format          text (default, for people) or json (one JSON object per input line)
          --out             write to FILE instead of standard output
          --strict          exit with 1 when any goal is not Specific, Measurable and Time-bound

        Examples:
          echo "Binnen drie maanden rond ik de cursus Excel Gevorderd af." | pop smart
          pop smart goals.txt --format json --reference-date 2027-01-15
        """;

    private static readonly JsonWriterOptions JsonOptions = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static int Run(CliArguments args, IClock clock)
    {
        CultureInfo? culture = CommonOptions.Culture(args, allowAuto: true);
        DateTimeZone zone = CommonOptions.Zone(args);
        LocalDate reference = CommonOptions.Date(args, "--reference-date", CommonOptions.Today(clock, zone));
        string format = args.Choice("--format", "text", "text", "json");
        string? outPath = args.Text("--out");
        bool strict = args.Flag("--strict");
        bool noColor = args.Flag("--no-color");
        args.RejectUnknown();
        if (args.Positional.Count > 1)
        {
            throw new CliException("pop smart takes at most one input file.");
        }

        string input = args.Positional.Count == 1 ? args.Positional[0] : "-";
        TextReader reader;
        if (input == "-")
        {
            reader = new StreamReader(Console.OpenStandardInput(), new UTF8Encoding(false), false, 1 << 16);
        }
        else if (!File.Exists(input))
        {
            throw new CliException($"The input file '{input}' does not exist.", ExitCodes.Input);
        }
        else
        {
            reader = new StreamReader(input, new UTF8Encoding(false), true, 1 << 16);
        }

        var validator = new SmartValidator(clock, zone);
        bool allPassed = true;
        using (reader)
        using (Stream output = outPath is null ? Console.OpenStandardOutput() : File.Create(outPath))
        {
            var buffered = new BufferedStream(output, 1 << 16);
            if (format == "json")
            {
                using var json = new Utf8JsonWriter(buffered, JsonOptions);
                string? line;
                while ((line = reader.ReadLine()) is not null)
                {
                    SmartReport report = validator.ValidateAsOf(new SmartSubject(line), reference, culture);
                    allPassed &= Passed(report);
                    WriteJson(json, report);
                    json.Flush();
                    buffered.WriteByte((byte)'\n');
                    json.Reset(buffered);
                }
            }
            else
            {
                var terminal = new Terminal(noColor || outPath is not null);
                using var writer = new StreamWriter(buffered, new UTF8Encoding(false), 1 << 16, leaveOpen: true);
                string? line;
                while ((line = reader.ReadLine()) is not null)
                {
                    if (line.Trim().Length == 0)
                    {
                        continue;
                    }

                    SmartReport report = validator.ValidateAsOf(new SmartSubject(line), reference, culture);
                    allPassed &= Passed(report);
                    WriteText(writer, report, terminal);
                }
            }

            buffered.Flush();
        }

        return strict && !allPassed ? ExitCodes.NotPassed : ExitCodes.Success;
    }

    private static bool Passed(SmartReport report) =>
        report.TextAnalysis.IsSpecific && report.TextAnalysis.IsMeasurable && report.TextAnalysis.IsTimeBound;

    internal static void WriteJson(Utf8JsonWriter json, SmartReport report)
    {
        json.WriteStartObject();
        json.WriteString("text", report.Subject.Text);
        json.WriteString("culture", report.Culture.Name);
        json.WriteString("referenceDate", LocalDatePattern.Iso.Format(report.ReferenceDate));
        if (report.Deadline is { } deadline)
        {
            json.WriteString("deadline", LocalDatePattern.Iso.Format(deadline));
        }
        else
        {
            json.WriteNull("deadline");
        }

        if (report.TextAnalysis.Deadline is { } expression)
        {
            json.WriteStartObject("deadlineExpression");
            json.WriteString("text", expression.Text);
            json.WriteNumber("start", expression.Span.Start);
            json.WriteNumber("length", expression.Span.Length);
            json.WriteString("grain", expression.Grain.ToString());
            json.WriteString("modifier", expression.Modifier.ToString());
            json.WriteBoolean("inclusive", expression.IsInclusive);
            json.WriteBoolean("relative", expression.IsRelative);
            json.WriteEndObject();
        }
        else
        {
            json.WriteNull("deadlineExpression");
        }

        json.WriteStartObject("criteria");
        foreach (var criterion in report.Criteria)
        {
            json.WriteStartObject(CriterionKey(criterion.Criterion));
            if (criterion.IsMet is { } met)
            {
                json.WriteBoolean("met", met);
            }
            else
            {
                json.WriteNull("met");
            }

            json.WriteString("verdict", criterion.Verdict.ToString());
            json.WriteEndObject();
        }

        json.WriteEndObject();
        json.WriteStartArray("findings");
        foreach (var finding in report.Findings)
        {
            json.WriteStartObject();
            json.WriteString("code", finding.Code);
            json.WriteString("criterion", CriterionKey(finding.Criterion));
            json.WriteString("severity", finding.Severity.ToString());
            json.WriteString("message", finding.Message);
            json.WriteString("suggestion", finding.Suggestion);
            if (finding.Span is { } span)
            {
                json.WriteStartObject("span");
                json.WriteNumber("start", span.Start);
                json.WriteNumber("length", span.Length);
                json.WriteEndObject();
            }

            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }

    internal static string CriterionKey(SmartCriterion criterion) => criterion switch
    {
        SmartCriterion.Specific => "specific",
        SmartCriterion.Measurable => "measurable",
        SmartCriterion.Acceptable => "acceptable",
        SmartCriterion.Realistic => "realistic",
        _ => "timeBound",
    };

    private static void WriteText(TextWriter writer, SmartReport report, Terminal t)
    {
        bool dutch = report.Culture.TwoLetterISOLanguageName == "nl";
        writer.WriteLine(t.Bold(report.Subject.Text));
        foreach (var criterion in report.Criteria)
        {
            string mark = criterion.Verdict switch
            {
                CriterionVerdict.Met => t.Green("✓"),
                CriterionVerdict.NotMet => t.Red("✗"),
                _ => t.Dim("?"),
            };
            string name = Name(criterion.Criterion, dutch);
            string extra = criterion.Criterion == SmartCriterion.TimeBound && report.TextAnalysis.Deadline is { } d
                ? t.Dim($"  {LocalDatePattern.Iso.Format(d.Date)} ('{d.Text}', {d.Modifier})")
                : string.Empty;
            writer.WriteLine($"  {mark} {name}{extra}");
            foreach (var finding in criterion.Findings)
            {
                if (finding.Severity == FindingSeverity.Warning)
                {
                    writer.WriteLine($"      {t.Yellow(finding.Code)} {finding.Message}");
                    writer.WriteLine($"      {t.Dim("→ " + finding.Suggestion)}");
                }
            }
        }

        writer.WriteLine();
    }

    private static string Name(SmartCriterion criterion, bool dutch) => criterion switch
    {
        SmartCriterion.Specific => dutch ? "Specifiek" : "Specific",
        SmartCriterion.Measurable => dutch ? "Meetbaar" : "Measurable",
        SmartCriterion.Acceptable => dutch ? "Acceptabel" : "Acceptable",
        SmartCriterion.Realistic => dutch ? "Realistisch" : "Realistic",
        _ => dutch ? "Tijdgebonden" : "Time-bound",
    };
}
