namespace Pop.Cli.Commands;

using System;
using System.Buffers;
using System.Collections.Generic;
using System.Threading.Tasks;
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
        pop smart [FILE|-] [--text-language nl|en|auto] [--date-order day-first|month-first]
                  [--culture nl|en|en-GB|en-US|auto] [--reference-date YYYY-MM-DD] [--zone ZONE]
                  [--format text|json] [--out FILE] [--strict]

        Checks development goals against SMART, one goal per input line (FILE, or standard input
        when FILE is '-' or left out). Specific, Measurable and Time-bound are judged from the text;
        the deadline is resolved to a date against the reference date (default: today in --zone).

          --text-language   language the goals are written in; auto (default) detects Dutch or
                            English per line
          --date-order      how an English goal's 03/04/2027 is read: day-first (default, 3 April)
                            or month-first (4 March); Dutch goals are always read day first
          --culture         language of the messages; auto (default) answers each goal in its own
                            language. It never changes a verdict: en-US does not read dates month
                            first (use --date-order month-first for that)
          --reference-date  the date relative deadlines count from
          --format          text (default, for people) or json (one JSON object per input line)
          --out             write to FILE instead of standard output
          --strict          exit with 1 when any goal is not Specific, Measurable and Time-bound

        Examples:
          echo "Binnen drie maanden rond ik de cursus Excel Gevorderd af." | pop smart
          pop smart goals.txt --format json --reference-date 2027-01-15
          echo "Binnen drie maanden rond ik de cursus Excel Gevorderd af." | pop smart --culture en
        """;

    private const int BatchSize = 4096;

    private static readonly JsonWriterOptions JsonOptions = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static int Run(CliArguments args, IClock clock)
    {
        CultureInfo? culture = CommonOptions.Culture(args, allowAuto: true);
        GoalTextReading reading = CommonOptions.Reading(args, dateOrder: true);
        DateTimeZone zone = CommonOptions.Zone(args);
        LocalDate reference = CommonOptions.Date(args, "--reference-date", CommonOptions.Today(clock, zone));
        if (reference.Year is < 1900 or > 2999)
        {
            throw new CliException($"--reference-date must be a date from 1900-01-01 to 2999-12-31; got '{args.Text("--reference-date")}'.");
        }

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
                // Lines are read in batches; each batch is validated and encoded on every core (the
                // validator is immutable and thread-safe), then written in input order.
                var batch = new List<string>(BatchSize);
                var passed = new bool[BatchSize];
                int workers = Math.Max(1, Math.Min(Environment.ProcessorCount, 8));
                var buffers = new ArrayBufferWriter<byte>[workers];
                for (int w = 0; w < workers; w++)
                {
                    buffers[w] = new ArrayBufferWriter<byte>(1 << 20);
                }

                string? line;
                do
                {
                    batch.Clear();
                    while (batch.Count < BatchSize && (line = reader.ReadLine()) is not null)
                    {
                        batch.Add(line);
                    }

                    int slices = batch.Count > 256 ? workers : 1;
                    int per = (batch.Count + slices - 1) / Math.Max(1, slices);
                    Parallel.For(0, slices, new ParallelOptions { MaxDegreeOfParallelism = slices }, w =>
                    {
                        var buffer = buffers[w];
                        buffer.Clear();
                        using var json = new Utf8JsonWriter(buffer, JsonOptions);
                        for (int i = w * per; i < Math.Min(batch.Count, (w + 1) * per); i++)
                        {
                            SmartReport report = validator.ValidateAsOf(new SmartSubject(batch[i]), reference, reading, culture);
                            passed[i] = Passed(report);
                            WriteJson(json, report);
                            json.Flush();
                            buffer.Write("\n"u8);
                            json.Reset(buffer);
                        }
                    });

                    for (int w = 0; w < slices; w++)
                    {
                        buffered.Write(buffers[w].WrittenSpan);
                    }

                    for (int i = 0; i < batch.Count; i++)
                    {
                        allPassed &= passed[i];
                    }
                }
                while (batch.Count == BatchSize);
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

                    SmartReport report = validator.ValidateAsOf(new SmartSubject(line), reference, reading, culture);
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

    private static readonly JsonEncodedText PText = JsonEncodedText.Encode("text");
    private static readonly JsonEncodedText PCulture = JsonEncodedText.Encode("culture");
    private static readonly JsonEncodedText PLanguage = JsonEncodedText.Encode("language");
    private static readonly JsonEncodedText PDutch = JsonEncodedText.Encode("nl");
    private static readonly JsonEncodedText PEnglish = JsonEncodedText.Encode("en");
    private static readonly JsonEncodedText PReference = JsonEncodedText.Encode("referenceDate");
    private static readonly JsonEncodedText PDeadline = JsonEncodedText.Encode("deadline");
    private static readonly JsonEncodedText PExpression = JsonEncodedText.Encode("deadlineExpression");
    private static readonly JsonEncodedText PStart = JsonEncodedText.Encode("start");
    private static readonly JsonEncodedText PLength = JsonEncodedText.Encode("length");
    private static readonly JsonEncodedText PGrain = JsonEncodedText.Encode("grain");
    private static readonly JsonEncodedText PModifier = JsonEncodedText.Encode("modifier");
    private static readonly JsonEncodedText PInclusive = JsonEncodedText.Encode("inclusive");
    private static readonly JsonEncodedText PRelative = JsonEncodedText.Encode("relative");
    private static readonly JsonEncodedText PCriteria = JsonEncodedText.Encode("criteria");
    private static readonly JsonEncodedText PMet = JsonEncodedText.Encode("met");
    private static readonly JsonEncodedText PVerdict = JsonEncodedText.Encode("verdict");
    private static readonly JsonEncodedText PFindings = JsonEncodedText.Encode("findings");
    private static readonly JsonEncodedText PCode = JsonEncodedText.Encode("code");
    private static readonly JsonEncodedText PCriterion = JsonEncodedText.Encode("criterion");
    private static readonly JsonEncodedText PSeverity = JsonEncodedText.Encode("severity");
    private static readonly JsonEncodedText PMessage = JsonEncodedText.Encode("message");
    private static readonly JsonEncodedText PSuggestion = JsonEncodedText.Encode("suggestion");
    private static readonly JsonEncodedText PSpan = JsonEncodedText.Encode("span");
    private static readonly JsonEncodedText[] CriterionKeys =
    {
        JsonEncodedText.Encode("specific"), JsonEncodedText.Encode("measurable"), JsonEncodedText.Encode("acceptable"),
        JsonEncodedText.Encode("realistic"), JsonEncodedText.Encode("timeBound"),
    };

    internal static void WriteJson(Utf8JsonWriter json, SmartReport report)
    {
        Span<char> date = stackalloc char[10];
        json.WriteStartObject();
        json.WriteString(PText, report.Subject.Text);
        json.WriteString(PCulture, report.MessageCulture.Name);
        json.WriteString(PLanguage, report.Language == GoalLanguage.English ? PEnglish : PDutch);
        json.WriteString(PReference, Iso(report.ReferenceDate, date));
        if (report.Deadline is { } deadline)
        {
            json.WriteString(PDeadline, Iso(deadline, date));
        }
        else
        {
            json.WriteNull(PDeadline);
        }

        if (report.TextAnalysis.Deadline is { } expression)
        {
            json.WriteStartObject(PExpression);
            json.WriteString(PText, expression.Text);
            json.WriteNumber(PStart, expression.Span.Start);
            json.WriteNumber(PLength, expression.Span.Length);
            json.WriteString(PGrain, GrainName(expression.Grain));
            json.WriteString(PModifier, ModifierName(expression.Modifier));
            json.WriteBoolean(PInclusive, expression.IsInclusive);
            json.WriteBoolean(PRelative, expression.IsRelative);
            json.WriteEndObject();
        }
        else
        {
            json.WriteNull(PExpression);
        }

        json.WriteStartObject(PCriteria);
        foreach (var criterion in report.Criteria)
        {
            json.WriteStartObject(CriterionKeys[(int)criterion.Criterion]);
            if (criterion.IsMet is { } met)
            {
                json.WriteBoolean(PMet, met);
            }
            else
            {
                json.WriteNull(PMet);
            }

            json.WriteString(PVerdict, criterion.Verdict switch { CriterionVerdict.Met => "Met", CriterionVerdict.NotMet => "NotMet", _ => "CannotTell" });
            json.WriteEndObject();
        }

        json.WriteEndObject();
        json.WriteStartArray(PFindings);
        foreach (var finding in report.Findings)
        {
            json.WriteStartObject();
            json.WriteString(PCode, finding.Code);
            json.WriteString(PCriterion, CriterionKeys[(int)finding.Criterion]);
            json.WriteString(PSeverity, finding.Severity == FindingSeverity.Warning ? "Warning" : "Info");
            json.WriteString(PMessage, finding.Message);
            json.WriteString(PSuggestion, finding.Suggestion);
            if (finding.Span is { } span)
            {
                json.WriteStartObject(PSpan);
                json.WriteNumber(PStart, span.Start);
                json.WriteNumber(PLength, span.Length);
                json.WriteEndObject();
            }

            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }

    private static ReadOnlySpan<char> Iso(LocalDate date, Span<char> buffer)
    {
        int y = date.Year, m = date.Month, d = date.Day;
        if (y < 0 || y > 9999)
        {
            return LocalDatePattern.Iso.Format(date).AsSpan();
        }

        buffer[0] = (char)('0' + (y / 1000));
        buffer[1] = (char)('0' + (y / 100 % 10));
        buffer[2] = (char)('0' + (y / 10 % 10));
        buffer[3] = (char)('0' + (y % 10));
        buffer[4] = '-';
        buffer[5] = (char)('0' + (m / 10));
        buffer[6] = (char)('0' + (m % 10));
        buffer[7] = '-';
        buffer[8] = (char)('0' + (d / 10));
        buffer[9] = (char)('0' + (d % 10));
        return buffer;
    }

    private static string GrainName(DeadlineGrain grain) => grain switch
    {
        DeadlineGrain.Day => "Day",
        DeadlineGrain.Week => "Week",
        DeadlineGrain.Month => "Month",
        DeadlineGrain.Quarter => "Quarter",
        DeadlineGrain.HalfYear => "HalfYear",
        _ => "Year",
    };

    private static string ModifierName(DeadlineModifier modifier) => modifier switch
    {
        DeadlineModifier.On => "On",
        DeadlineModifier.By => "By",
        DeadlineModifier.Before => "Before",
        DeadlineModifier.In => "In",
        DeadlineModifier.Within => "Within",
        DeadlineModifier.EndOf => "EndOf",
        _ => "None",
    };

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
        bool dutch = report.MessageCulture.TwoLetterISOLanguageName == "nl";
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
