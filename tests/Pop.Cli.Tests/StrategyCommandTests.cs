namespace Pop.Cli.Tests;

using System.IO;
using System.Linq;
using System.Text.Json;
using System.Xml.Linq;
using Xunit;

public sealed class StrategyCommandTests
{
    [Theory]
    [InlineData("1", "1", "NoFurtherAmbition")]
    [InlineData("4", "2", "OverestimatesSelf")]
    [InlineData("2", "4", "UnderestimatesSelf")]
    [InlineData("5", "4", "HighPotential")]
    public void Json_names_the_quadrant_and_the_strategy(string interest, string potential, string quadrant)
    {
        var (code, stdout, stderr) = PopProcess.Run(null, "strategy", "--interest", interest, "--potential", potential, "--format", "json", "--culture", "en");
        Assert.Equal(0, code);
        Assert.Equal(string.Empty, stderr);
        var json = JsonDocument.Parse(stdout).RootElement;
        Assert.Equal(quadrant, json.GetProperty("quadrant").GetString());
        Assert.False(string.IsNullOrWhiteSpace(json.GetProperty("aim").GetString()));
        Assert.True(json.GetProperty("instruments").GetArrayLength() > 0);
        Assert.True(json.GetProperty("pitfalls").GetArrayLength() > 0);
        Assert.True(json.GetProperty("ambition").GetProperty("maximumGoals").GetInt32() > 0);
    }

    [Fact]
    public void Self_assessment_and_borderline_show_in_json()
    {
        var (_, stdout, _) = PopProcess.Run(null, "strategy", "--interest", "3", "--potential", "2", "--self", "5", "--format", "json");
        var json = JsonDocument.Parse(stdout).RootElement;
        Assert.Equal("nl", json.GetProperty("culture").GetString());
        Assert.True(json.GetProperty("borderline").GetProperty("interest").GetBoolean());
        Assert.Equal("OverestimatesSelf", json.GetProperty("borderline").GetProperty("alternatives")[0].GetString());
        Assert.Equal("EmployeeRatesHigher", json.GetProperty("selfAssessment").GetProperty("direction").GetString());
        Assert.Equal(3, json.GetProperty("selfAssessment").GetProperty("gap").GetDouble());
    }

    [Theory]
    [InlineData("--interest", "7", "--interest must be a score from 1 to 5")]
    [InlineData("--interest", "veel", "--interest must be a score from 1 to 5")]
    public void Bad_scores_exit_2(string option, string value, string message)
    {
        var (code, _, stderr) = PopProcess.Run(null, "strategy", option, value, "--potential", "3");
        Assert.Equal(2, code);
        Assert.Contains(message, stderr);
    }

    [Fact]
    public void A_missing_score_is_named()
    {
        var (code, _, stderr) = PopProcess.Run(null, "strategy", "--interest", "3");
        Assert.Equal(2, code);
        Assert.Contains("--potential is required", stderr);
    }
}

public sealed class QuadrantCommandTests
{
    private static string Team(string content)
    {
        string path = Path.Combine(Path.GetTempPath(), "pop-team-" + System.Guid.NewGuid().ToString("N") + ".csv");
        File.WriteAllText(path, content);
        return path;
    }

    [Fact]
    public void The_svg_is_valid_xml_with_one_labelled_dot_per_person()
    {
        string csv = Team("name,interest,potential,self\nSanne,4.5,4.5,4\n\"Jansen, Piet\",1.5,4,2\nJoost,2,2,\nEmma,2,2,\nAmira & Co <x>,4,2,5\n");
        string svg = Path.ChangeExtension(csv, ".svg");
        var (code, stdout, stderr) = PopProcess.Run(null, "quadrant", "--input", csv, "--svg", svg, "--culture", "en");
        Assert.Equal(0, code);
        Assert.Equal(string.Empty, stderr);
        Assert.Contains("High potential (goudvink) (1)", stdout);

        var doc = XDocument.Load(svg);
        XNamespace ns = "http://www.w3.org/2000/svg";
        var people = doc.Descendants(ns + "g").Select(g => (string)g.Element(ns + "text")!).ToArray();
        Assert.Equal(new[] { "Sanne", "Jansen, Piet", "Joost", "Emma", "Amira & Co <x>" }.OrderBy(n => n), people.OrderBy(n => n));
        Assert.Equal(5, doc.Descendants(ns + "g").Count(g => g.Element(ns + "circle") is not null));
        var texts = doc.Descendants(ns + "text").Select(t => t.Value).ToArray();
        Assert.Contains(texts, t => t.StartsWith("Underestimates themself"));
        Assert.Contains(texts, t => t.StartsWith("No further ambition"));
    }

    [Fact]
    public void Json_has_one_object_per_person_in_input_order()
    {
        string csv = Team("name,interest,potential,self\nSanne,4.5,4.5,4\nJoost,2,2,\n");
        string outPath = Path.ChangeExtension(csv, ".json");
        var (code, stdout, stderr) = PopProcess.Run(null, "quadrant", "--input", csv, "--format", "json", "--out", outPath);
        Assert.Equal(0, code);
        Assert.Equal(string.Empty, stdout + stderr);
        using var json = System.Text.Json.JsonDocument.Parse(File.ReadAllText(outPath));
        var people = json.RootElement.EnumerateArray().ToArray();
        Assert.Equal(new[] { "Sanne", "Joost" }, people.Select(p => p.GetProperty("name").GetString()));
        Assert.Equal("HighPotential", people[0].GetProperty("quadrant").GetString());
        Assert.Equal(4, people[0].GetProperty("selfAssessed").GetDouble());
        Assert.Equal("NoFurtherAmbition", people[1].GetProperty("quadrant").GetString());
        Assert.False(people[1].TryGetProperty("selfAssessed", out _));
    }

    [Theory]
    [InlineData("name,interest\nSanne,4\n", "no column 'potential'")]
    [InlineData("name,interest,potential\nSanne,4,9\n", "line 2: 'potential' must be a score from 1 to 5")]
    [InlineData("name,interest,potential\nSanne,veel,3\n", "line 2: 'interest' must be a number")]
    [InlineData("name,interest,potential\nSanne,4\n", "line 2: 2 fields where the header has 3")]
    [InlineData("name,interest,potential\n", "has a header but no people")]
    public void Bad_csv_exits_3_naming_the_line(string content, string message)
    {
        var (code, _, stderr) = PopProcess.Run(null, "quadrant", "--input", Team(content));
        Assert.Equal(3, code);
        Assert.Contains(message, stderr);
        Assert.Single(stderr.TrimEnd('\n').Split('\n'));
    }
}
