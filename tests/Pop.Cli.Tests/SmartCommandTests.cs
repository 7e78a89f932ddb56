namespace Pop.Cli.Tests;

using System;
using System.IO;
using System.Linq;
using System.Text.Json;
using Xunit;

public sealed class SmartCommandTests
{
    private const string Goals = "Vóór eind Q2 rond ik de cursus Excel Gevorderd af.\nIk wil beter samenwerken.\n\nWithin two months, shadow three shifts.\n";

    [Fact]
    public void Json_writes_one_object_per_input_line_in_order()
    {
        var (code, stdout, stderr) = PopProcess.Run(Goals, "smart", "--format", "json", "--reference-date", "2027-01-15", "-");
        Assert.Equal(0, code);
        Assert.Equal(string.Empty, stderr);
        var lines = stdout.Split('\n').Where(l => l.Length > 0).Select(l => JsonDocument.Parse(l).RootElement).ToArray();
        Assert.Equal(4, lines.Length);
        Assert.Equal("Vóór eind Q2 rond ik de cursus Excel Gevorderd af.", lines[0].GetProperty("text").GetString());
        Assert.Equal("nl", lines[0].GetProperty("culture").GetString());
        Assert.Equal("nl", lines[0].GetProperty("language").GetString());
        Assert.Equal("2027-06-30", lines[0].GetProperty("deadline").GetString());
        Assert.Equal("Before", lines[0].GetProperty("deadlineExpression").GetProperty("modifier").GetString());
        foreach (var key in new[] { "specific", "measurable", "acceptable", "realistic", "timeBound" })
        {
            Assert.True(lines[0].GetProperty("criteria").TryGetProperty(key, out _), key);
        }

        Assert.True(lines[0].GetProperty("criteria").GetProperty("specific").GetProperty("met").GetBoolean());
        Assert.Equal(JsonValueKind.Null, lines[0].GetProperty("criteria").GetProperty("acceptable").GetProperty("met").ValueKind);
        Assert.False(lines[1].GetProperty("criteria").GetProperty("specific").GetProperty("met").GetBoolean());
        Assert.Equal(JsonValueKind.Null, lines[1].GetProperty("deadline").ValueKind);
        Assert.Contains(lines[1].GetProperty("findings").EnumerateArray(), f => f.GetProperty("code").GetString() == "SMART-M02");
        Assert.Equal(string.Empty, lines[2].GetProperty("text").GetString());
        Assert.Equal("en", lines[3].GetProperty("culture").GetString());
        Assert.Equal("en", lines[3].GetProperty("language").GetString());
        Assert.Equal("2027-03-15", lines[3].GetProperty("deadline").GetString());
    }

    [Theory]
    [InlineData("en")]
    [InlineData("en-US")]
    [InlineData("nl")]
    public void The_culture_chooses_the_messages_and_not_how_the_goals_are_read(string culture)
    {
        var auto = Json(Run(Goals));
        var given = Json(Run(Goals, "--culture", culture));
        Assert.Equal(auto.Length, given.Length);
        for (int i = 0; i < auto.Length; i++)
        {
            Assert.Equal(culture, given[i].GetProperty("culture").GetString());
            Assert.Equal(auto[i].GetProperty("language").GetString(), given[i].GetProperty("language").GetString());
            Assert.Equal(auto[i].GetProperty("deadline").ToString(), given[i].GetProperty("deadline").ToString());
            Assert.Equal(auto[i].GetProperty("criteria").ToString(), given[i].GetProperty("criteria").ToString());
            Assert.Equal(Codes(auto[i]), Codes(given[i]));
        }

        string message = given[1].GetProperty("findings")[0].GetProperty("message").GetString()!;
        Assert.Equal(culture == "nl", message == auto[1].GetProperty("findings")[0].GetProperty("message").GetString());
    }

    [Fact]
    public void The_text_language_is_the_caller_s_to_give()
    {
        const string goal = "Vóór 1 mei 2027 rond ik de cursus Veilig Heffen af.\n";
        var detected = Json(Run(goal)).Single();
        Assert.Equal("nl", detected.GetProperty("language").GetString());
        Assert.Equal("2027-05-01", detected.GetProperty("deadline").GetString());

        var asDutch = Json(Run(goal, "--text-language", "nl")).Single();
        Assert.Equal(detected.ToString(), asDutch.ToString());

        var asEnglish = Json(Run(goal, "--text-language", "en", "--culture", "nl")).Single();
        Assert.Equal("en", asEnglish.GetProperty("language").GetString());
        Assert.Equal("nl", asEnglish.GetProperty("culture").GetString());
        Assert.Equal(JsonValueKind.Null, asEnglish.GetProperty("deadline").ValueKind); // "mei" is no English month
    }

