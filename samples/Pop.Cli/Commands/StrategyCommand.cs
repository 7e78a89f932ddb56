namespace Pop.Cli.Commands;

using System;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text.Encodings.Web;
using System.Text.Json;
using Pop.Core.Strategies;

/// <summary><c>pop strategy</c>: the quadrant and the conversation strategy for one employee.</summary>
internal static class StrategyCommand
{
    public const string Help = """
        pop strategy --interest N --potential N [--self N] [--culture nl|en] [--format text|json] [--out FILE]

        Places an employee on the interest × potential grid (scores 1–5, above 3 is high) and prints
        the approach for the conversation: aim, instruments, phrasing tips, pitfalls, ambition.

          --interest   the employee's interest in development (1–5)
          --potential  the manager's estimate of the employee's potential (1–5)
          --self       the employee's own rating of their potential (1–5); shows the gap

        Example:
          pop strategy --interest 4 --potential 2 --self 5 --culture en
        """;

    private static readonly JsonWriterOptions Json = new() { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static int Run(CliArguments args)
    {
        var culture = CommonOptions.Culture(args, allowAuto: false)!;
        double interest = Score(args, "--interest", required: true)!.Value;
        double potential = Score(args, "--potential", required: true)!.Value;
        double? self = Score(args, "--self", required: false);
        string format = args.Choice("--format", "text", "text", "json");
        string? outPath = args.Text("--out");
        var t = new Terminal(args.Flag("--no-color") || outPath is not null);
        args.RejectUnknown();

        var placement = QuadrantClassifier.Default.Place(new Interest(interest), new Potential(potential), self is null ? null : new Potential(self.Value));
        var strategy = StrategyCatalog.Default.Describe(placement.Quadrant, culture);
        using var output = outPath is null ? Console.OpenStandardOutput() : File.Create(outPath);
        if (format == "json")
        {
            using var json = new Utf8JsonWriter(output, Json);
            WriteJson(json, placement, strategy);
            json.Flush();
            output.WriteByte((byte)'\n');
        }
        else
        {
            using var writer = new StreamWriter(output);
            WriteText(writer, placement, strategy, t);
        }

        return ExitCodes.Success;
    }

    private static double? Score(CliArguments args, string name, bool required)
    {
        string? value = args.Text(name);
        if (value is null)
        {
            return required ? throw new CliException($"{name} is required: a score from 1 to 5.") : null;
        }

        if (!double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out double score) || score < 1 || score > 5)
        {
            throw new CliException($"{name} must be a score from 1 to 5; got '{value}'.");
        }

        return score;
    }

    internal static void WriteJson(Utf8JsonWriter json, QuadrantPlacement p, ConversationStrategy s)
    {
        json.WriteStartObject();
        json.WriteString("quadrant", p.Quadrant.ToString());
        json.WriteString("culture", s.Culture.Name);
        json.WriteString("name", s.Name);
        json.WriteNumber("interest", p.Interest.Score);
        json.WriteNumber("potential", p.Potential.Score);
        json.WriteStartObject("borderline");
        json.WriteBoolean("interest", p.IsInterestBorderline);
        json.WriteBoolean("potential", p.IsPotentialBorderline);
        json.WriteStartArray("alternatives");
        foreach (var q in p.Alternatives)
        {
            json.WriteStringValue(q.ToString());
        }

        json.WriteEndArray();
        json.WriteEndObject();
        if (p.SelfAssessmentGap is { } gap)
        {
            json.WriteStartObject("selfAssessment");
            json.WriteNumber("self", gap.SelfAssessed.Score);
            json.WriteNumber("gap", gap.Size);
            json.WriteString("direction", gap.Direction.ToString());
            json.WriteEndObject();
        }
        else
        {
            json.WriteNull("selfAssessment");
        }

        json.WriteString("aim", s.Aim);
        Strings(json, "instruments", s.Instruments);
        Strings(json, "phrasingTips", s.PhrasingTips);
        Strings(json, "pitfalls", s.Pitfalls);
        json.WriteStartArray("fittingGoalKinds");
        foreach (var k in s.FittingGoalKinds)
        {
            json.WriteStringValue(k.ToString());
        }

        json.WriteEndArray();
        json.WriteStartObject("ambition");
        json.WriteNumber("minimumGoals", s.Ambition.MinimumGoals);
        json.WriteNumber("maximumGoals", s.Ambition.MaximumGoals);
        json.WriteStartArray("requiredKinds");
        foreach (var k in s.Ambition.RequiredKinds)
        {
            json.WriteStringValue(k.ToString());
        }

        json.WriteEndArray();
        json.WriteStartArray("tooAmbitiousKinds");
        foreach (var k in s.Ambition.TooAmbitiousKinds)
        {
            json.WriteStringValue(k.ToString());
        }

        json.WriteEndArray();
        json.WriteEndObject();
        json.WriteEndObject();
    }

