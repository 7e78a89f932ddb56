namespace Pop.Cli.Tests;

using System;
using System.IO;
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
        Assert.Contains("\"schema\":\"pop.conversation/1\"", File.ReadAllText(json));
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
    public void Interactive_commands_come_from_standard_input()
    {
        var (code, stdout, _) = PopProcess.Run("employee: Sanne\nstart\nguide\nfrobnicate\n", "conversation", "--model", "five-steps", "--culture", "en");
        Assert.Equal(0, code);
        Assert.Contains("1/5 Prepare", stdout);
        Assert.Contains("Unknown command 'frobnicate'", stdout);
    }
}