    [Theory]
    [InlineData(new string[0], "2027-03-04")]
    [InlineData(new[] { "--date-order", "day-first" }, "2027-03-04")]
    [InlineData(new[] { "--culture", "en-US" }, "2027-03-04")]
    [InlineData(new[] { "--date-order", "month-first" }, "2027-04-03")]
    [InlineData(new[] { "--date-order", "month-first", "--culture", "nl" }, "2027-04-03")]
    public void Numeric_dates_are_read_in_the_date_order_asked_for(string[] options, string deadline)
    {
        var line = Json(Run("Submit the plan by 04/03/2027.\n", options)).Single();
        Assert.Equal(deadline, line.GetProperty("deadline").GetString());
    }

    private static (int ExitCode, string Stdout, string Stderr) Run(string input, params string[] options) =>
        PopProcess.Run(input, new[] { "smart", "--format", "json", "--reference-date", "2027-01-15", "-" }.Concat(options).ToArray());

    private static JsonElement[] Json((int ExitCode, string Stdout, string Stderr) run)
    {
        Assert.Equal(0, run.ExitCode);
        Assert.Equal(string.Empty, run.Stderr);
        return run.Stdout.Split('\n').Where(l => l.Length > 0).Select(l => JsonDocument.Parse(l).RootElement).ToArray();
    }

    private static string Codes(JsonElement line) =>
        string.Join(",", line.GetProperty("findings").EnumerateArray().Select(f => f.GetProperty("code").GetString() + (f.TryGetProperty("span", out var span) ? span.ToString() : "-")));

    [Fact]
    public void Many_lines_keep_their_order()
    {
        string input = string.Concat(Enumerable.Range(1, 3000).Select(i => $"Binnen {(i % 40) + 1} dagen rond ik taak {i} af.\n"));
        var (code, stdout, _) = PopProcess.Run(input, "smart", "--format", "json", "--reference-date", "2027-01-15");
        Assert.Equal(0, code);
        var texts = stdout.Split('\n').Where(l => l.Length > 0).Select(l => JsonDocument.Parse(l).RootElement.GetProperty("text").GetString()).ToArray();
        Assert.Equal(3000, texts.Length);
        Assert.Equal(input.Split('\n').Where(l => l.Length > 0), texts);
    }

    [Fact]
    public void Text_format_shows_ticks_and_suggestions()
    {
        var (code, stdout, _) = PopProcess.Run("Ik wil beter worden in mijn werk.\n", "smart", "--reference-date", "2027-01-15");
        Assert.Equal(0, code);
        Assert.Contains("✗ Specifiek", stdout);
        Assert.Contains("→", stdout);
        Assert.DoesNotContain("\u001b[", stdout);
    }

    [Fact]
    public void Strict_fails_when_a_goal_is_not_smart()
    {
        Assert.Equal(1, PopProcess.Run("Ik wil beter worden.\n", "smart", "--strict").ExitCode);
        Assert.Equal(0, PopProcess.Run("Uiterlijk 1 juni 2030 rond ik de cursus Excel Gevorderd af.\n", "smart", "--strict").ExitCode);
    }

    [Theory]
    [InlineData("--reference-date", "15-01-2027", "--reference-date must be a date as YYYY-MM-DD")]
    [InlineData("--culture", "de", "--culture must be")]
    [InlineData("--text-language", "de", "--text-language must be one of nl, en, auto")]
    [InlineData("--date-order", "year-first", "--date-order must be one of day-first, month-first")]
    [InlineData("--format", "xml", "--format must be one of text, json")]
    [InlineData("--zone", "Mars/Olympus", "--zone must be an IANA time zone")]
    [InlineData("--frobnicate", "1", "Unknown option --frobnicate")]
    public void Usage_mistakes_exit_2_with_one_line_on_stderr(string option, string value, string message)
    {
        var (code, stdout, stderr) = PopProcess.Run("x\n", "smart", option, value);
        Assert.Equal(2, code);
        Assert.Equal(string.Empty, stdout);
        Assert.StartsWith("pop: ", stderr);
        Assert.Contains(message, stderr);
        Assert.Single(stderr.TrimEnd('\n').Split('\n'));
    }

    [Fact]
    public void A_missing_file_exits_3()
    {
        var (code, _, stderr) = PopProcess.Run(null, "smart", Path.Combine(Path.GetTempPath(), "no-such-goals.txt"));
        Assert.Equal(3, code);
        Assert.Contains("does not exist", stderr);
    }

    [Fact]
    public void Help_and_unknown_commands()
    {
        var help = PopProcess.Run(null, "--help");
        Assert.Equal(0, help.ExitCode);
        Assert.Contains("smart", help.Stdout);
        Assert.Equal(0, PopProcess.Run(null, "smart", "--help").ExitCode);
        var unknown = PopProcess.Run(null, "frobnicate");
        Assert.Equal(2, unknown.ExitCode);
        Assert.Contains("Unknown command 'frobnicate'", unknown.Stderr);
    }

    [Fact]
    public void A_reference_date_past_2999_is_one_line_and_exit_2()
    {
        var (code, _, stderr) = PopProcess.Run("In Q4 haal ik het certificaat.\n", "smart", "--reference-date", "9999-12-31");
        Assert.Equal(2, code);
        Assert.Contains("--reference-date", stderr, StringComparison.Ordinal);
        Assert.Single(stderr.Trim().Split('\n'));
    }
}
