namespace Pop.Cli.Commands;

using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Pop.Core.Strategies;

/// <summary><c>pop quadrant</c>: a team on the interest × potential grid, as a table and as an SVG picture.</summary>
internal static class QuadrantCommand
{
    public const string Help = """
        pop quadrant --input team.csv [--svg out.svg] [--culture nl|en] [--format text|json] [--out FILE]

        Places every employee of a team on the interest × potential grid and prints who is where;
        with --svg also draws the grid (one labelled dot per person, quadrant names and counts; a
        hollow dot and dashed line show the employee's own estimate where it differs).

        The CSV has a header with the columns name,interest,potential and optionally self
        (the employee's own estimate of their potential); scores from 1 to 5. --format json writes
        one object per person: name, quadrant, interest, potential, borderline, self-assessment gap.
        """ + "\n" + CsvTable.Contract + "\n" + """

        Example:
          pop quadrant --input team.csv --svg team.svg --culture nl
        """;

    public static int Run(CliArguments args)
    {
        var culture = CommonOptions.Culture(args, allowAuto: false)!;
        string input = args.Text("--input") ?? throw new CliException("--input is required: a CSV file with name,interest,potential.");
        string? svgPath = args.Text("--svg");
        string format = args.Choice("--format", "text", "text", "json");
        string? outPath = args.Text("--out");
        var t = new Terminal(args.Flag("--no-color") || outPath is not null);
        args.RejectUnknown();

        var table = CsvTable.Read(input, new[] { "name", "interest", "potential" });
        var classifier = QuadrantClassifier.Default;
        var people = new List<(string, QuadrantPlacement)>();
        foreach (var (line, fields) in table.Rows)
        {
            string name = table.Required(fields, "name", line);
            double interest = Score(table, fields, "interest", line, classifier.InterestScale)!.Value;
            double potential = Score(table, fields, "potential", line, classifier.PotentialScale)!.Value;
            double? self = table.Has("self") && table.Get(fields, "self") is not null ? Score(table, fields, "self", line, classifier.PotentialScale) : null;
            people.Add((name, classifier.Place(new Interest(interest), new Potential(potential), self is null ? null : new Potential(self.Value))));
        }

        if (people.Count == 0)
        {
            throw new CliException($"{input} has a header but no people.", ExitCodes.Input);
        }

        var catalog = StrategyCatalog.Default;
        using (var output = outPath is null ? Console.OpenStandardOutput() : File.Create(outPath))
        {
            if (format == "json")
            {
                using var json = new Utf8JsonWriter(output, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
                json.WriteStartArray();
                foreach (var (name, p) in people)
                {
                    json.WriteStartObject();
                    json.WriteString("name", name);
                    json.WriteString("quadrant", p.Quadrant.ToString());
                    json.WriteString("quadrantName", catalog.Describe(p.Quadrant, culture).Name);
                    json.WriteNumber("interest", p.Interest.Score);
                    json.WriteNumber("potential", p.Potential.Score);
                    json.WriteBoolean("borderline", p.IsBorderline);
                    if (p.SelfAssessmentGap is { } gap)
                    {
                        json.WriteNumber("selfAssessed", gap.SelfAssessed.Score);
                        json.WriteString("gapDirection", gap.Direction.ToString());
                    }

                    json.WriteEndObject();
                }

                json.WriteEndArray();
                json.Flush();
                output.WriteByte((byte)'\n');
            }
            else
            {
                using var writer = new StreamWriter(output, new UTF8Encoding(false));
                foreach (var group in people.GroupBy(p => p.Item2.Quadrant).OrderBy(g => g.Key))
                {
                    writer.WriteLine(t.Bold(catalog.Describe(group.Key, culture).Name) + $" ({group.Count()})");
                    foreach (var (name, p) in group)
                    {
                        string note = p.IsBorderline ? t.Yellow(culture.TwoLetterISOLanguageName == "nl" ? "  grensgeval" : "  borderline") : string.Empty;
                        writer.WriteLine($"  {name}  {p.Interest.Score.ToString(CultureInfo.InvariantCulture)} / {p.Potential.Score.ToString(CultureInfo.InvariantCulture)}{note}");
                    }
                }
            }
        }

        if (svgPath is not null)
        {
            File.WriteAllText(svgPath, QuadrantSvg.Render(people, catalog, culture, classifier.PotentialScale), new UTF8Encoding(false));
            Console.WriteLine(t.Dim((culture.TwoLetterISOLanguageName == "nl" ? "Raster geschreven naar " : "Grid written to ") + svgPath));
        }

        return ExitCodes.Success;
    }

    private static double? Score(CsvTable table, string[] fields, string column, int line, AssessmentScale scale)
    {
        double value = table.Number(fields, column, line);
        if (value < scale.Minimum || value > scale.Maximum)
        {
            throw new CliException($"{table.Path} line {line}: '{column}' must be a score from {scale.Minimum.ToString(CultureInfo.InvariantCulture)} to {scale.Maximum.ToString(CultureInfo.InvariantCulture)}; got {value.ToString(CultureInfo.InvariantCulture)}.", ExitCodes.Input);
        }

        return value;
    }
}
