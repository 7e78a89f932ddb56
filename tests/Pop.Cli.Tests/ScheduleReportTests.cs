namespace Pop.Cli.Tests;

using System;
using System.IO;
using System.Linq;
using System.Text.Json;
using Xunit;

public sealed class ScheduleReportTests
{
    // m1 reports to d; e1 and e2 report to m1; x1 is excused.
    private const string Tree = "employee_id,manager_id,excused\n" +
        "m1,d,\n" +
        "e1,m1,\n" +
        "e2,m1,\n" +
        "x1,m1,Ouderschapsverlof\n";

    private static string Temp(string extension, string? content = null)
    {
        string path = Path.Combine(Path.GetTempPath(), "pop-report-" + Guid.NewGuid().ToString("N") + extension);
        if (content is not null)
        {
            File.WriteAllText(path, content);
        }

        return path;
    }

    private static (int Code, string Stdout, string Stderr) Schedule(string start, string end, params string[] extra) =>
        PopProcess.Run(null, new[] { "schedule", "--employees", Temp(".csv", Tree), "--cycle-start", start, "--cycle-end", end, "--today", "2026-12-01", "--spreading", "early" }.Concat(extra).ToArray());

    [Fact]
    public void A_json_report_is_written_beside_the_plan()
    {
        string report = Temp(".json");
        var (code, stdout, _) = Schedule("2027-01-11", "2027-01-22", "--report", report);
        Assert.Equal(0, code);
        Assert.StartsWith("employee_id,manager_id,", stdout, StringComparison.Ordinal);

        var root = JsonDocument.Parse(File.ReadAllText(report)).RootElement;
        Assert.Equal("pop.cycle-report/1", root.GetProperty("schema").GetString());
        Assert.Equal(3, root.GetProperty("totals").GetProperty("planned").GetInt32());
        var m1 = root.GetProperty("managers").EnumerateArray().Single(m => m.GetProperty("managerId").GetString() == "m1");
        Assert.Equal(3, m1.GetProperty("busiestDay").GetProperty("load").GetInt32());
        Assert.Equal("Ouderschapsverlof", m1.GetProperty("excused")[0].GetProperty("reason").GetString());
    }

    [Fact]
    public void A_text_report_is_dutch_unless_the_culture_says_otherwise()
    {
        string nl = Temp(".txt");
        Assert.Equal(0, Schedule("2027-01-11", "2027-01-22", "--report", nl).Code);
        string text = File.ReadAllText(nl);
        Assert.StartsWith("Gesprekkencyclus van 11 januari 2027 tot en met 22 januari 2027.", text, StringComparison.Ordinal);
        Assert.Contains("11 januari 2027: 2 gesprekken, bezetting 3 van 4 (e1, e2; eigen gesprek met d)", text, StringComparison.Ordinal);

        string en = Temp(".txt");
        Assert.Equal(0, Schedule("2027-01-11", "2027-01-22", "--report", en, "--culture", "en").Code);
        Assert.Contains("3 conversations planned, 1 employee excused, 2 managers.", File.ReadAllText(en), StringComparison.Ordinal);
    }

    [Fact]
    public void A_dash_writes_the_report_to_standard_error()
    {
        var (code, stdout, stderr) = Schedule("2027-01-11", "2027-01-22", "--report", "-", "--culture", "en");
        Assert.Equal(0, code);
        Assert.DoesNotContain("Conversation cycle", stdout, StringComparison.Ordinal);
        Assert.Contains("Conversation cycle from 11 January 2027 to 22 January 2027.", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void A_window_that_cannot_hold_a_team_still_writes_the_report_with_the_shortfall_and_exits_1()
    {
        string report = Temp(".json");
        string text = Temp(".txt");
        var (code, _, stderr) = Schedule("2027-01-11", "2027-01-11", "--report", report, "--capacity", "1");
        Assert.Equal(1, code);
        Assert.Contains("cannot hold", stderr, StringComparison.Ordinal);
        var root = JsonDocument.Parse(File.ReadAllText(report)).RootElement;
        Assert.False(root.GetProperty("feasible").GetBoolean());
        Assert.Equal("2027-01-11", root.GetProperty("window").GetProperty("start").GetString());
        Assert.True(root.GetProperty("shortfalls").GetArrayLength() >= 1);

        Assert.Equal(1, Schedule("2027-01-11", "2027-01-11", "--report", text, "--capacity", "1").Code);
        Assert.Contains("Er is niets gepland", File.ReadAllText(text), StringComparison.Ordinal);
    }

    [Fact]
    public void A_wrong_culture_is_a_usage_error()
    {
        var (code, _, stderr) = Schedule("2027-01-11", "2027-01-22", "--report", "-", "--culture", "fr");
        Assert.Equal(2, code);
        Assert.Contains("--culture", stderr, StringComparison.Ordinal);
    }
}
