namespace Pop.Cli.Tests;

using System;
using System.IO;
using System.Linq;
using System.Text.Json;
using Xunit;

public sealed class ScheduleCommandTests
{
    private static string Csv(string content)
    {
        string path = Path.Combine(Path.GetTempPath(), "pop-org-" + Guid.NewGuid().ToString("N") + ".csv");
        File.WriteAllText(path, content);
        return path;
    }

    private const string Org = "employee_id,manager_id,name,time_zone,unavailable,excused\n" +
        "a,m1,Anna,,2027-02-01..2027-02-05,\n" +
        "b,m1,\"Bakker, Bas\",Europe/London,,\n" +
        "c,m1,Cem,,,\n" +
        "d,m2,Dewi,,2027-02-08..2027-02-12;2027-02-15..2027-02-16,\n" +
        "e,m2,Eva,,,Ouderschapsverlof\n";

    private static string[] Run(params string[] extra)
    {
        var args = new[] { "schedule", "--employees", Csv(Org), "--cycle-start", "2027-02-01", "--cycle-end", "2027-02-26", "--today", "2027-01-04" }.Concat(extra).ToArray();
        var (code, stdout, stderr) = PopProcess.Run(null, args);
        Assert.Equal(0, code);
        Assert.Contains("1 excused: e (Ouderschapsverlof)", stderr);
        return stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries);
    }

    [Fact]
    public void Csv_has_exactly_the_documented_columns_and_one_row_per_employee()
    {
        var lines = Run();
        Assert.Equal("employee_id,manager_id,announce_on,talking_points_due,conversation_start,conversation_end,follow_up_on,interim_check_on,next_conversation_on", lines[0]);
        Assert.Equal(5, lines.Length);
        var b = lines.Single(l => l.StartsWith("b,", StringComparison.Ordinal)).Split(',');
        Assert.Matches(@"^2027-02-\d\dT\d\d:00:00\+00:00$", b[4]);
        var a = lines.Single(l => l.StartsWith("a,", StringComparison.Ordinal)).Split(',');
        Assert.Matches(@"^2027-02-\d\dT\d\d:00:00\+01:00$", a[4]);
        Assert.True(string.CompareOrdinal(a[4], "2027-02-08") > 0, "a is away in the first week");
        foreach (var row in lines.Skip(1).Select(l => l.Split(',')))
        {
            Assert.Matches(@"^\d{4}-\d\d-\d\d$", row[2]);
            Assert.True(string.CompareOrdinal(row[2], row[3]) < 0, "announced before talking points are due");
            Assert.True(string.CompareOrdinal(row[3], row[4]) < 0, "talking points before the conversation");
        }
    }

    [Fact]
    public void Json_lists_conversations_and_the_excused()
    {
        var json = JsonDocument.Parse(string.Join("\n", Run("--format", "json"))).RootElement;
        Assert.Equal(4, json.GetProperty("conversations").GetArrayLength());
        Assert.Equal("Ouderschapsverlof", json.GetProperty("excused")[0].GetProperty("reason").GetString());
        Assert.Equal("Europe/London", json.GetProperty("conversations").EnumerateArray().Single(c => c.GetProperty("employeeId").GetString() == "b").GetProperty("timeZone").GetString());
    }

    [Fact]
    public void Ics_is_a_calendar_with_conversation_follow_up_and_interim_check_per_employee()
    {
        var ics = string.Join("\n", Run("--format", "ics"));
        Assert.StartsWith("BEGIN:VCALENDAR", ics);
        Assert.Contains("END:VCALENDAR", ics);
        Assert.Equal(12, ics.Split('\n').Count(l => l.TrimEnd('\r') == "BEGIN:VEVENT"));
        Assert.Contains("SUMMARY:POP-gesprek Anna", ics);
        Assert.DoesNotContain("ATTENDEE", ics); // nobody in this CSV has an address, and none is invented
    }

    [Fact]
    public void An_infeasible_window_exits_1_naming_each_manager()
    {
        var (code, stdout, stderr) = PopProcess.Run(null, "schedule", "--employees", Csv(Org), "--cycle-start", "2027-02-01", "--cycle-end", "2027-02-01", "--today", "2027-01-04", "--capacity", "1");
        Assert.Equal(1, code);
        Assert.Equal(string.Empty, stdout);
        Assert.Contains("manager m1: 3 conversations, room for 1", stderr);
        Assert.Matches("2 short: (a, [bc]|[bc], a|b, c|c, b)", stderr); // the people left out are named
        Assert.Contains("nothing was planned", stderr);
    }

    [Theory]
    [InlineData("employee_id,manager_id,unavailable\na,m,2027-02-05..2027-02-01\n", "ends before it starts")]
    [InlineData("employee_id,manager_id,unavailable\na,m,soon\n", "is not a range as YYYY-MM-DD..YYYY-MM-DD")]
    [InlineData("employee_id,manager_id,time_zone\na,m,Mars/Base\n", "'Mars/Base' is not an IANA time zone")]
    [InlineData("employee_id,manager_id\na,m\na,m\n", "employee_id 'a' occurs twice")]
    [InlineData("employee_id,manager_id\na,a\n", "cannot be their own manager")]
    [InlineData("employee,manager\na,m\n", "no column 'employee_id'")]
    [InlineData("employee_id,manager_id,email\na,m,anna@example.nl\nb,m,Bas <bas@example.nl>\n", "line 3: email 'Bas <bas@example.nl>' is not an e-mail address")]
    [InlineData("employee_id,manager_id,email\na,m,anna@@example.nl\n", "line 2: email 'anna@@example.nl' is not an e-mail address")]
    [InlineData("employee_id,manager_id,email\na,m,anna@localhost\n", "line 2: email 'anna@localhost' is not an e-mail address")]
    [InlineData("employee_id,manager_id,email\na,m,x@example.nl\nb,m,X@Example.nl\n", "line 3: email 'X@Example.nl' is already the address of 'a'")]
    public void Bad_input_exits_3_naming_line_and_value(string content, string message)
    {
        var (code, _, stderr) = PopProcess.Run(null, "schedule", "--employees", Csv(content), "--cycle-start", "2027-02-01", "--cycle-end", "2027-02-26", "--today", "2027-01-04");
        Assert.Equal(3, code);
        Assert.Contains(message, stderr);
        Assert.Single(stderr.TrimEnd('\n').Split('\n'));
    }

    [Fact]
    public void Options_are_checked()
    {
        Assert.Contains("--cycle-start is required", PopProcess.Run(null, "schedule", "--employees", Csv(Org), "--cycle-end", "2027-02-26").Stderr);
        Assert.Contains("lies before --cycle-start", PopProcess.Run(null, "schedule", "--employees", Csv(Org), "--cycle-start", "2027-02-26", "--cycle-end", "2027-02-01").Stderr);
        Assert.Equal(2, PopProcess.Run(null, "schedule", "--employees", Csv(Org), "--cycle-start", "2027-02-01", "--cycle-end", "2027-02-26", "--capacity", "0").ExitCode);
    }

    [Theory]
    [InlineData("0001-01-01", "9999-12-31", "2026-12-01", "--cycle-start", "1900-01-01 to 2999-12-31")]
    [InlineData("2027-01-11", "9999-12-31", "2026-12-01", "--cycle-end", "1900-01-01 to 2999-12-31")]
    [InlineData("1899-12-31", "1900-01-31", "1899-12-01", "--cycle-start", "1900-01-01 to 2999-12-31")]
    [InlineData("2027-01-11", "2030-01-11", "2026-12-01", "--cycle-end", "at most 731 days")]
    [InlineData("2027-01-11", "2027-02-26", "9999-12-25", "--today", "1900-01-01 to 2999-12-31")]
    public void An_absurd_cycle_range_exits_2_with_one_line_naming_the_option_and_the_allowed_range(string start, string end, string today, string option, string allowed)
    {
        var (code, stdout, stderr) = PopProcess.Run(null, "schedule", "--employees", Csv(Org), "--cycle-start", start, "--cycle-end", end, "--today", today);
        Assert.Equal(2, code);
        Assert.Equal(string.Empty, stdout);
        Assert.Single(stderr.TrimEnd('\n').Split('\n'));
        Assert.StartsWith("pop: " + option, stderr, StringComparison.Ordinal);
        Assert.Contains(allowed, stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void A_cycle_of_exactly_731_days_is_allowed()
    {
        var (code, _, stderr) = PopProcess.Run(null, "schedule", "--employees", Csv(Org), "--cycle-start", "2027-01-11", "--cycle-end", "2029-01-10", "--today", "2026-12-01");
        Assert.True(code == 0, stderr);
    }

    [Fact]
    public void Csv_cells_that_a_spreadsheet_would_run_as_a_formula_start_with_an_apostrophe()
    {
        string org = "employee_id,manager_id\n" +
            "\"=HYPERLINK(\"\"http://x\"\")\",@SUM(A1)\n" +
            "+1,-2+3\n" +
            "-5,=1+1\n" +
            "plain,m-1\n";
        var (code, stdout, stderr) = PopProcess.Run(null, "schedule", "--employees", Csv(org), "--cycle-start", "2027-02-01", "--cycle-end", "2027-02-26", "--today", "2027-01-04");
        Assert.True(code == 0, stderr);
        var rows = stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries).Skip(1).Select(l => l.Substring(0, l.IndexOf(",20", StringComparison.Ordinal))).OrderBy(l => l, StringComparer.Ordinal).ToArray();
        Assert.Equal(
            new[]
            {
                "\"'=HYPERLINK(\"\"http://x\"\")\",'@SUM(A1)",
                "'+1,'-2+3",
                "-5,'=1+1",
                "plain,m-1",
            }.OrderBy(l => l, StringComparer.Ordinal).ToArray(),
            rows);
    }
}
