namespace Pop.Cli.Tests;

using System;
using System.IO;
using System.Linq;
using System.Text.Json;
using Xunit;

public sealed class PlanCommandTests : IDisposable
{
    private readonly string directory = Directory.CreateTempSubdirectory("pop-plan-").FullName;

    public void Dispose() => Directory.Delete(directory, recursive: true);

    private string Example(string culture = "nl")
    {
        string path = Path.Combine(directory, $"plan.{culture}.json");
        var (code, _, stderr) = PopProcess.Run(null, "plan", "--example", "--culture", culture, "--out", path);
        Assert.Equal(0, code);
        Assert.Empty(stderr);
        return path;
    }

    [Fact]
    public void The_example_is_a_plan_document()
    {
        var (code, stdout, _) = PopProcess.Run(null, "plan", "--example");
        Assert.Equal(0, code);
        using var json = JsonDocument.Parse(stdout);
        Assert.Equal("pop.plan/2", json.RootElement.GetProperty("schema").GetString());
        Assert.Equal(2, json.RootElement.GetProperty("agreements").GetArrayLength());
        Assert.Equal(3, json.RootElement.GetProperty("activities").GetArrayLength());
    }

    [Fact]
    public void Markdown_has_every_section_of_the_full_plan()
    {
        var (code, stdout, stderr) = PopProcess.Run(null, "plan", Example(), "--as-of", "2027-05-03");
        Assert.Equal(0, code);
        Assert.Empty(stderr);
        foreach (var heading in new[] { "# Persoonlijk ontwikkelingsplan — Sanne de Vries", "## Ontwikkeldoelen", "## Ontwikkelactiviteiten", "## Voorgestelde oplossingen (E = K × A)", "## Afspraken", "## Tussentijdse checks", "## Assessmentuitslagen", "## Notities van de leidinggevende" })
        {
            Assert.Contains(heading + "\n", stdout, StringComparison.Ordinal);
        }

        Assert.Contains("60% — te laat |", stdout, StringComparison.Ordinal);   // due 30 April, 60% at the April check
        Assert.Contains("E-learning, meelopen en zelf instrueren ★", stdout, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("employee", "Werkdruk in april", "PLAN-V02")]
    [InlineData("hr", "rustig en precies", "PLAN-V03")]
    [InlineData("coach", "Werkdruk in april", "PLAN-V01")]
    public void A_role_sees_only_what_it_may_and_is_told_what_is_withheld(string role, string hidden, string code)
    {
        var result = PopProcess.Run(null, "plan", Example(), "--as", role, "--as-of", "2027-05-03");
        Assert.Equal(0, result.ExitCode);
        Assert.DoesNotContain(hidden, result.Stdout, StringComparison.Ordinal);
        Assert.Contains("## Niet in deze weergave", result.Stdout, StringComparison.Ordinal);
        Assert.Contains($"({code})", result.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Html_is_a_printable_page_with_balanced_tables()
    {
        string html = Path.Combine(directory, "plan.html");
        var (code, stdout, _) = PopProcess.Run(null, "plan", Example("en"), "--format", "html", "--culture", "en", "--out", html);
        Assert.Equal(0, code);
        Assert.Empty(stdout);
        string page = File.ReadAllText(html);
        Assert.StartsWith("<!DOCTYPE html>", page, StringComparison.Ordinal);
        Assert.Contains("<html lang=\"en\">", page, StringComparison.Ordinal);
        Assert.Contains("@page", page, StringComparison.Ordinal);
        Assert.Equal(Count(page, "<tr>"), Count(page, "</tr>"));
        Assert.Equal(Count(page, "<table>"), Count(page, "</table>"));
        Assert.Contains("Colleagues see her as calm", page, StringComparison.Ordinal);
        Assert.DoesNotContain("<script", page, StringComparison.Ordinal);
    }

    [Fact]
    public void Text_from_standard_input()
    {
        var (code, stdout, _) = PopProcess.Run(File.ReadAllText(Example()), "plan", "-", "--format", "text", "--as", "manager");
        Assert.Equal(0, code);
        Assert.Contains("• Vóór 1 mei 2027", stdout, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("nl")]
    [InlineData("en")]
    [InlineData("en-US")]
    public void The_reader_s_culture_does_not_change_the_SMART_verdict_of_a_Dutch_agreement(string culture)
    {
        // Issue #14: --culture en used to read the Dutch agreements as English and marked the first
        // one not Specific. The culture chooses the language of the page, not how its text is read.
        var (code, stdout, stderr) = PopProcess.Run(null, "plan", Example("nl"), "--format", "text", "--as-of", "2027-05-03", "--culture", culture, "--no-color");
        Assert.Equal(0, code);
        Assert.Empty(stderr);
        string[] marks = stdout.Split('\n').Where(l => l.Contains("SMART: ", StringComparison.Ordinal)).Select(l => l.Substring(l.IndexOf("SMART: ", StringComparison.Ordinal) + 7, 14)).ToArray();
        Assert.Equal(new[] { "S✓ M✓ A✓ R✓ T✓", "S✓ M✓ A✓ R✓ T✓" }, marks);
    }

    [Fact]
    public void The_agreements_can_be_read_in_a_language_the_caller_gives()
    {
        // Read as English, the Dutch agreement names no concrete English action: what the caller asked for.
        var (code, stdout, _) = PopProcess.Run(null, "plan", Example("nl"), "--format", "text", "--as-of", "2027-05-03", "--culture", "nl", "--text-language", "en", "--no-color");
        Assert.Equal(0, code);
        Assert.Contains("Akkoord: beiden · SMART: S✗ M✓ A✓ R✓ T✓", stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void A_plan_that_breaks_a_rule_exits_3_naming_the_json_path()
    {
        string json = File.ReadAllText(Example()).Replace("\"goalId\": \"g1\"", "\"goalId\": \"g9\"", StringComparison.Ordinal);
        var (code, _, stderr) = PopProcess.Run(json, "plan", "-");
        Assert.Equal(3, code);
        Assert.Contains("$.activities[0]", stderr, StringComparison.Ordinal);
        Assert.Single(stderr.Trim().Split('\n'));
    }

    [Theory]
    [InlineData("\\ud800", "$.agreements[0].what")]
    [InlineData("\\udfff\\ud800", "$.agreements[0].what")]
    public void A_lone_surrogate_exits_3_with_one_line_naming_the_path(string escape, string path)
    {
        string text = File.ReadAllText(Example());
        var node = System.Text.Json.Nodes.JsonNode.Parse(text)!;
        string what = node["agreements"]![0]!["what"]!.GetValue<string>();
        string json = text.Replace(System.Text.Json.JsonSerializer.Serialize(what, new System.Text.Json.JsonSerializerOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }), "\"" + escape + "\"", StringComparison.Ordinal);
        Assert.NotEqual(text, json);
        var (code, _, stderr) = PopProcess.Run(json, "plan", "-");
        Assert.Equal(3, code);
        Assert.Contains(path, stderr, StringComparison.Ordinal);
        Assert.Single(stderr.Trim().Split('\n'));
    }

    [Theory]
    [InlineData(new[] { "plan" }, 2, "Give one plan file")]
    [InlineData(new[] { "plan", "nope.json" }, 3, "does not exist")]
    [InlineData(new[] { "plan", "--example", "x.json" }, 2, "takes no FILE")]
    [InlineData(new[] { "plan", "-", "--as", "ceo" }, 2, "--as must be employee, manager, hr or coach")]
    public void Mistakes_are_one_line_with_what_to_fix(string[] args, int exit, string message)
    {
        var (code, _, stderr) = PopProcess.Run(args.Contains("-") ? File.ReadAllText(Example()) : null, args);
        Assert.Equal(exit, code);
        Assert.Contains(message, stderr, StringComparison.Ordinal);
    }

    private static int Count(string text, string part) => (text.Length - text.Replace(part, string.Empty, StringComparison.Ordinal).Length) / part.Length;
}
