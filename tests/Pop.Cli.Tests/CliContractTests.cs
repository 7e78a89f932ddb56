namespace Pop.Cli.Tests;

using System;
using System.Collections.Generic;
using System.Linq;
using Xunit;

/// <summary>What every command promises: --help, exit codes, one clear line on stderr for a mistake, no stack traces.</summary>
public sealed class CliContractTests
{
    private static readonly string[] Names = { "demo", "conversation", "strategy", "quadrant", "smart", "schedule", "plan" };

    public static TheoryData<string> Commands() => new(Names);

    [Theory]
    [MemberData(nameof(Commands))]
    public void Every_command_has_help_that_starts_with_its_synopsis(string command)
    {
        var (code, stdout, stderr) = PopProcess.Run(null, command, "--help");
        Assert.Equal(0, code);
        Assert.StartsWith("pop " + command, stdout.TrimStart(), StringComparison.Ordinal);
        Assert.Empty(stderr);
    }

    [Fact]
    public void The_overview_lists_every_command()
    {
        var (code, stdout, _) = PopProcess.Run(null, "--help");
        Assert.Equal(0, code);
        foreach (var command in Names)
        {
            Assert.Contains("  " + command, stdout, StringComparison.Ordinal);
        }

        Assert.Contains("Exit codes: 0", stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void No_command_prints_the_usage_and_exits_2() =>
        Assert.Equal(2, PopProcess.Run(null).ExitCode);

    [Theory]
    [MemberData(nameof(Commands))]
    public void An_unknown_option_exits_2_with_one_line_naming_it(string command)
    {
        var (code, stdout, stderr) = PopProcess.Run(string.Empty, command, "--frobnicate", "x");
        Assert.Equal(2, code);
        Assert.Equal($"pop: Unknown option --frobnicate for 'pop {command}'. See 'pop {command} --help'.", stderr.Trim());
        Assert.DoesNotContain("   at ", stdout + stderr, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("strategy", "--culture", "fr")]
    [InlineData("plan", "--format", "pdf")]
    [InlineData("plan", "--text-language", "fr")]
    [InlineData("conversation", "--text-language", "fr")]
    [InlineData("quadrant", "--format", "xml", "--input", "team.csv")]
    [InlineData("schedule", "--format", "xls", "--employees", "e.csv", "--cycle-start", "2027-01-11", "--cycle-end", "2027-02-26")]
    public void Option_values_are_checked_with_what_is_allowed(string command, string option, string value, params string[] required)
    {
        var (code, _, stderr) = PopProcess.Run(string.Empty, new[] { command, option, value }.Concat(required).ToArray());
        Assert.Equal(2, code);
        Assert.Single(stderr.Trim().Split('\n'));
        Assert.Contains(option, stderr, StringComparison.Ordinal);
        Assert.Contains(value, stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unexpected_failure_is_one_line_naming_the_exception_and_exits_70()
    {
        // Without ICU (an Alpine image, or globalization-invariant mode) the Dutch culture does not
        // exist: not the user's mistake, and no stack trace either.
        var (code, stdout, stderr) = PopProcess.RunWithEnvironment(
            new Dictionary<string, string> { ["DOTNET_SYSTEM_GLOBALIZATION_INVARIANT"] = "1" },
            "strategy", "--interest", "4", "--potential", "2", "--culture", "nl");
        Assert.Equal(70, code);
        Assert.Equal(string.Empty, stdout);
        Assert.Single(stderr.TrimEnd('\n').Split('\n'));
        Assert.StartsWith("pop: internal error: System.Globalization.CultureNotFoundException: ", stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void The_overview_documents_the_internal_error_exit_code() =>
        Assert.Contains("70 internal error", PopProcess.Run(null, "--help").Stdout, StringComparison.Ordinal);
}
