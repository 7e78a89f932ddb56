namespace Pop.Cli.Tests;

using System;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;
using Xunit;

/// <summary>The CSV every command reads (pop schedule --employees, pop quadrant --input): RFC 4180, UTF-8, one header.</summary>
public sealed class CsvInputTests
{
    private static string File(byte[] content)
    {
        string path = Path.Combine(Path.GetTempPath(), "pop-csv-" + Guid.NewGuid().ToString("N") + ".csv");
        System.IO.File.WriteAllBytes(path, content);
        return path;
    }

    private static string File(string content) => File(new UTF8Encoding(false).GetBytes(content));

    private static (int ExitCode, string Stdout, string Stderr) Schedule(string path, params string[] extra) =>
        PopProcess.Run(null, new[] { "schedule", "--employees", path, "--cycle-start", "2027-02-01", "--cycle-end", "2027-02-26", "--today", "2027-01-04" }.Concat(extra).ToArray());

    private static (int ExitCode, string Stdout, string Stderr) Quadrant(string path) =>
        PopProcess.Run(null, "quadrant", "--input", path, "--format", "json");

    private static void OneLineError(int expectedCode, (int ExitCode, string Stdout, string Stderr) run, params string[] parts)
    {
        Assert.Equal(expectedCode, run.ExitCode);
        Assert.Single(run.Stderr.TrimEnd('\n').Split('\n'));
        Assert.DoesNotContain("   at ", run.Stderr, StringComparison.Ordinal);
        foreach (var part in parts)
        {
            Assert.Contains(part, run.Stderr, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void A_value_echoed_in_an_error_cannot_break_the_line_or_reach_the_terminal_as_a_control_sequence()
    {
        // A duplicated id with a quoted line break and an escape sequence, and a very long one.
        string hostile = "\"a\u001b[31m\r\nb\u2028c\"";
        var run = Schedule(File($"employee_id,manager_id\n{hostile},m\n{hostile},m\n"));
        OneLineError(3, run, "occurs twice");
        Assert.DoesNotContain("\u001b", run.Stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("\u2028", run.Stderr, StringComparison.Ordinal);

        string longId = new string('x', 100_000);
        var tooLong = Schedule(File($"employee_id,manager_id\n{longId},m\n{longId},m\n"));
        OneLineError(3, tooLong, "occurs twice");
        Assert.True(tooLong.Stderr.Length < 2_000, $"an error line of {tooLong.Stderr.Length} characters");
    }

    [Theory]
    [InlineData("employee_id,manager_id,name,Name\na,m,Anna,Bo\n", "'Name'", "columns 3 and 4")]
    [InlineData("employee_id,manager_id, EMPLOYEE_ID \na,m,b\n", "'EMPLOYEE_ID'", "columns 1 and 3")]
    public void A_header_that_names_a_column_twice_is_refused_naming_it_and_both_positions(string content, string column, string positions) =>
        OneLineError(3, Schedule(File(content)), "line 1", column, positions, "twice");

    [Fact]
    public void A_duplicate_header_column_is_refused_by_pop_quadrant_too() =>
        OneLineError(3, Quadrant(File("name,interest,potential,Potential\nSanne,4,4,1\n")), "'Potential'", "columns 3 and 4");

    [Theory]
    [InlineData("\n")]
    [InlineData("\r\n")]
    public void A_quoted_field_may_span_lines_and_keeps_its_line_break(string newline)
    {
        var (code, stdout, stderr) = Quadrant(File($"name,interest,potential\r\n\"Sanne{newline}de Vries\",4,4\r\n\"Joost \"\"JB\"\", Bakker\",2,2\r\n"));
        Assert.True(code == 0, stderr);
        var names = JsonDocument.Parse(stdout).RootElement.EnumerateArray().Select(p => p.GetProperty("name").GetString()).ToArray();
        Assert.Equal(new[] { "Joost \"JB\", Bakker", $"Sanne{newline}de Vries" }, names.OrderBy(n => n, StringComparer.Ordinal).ToArray());
    }

    [Fact]
    public void After_a_record_that_spans_lines_errors_name_the_physical_line_where_the_record_starts()
    {
        string content = "employee_id,manager_id,name,time_zone\n" + // line 1
            "a,m,\"Anna\nvan\nDijk\",\n" + // lines 2-4
            "b,m,Bo,Mars/Base\n"; // line 5
        OneLineError(3, Schedule(File(content)), "line 5:", "'Mars/Base'");
    }

    [Fact]
    public void An_error_in_a_record_that_spans_lines_names_its_first_line()
    {
        string content = "employee_id,manager_id,name,time_zone\n" + // line 1
            "a,m,Anna,\n" + // line 2
            "b,m,\"Bo\r\nBakker\",Mars/Base\n"; // lines 3-4
        OneLineError(3, Schedule(File(content)), "line 3:", "'Mars/Base'");
    }

    [Fact]
    public void A_record_that_spans_lines_is_one_record_in_the_plan()
    {
        var (code, stdout, stderr) = Schedule(File("employee_id,manager_id,name\na,m,\"Anna\nvan Dijk\"\nb,m,Bo\n"));
        Assert.True(code == 0, stderr);
        var lines = stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(3, lines.Length);
    }

    [Fact]
    public void A_quote_left_open_at_the_end_of_the_file_is_refused_naming_the_line_where_it_opens() =>
        OneLineError(3, Schedule(File("employee_id,manager_id,name\na,m,Anna\nb,m,\"Bo\nc,m,Cem\n")), "line 3:", "not closed", "end of the file");

    [Fact]
    public void Latin1_input_is_refused_with_line_byte_offset_and_what_to_do()
    {
        // "René" saved as Latin-1: é is the single byte 0xE9, which is not UTF-8.
        byte[] header = Encoding.ASCII.GetBytes("employee_id,manager_id,name\na,m,Anna\nb,m,Ren");
        byte[] content = header.Concat(new byte[] { 0xE9 }).Concat(Encoding.ASCII.GetBytes("\n")).ToArray();
        OneLineError(3, Schedule(File(content)), "line 3", $"byte {header.Length}", "0xE9", "not UTF-8", "save it as UTF-8");
    }

    [Fact]
    public void Latin1_input_is_refused_by_pop_quadrant_too()
    {
        byte[] content = Encoding.ASCII.GetBytes("name,interest,potential\nRen").Concat(new byte[] { 0xE9 }).Concat(Encoding.ASCII.GetBytes(",4,4\n")).ToArray();
        OneLineError(3, Quadrant(File(content)), "line 2", "not UTF-8");
    }

    [Fact]
    public void A_utf8_byte_order_mark_is_accepted_and_utf8_names_are_kept()
    {
        byte[] content = new byte[] { 0xEF, 0xBB, 0xBF }.Concat(new UTF8Encoding(false).GetBytes("name,interest,potential\nRené,4,4\n")).ToArray();
        var (code, stdout, stderr) = Quadrant(File(content));
        Assert.True(code == 0, stderr);
        Assert.Equal("René", JsonDocument.Parse(stdout).RootElement[0].GetProperty("name").GetString());
    }

    [Fact]
    public void Text_after_a_closing_quote_is_refused_naming_the_line() =>
        OneLineError(3, Schedule(File("employee_id,manager_id,name\na,m,\"Anna\"x\n")), "line 2:", "after the closing quote");
}
