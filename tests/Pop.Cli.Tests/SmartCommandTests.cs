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
        Assert.Equal("2027-03-15", lines[3].GetProperty("deadline").GetString());
    }

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
