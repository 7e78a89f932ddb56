namespace Pop.Cli.Tests;

using System;
using System.IO;
using System.Linq;
using Xunit;

public sealed class ConversationCommandTests
{
    private static string Repo(string relative)
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Pop.Core.sln")))
        {
            dir = dir.Parent;
        }

        return Path.Combine(dir!.FullName, relative);
    }

    [Theory]
    [InlineData("nl", "samples/Pop.Cli/conversation.nl.pop", "**E-learning, meelopen en zelf instrueren** — voor: eigen tempo; leert het door het uit te leggen — tegen: minder begeleiding")]
    [InlineData("en", "samples/Pop.Cli/conversation.en.pop", "**Classroom course at the supplier** — for: expert trainer — against: expensive; two days away")]
    public void A_script_records_the_options_explored_per_need_with_pros_and_cons(string culture, string script, string option)
    {
        var (code, stdout, stderr) = PopProcess.Run(null, "conversation", "--culture", culture, "--script", Repo(script));
        Assert.Equal(0, code);
        Assert.Equal(string.Empty, stderr);
        Assert.Contains(option, stdout);
    }

    [Fact]
    public void A_closed_script_becomes_a_plan_without_drift_that_pop_plan_reads()
    {
        string plan = Path.Combine(Path.GetTempPath(), $"pop-plan-{Guid.NewGuid():N}.json");
        try
        {
            var (code, stdout, stderr) = PopProcess.Run(null, "conversation", "--script", Repo("samples/Pop.Cli/conversation.nl.pop"), "--out", Path.ChangeExtension(plan, ".md"), "--plan-json", plan, "--department", "Logistiek");
            Assert.Equal(0, code);
            Assert.Equal(string.Empty, stderr);
            Assert.Contains("Plan en gesprek komen overeen: geen verschillen.", stdout);
            string json = File.ReadAllText(plan);
            Assert.Contains("\"schema\": \"pop.plan/2\"", json);
            Assert.Contains("\"employeeStage\"", json);

            var (read, page, _) = PopProcess.Run(null, "plan", plan, "--as-of", "2027-05-03", "--as", "hr");
            Assert.Equal(0, read);
            Assert.Contains("Afdeling: Logistiek", page);
            Assert.Contains("Ontwikkelbehoeften en ontwikkelfase", page);   // withheld from HR, and said so
        }
        finally
        {
            File.Delete(plan);
            File.Delete(Path.ChangeExtension(plan, ".md"));
        }
    }

    [Fact]
    public void A_plan_needs_a_closed_conversation()
    {
        var (code, _, stderr) = PopProcess.Run("employee: Sanne\nstart\n", "conversation", "--culture", "en", "--plan-json", Path.Combine(Path.GetTempPath(), "never.json"));
        Assert.NotEqual(0, code);
        Assert.Contains("only a closed conversation becomes a plan", stderr);
    }

    [Fact]
    public void An_option_for_a_need_that_is_not_there_is_refused_with_the_usage()
    {
        var (code, stdout, _) = PopProcess.Run("employee: Sanne\nstart\nnext\nnext\nneed employee: Plannen\nnext\nnext\noption 2: Cursus\n", "conversation", "--culture", "en");
        Assert.Equal(0, code);
        Assert.Contains("option: expected 'option N: OPTION | PRO; PRO | CON; CON' with N from 1 to 1", stdout);
    }

    [Theory]
    [InlineData("nl", "samples/Pop.Cli/conversation.nl.pop", "## Afspraken")]
    [InlineData("en", "samples/Pop.Cli/conversation.en.pop", "## Agreements")]
    public void A_script_walks_the_model_and_writes_the_plan_and_the_json(string culture, string script, string heading)
    {
        string json = Path.Combine(Path.GetTempPath(), "pop-conv-" + Guid.NewGuid().ToString("N") + ".json");
        var (code, stdout, stderr) = PopProcess.Run(null, "conversation", "--culture", culture, "--script", Repo(script), "--json", json);
        Assert.Equal(0, code);
        Assert.Equal(string.Empty, stderr);
        Assert.Contains("8/8", stdout);
        Assert.Contains(heading, stdout);
        Assert.Contains("CONV-G01", stdout);
        Assert.Contains("\"schema\":\"pop.conversation/2\"", File.ReadAllText(json));
    }

    [Theory]
    [InlineData(new[] { "--culture", "nl" }, "S✓ M✓ A✓ R✓ T✓")]
    [InlineData(new[] { "--culture", "en" }, "S✓ M✓ A✓ R✓ T✓")]
    [InlineData(new[] { "--culture", "en", "--text-language", "nl" }, "S✓ M✓ A✓ R✓ T✓")]
    [InlineData(new[] { "--culture", "nl", "--text-language", "en" }, "S✗ M✓ A✓ R✓ T✓")]
    public void The_culture_is_the_plan_s_language_and_the_agreements_are_read_in_their_own(string[] options, string marks)
    {
        // Issue #14: the Dutch script's agreements were read as English when the plan was in English.
        var (code, stdout, stderr) = PopProcess.Run(null, new[] { "conversation", "--script", Repo("samples/Pop.Cli/conversation.nl.pop") }.Concat(options).ToArray());
        Assert.Equal(0, code);
        Assert.Equal(string.Empty, stderr);
        string sanne = stdout.Split('\n').Single(l => l.StartsWith("| Sanne | Vóór 1 mei 2027", StringComparison.Ordinal));
        Assert.EndsWith($"| {marks} |", sanne, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("nl", "samples/Pop.Cli/conversation.nl.pop", "Ontwikkelfase  medewerker: senior, leidinggevende: vakvolwassen", "Bespreek dat verschil eerst")]
    [InlineData("en", "samples/Pop.Cli/conversation.en.pop", "Development stage  employee: senior, manager: fully competent", "Discuss that difference first")]
    public void Both_parties_give_the_stage_and_the_script_shows_how_their_views_compare(string culture, string script, string views, string advice)
    {
        // Issue #15: the employee gives their own development stage beside the manager's.
        var (code, stdout, stderr) = PopProcess.Run(null, "conversation", "--culture", culture, "--script", Repo(script));
        Assert.Equal(0, code);
        Assert.Equal(string.Empty, stderr);
        Assert.Contains(views, stdout);
        Assert.Contains(advice, stdout);
    }

    [Fact]
    public void The_preparation_questions_and_a_stage_that_does_not_exist()
    {
        var (code, stdout, _) = PopProcess.Run("questions employee\nstage employee: expert\n", "conversation", "--culture", "en");
        Assert.Equal(0, code);
        Assert.Contains("What are your strengths", stdout);
        Assert.Contains("stage: expected junior, vakvolwassen (fully competent) or senior, got 'expert'.", stdout);
    }

    [Fact]
    public void A_rule_broken_in_a_script_stops_it_with_the_line_and_the_rule()
    {
        string script = Path.Combine(Path.GetTempPath(), "pop-bad-" + Guid.NewGuid().ToString("N") + ".pop");
        File.WriteAllText(script, "employee: Sanne\nstart\nnext\nnext\nneed employee: Plannen\nnext\nnext\nagreement Sanne 2027-05-01: Rondt de cursus af\n");
        var (code, _, stderr) = PopProcess.Run(null, "conversation", "--script", script);
        Assert.Equal(1, code);
        Assert.Contains("line 8: CONV-R01", stderr);
    }

    [Fact]
    public void Each_previous_agreement_gets_a_verdict_and_the_plan_lists_them()
    {
        string script = Path.Combine(Path.GetTempPath(), "pop-verdict-" + Guid.NewGuid().ToString("N") + ".pop");
        File.WriteAllText(script, "employee: Sanne\nprevious: Cursus Excel afronden\nprevious: Teamoverleg voorzitten\nstart\nverdict 1 achieved\nverdict 2 partly: twee keer gedaan\nnext\nstate: Goed jaar.\n");
        var (code, stdout, stderr) = PopProcess.Run(null, "conversation", "--script", script);
        Assert.True(code == 0, stderr);
        Assert.Contains("- Cursus Excel afronden: behaald", stdout);
        Assert.Contains("- Teamoverleg voorzitten: deels behaald (twee keer gedaan)", stdout);

        File.WriteAllText(script, "employee: Sanne\nprevious: Cursus Excel afronden\nstart\nverdict 3 achieved\n");
        (code, _, stderr) = PopProcess.Run(null, "conversation", "--script", script);
        Assert.Equal(1, code);
        Assert.Contains("line 4: CONV-R09", stderr);
    }

    [Fact]
    public void Interactive_commands_come_from_standard_input()
    {
        var (code, stdout, _) = PopProcess.Run("employee: Sanne\nstart\nguide\nfrobnicate\n", "conversation", "--model", "five-steps", "--culture", "en");
        Assert.Equal(0, code);
        Assert.Contains("1/5 Prepare", stdout);
        Assert.Contains("Unknown command 'frobnicate'", stdout);
    }
}