    private static void Strings(Utf8JsonWriter json, string name, System.Collections.Generic.IReadOnlyList<string> values)
    {
        json.WriteStartArray(name);
        foreach (var v in values)
        {
            json.WriteStringValue(v);
        }

        json.WriteEndArray();
    }

    private static void WriteText(TextWriter w, QuadrantPlacement p, ConversationStrategy s, Terminal t)
    {
        bool nl = s.Culture.TwoLetterISOLanguageName == "nl";
        w.WriteLine(t.Bold(s.Name) + t.Dim($"  ({(nl ? "belangstelling" : "interest")} {p.Interest.Score.ToString(CultureInfo.InvariantCulture)}, {(nl ? "potentieel" : "potential")} {p.Potential.Score.ToString(CultureInfo.InvariantCulture)})"));
        if (p.IsBorderline)
        {
            w.WriteLine(t.Yellow(nl ? "  Grensgeval: " : "  Borderline: ") + string.Join(", ", p.Alternatives.Select(q => StrategyCatalog.Default.Describe(q, s.Culture).Name)) + (nl ? " ligt ook voor de hand." : " is also plausible."));
        }

        if (p.SelfAssessmentGap is { Direction: not GapDirection.Aligned } gap)
        {
            w.WriteLine(t.Yellow("  " + (gap.Direction == GapDirection.EmployeeRatesHigher
                ? (nl ? $"De medewerker schat het eigen potentieel {gap.Size:0.#} punt hoger in dan de leidinggevende." : $"The employee rates their own potential {gap.Size:0.#} points higher than the manager does.")
                : (nl ? $"De medewerker schat het eigen potentieel {-gap.Size:0.#} punt lager in dan de leidinggevende." : $"The employee rates their own potential {-gap.Size:0.#} points lower than the manager does."))));
        }

        w.WriteLine();
        w.WriteLine(t.Bold(nl ? "Doel van het gesprek" : "Aim of the conversation"));
        w.WriteLine("  " + s.Aim);
        List(w, t, nl ? "Instrumenten" : "Instruments", s.Instruments);
        List(w, t, nl ? "Zo breng je het" : "How to phrase it", s.PhrasingTips);
        List(w, t, nl ? "Valkuilen" : "Pitfalls", s.Pitfalls);
        w.WriteLine();
        w.WriteLine(t.Bold(nl ? "Ambitie van het plan" : "Ambition of the plan"));
        w.WriteLine(nl
            ? $"  {s.Ambition.MinimumGoals} tot {s.Ambition.MaximumGoals} doelen"
            : $"  {s.Ambition.MinimumGoals} to {s.Ambition.MaximumGoals} goals");
    }

    private static void List(TextWriter w, Terminal t, string title, System.Collections.Generic.IReadOnlyList<string> items)
    {
        w.WriteLine();
        w.WriteLine(t.Bold(title));
        foreach (var item in items)
        {
            w.WriteLine("  • " + item);
        }
    }
}
